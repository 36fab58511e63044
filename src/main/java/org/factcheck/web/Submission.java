package org.factcheck.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.ReferenceDates;

/**
 * A draft as submitted to {@code POST /api/checks} (read by {@link Bodies}): its name, bytes and options as written.
 *
 * @param source the draft's name, which tells its type where the name given does not ("draft.html" for text/html)
 * @param enable rule ids, off by default, to report too, separated by commas ("quote.no-speaker")
 */
record Submission(String source, byte[] content, String language, String date, String documentId, String enable) {
    private static final int MAX_DOCUMENT_ID = 200;

    /** The document the draft is a revision of, or null for a draft alone. */
    String document() {
        String id = Bodies.blankToNull(documentId);
        if (id != null && id.length() > MAX_DOCUMENT_ID) {
            throw ApiException.badRequest("'documentId' may have " + MAX_DOCUMENT_ID + " characters at most");
        }
        return id;
    }

    /** What the checker is asked: the draft with its language and date (blank options are absent). */
    CheckRequest request() {
        String d = Bodies.blankToNull(date);
        LocalDate parsed;
        try {
            parsed = d == null ? null : ReferenceDates.parse(d, Clock.systemDefaultZone());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("date " + e.getMessage());
        }
        Set<String> rules = new TreeSet<>();
        String e = Bodies.blankToNull(enable);
        if (e != null) {
            for (String id : e.split(",")) {
                if (!id.isBlank()) {
                    rules.add(id.strip());
                }
            }
        }
        return new CheckRequest(source, content, Bodies.blankToNull(language), parsed, rules);
    }

    /** A name for the draft that tells its type where the name given does not: "draft.html" for text/html. */
    static String filename(String given, String type) {
        if (given != null && !given.isBlank()) {
            return given.replaceAll(".*[/\\\\]", "");
        }
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return t.startsWith("text/html") ? "draft.html" : t.startsWith("text/markdown") ? "draft.md"
                : t.startsWith("text/") ? "draft.txt" : t.contains("pdf") ? "draft.pdf"
                : t.contains("wordprocessingml") ? "draft.docx" : t.contains("opendocument.text") ? "draft.odt"
                : t.contains("rtf") ? "draft.rtf" : "draft";
    }
}
