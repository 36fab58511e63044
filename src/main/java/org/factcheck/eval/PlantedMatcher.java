package org.factcheck.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.factcheck.core.report.ReportSpan;

/**
 * The matching rule of the development set's {@code score.py}, to the letter, so that both give the same figures:
 * <ul>
 * <li>only findings of severity {@code error} or {@code warning} count;</li>
 * <li>a planted error is found when a finding of its category has a span (its own, or one of its related spans) that
 * overlaps an occurrence of the planted text in the report's text;</li>
 * <li>occurrences: the planted text NFC-normalized, split on white space, its words matched literally with any run of
 * white space between them; curly and straight apostrophes and double quotes, and no-break spaces, are folded one
 * character for one in both texts, so offsets stay valid. The report's text is not normalized (the extractor already
 * gives NFC);</li>
 * <li>an empty finding span touches what contains it, its ends included;</li>
 * <li>a counted finding that matches no planted error is a false positive.</li>
 * </ul>
 * Offsets are code points, as in the report (and in Python).
 */
public final class PlantedMatcher {
    private static final Set<String> COUNTED = Set.of("error", "warning");

    private PlantedMatcher() {
    }

    /** A span of text by code-point offsets, {@code end} exclusive. */
    public record Range(int start, int end) {
    }

    /** Scores one checked draft against its entry. */
    public static FileResult score(TruthEntry entry, Report report) {
        String text = report.text() == null ? "" : report.text();
        List<ReportFinding> findings = report.findings().stream().filter(PlantedMatcher::counted).toList();
        boolean[] matched = new boolean[findings.size()];
        List<FileResult.PlantedResult> planted = new ArrayList<>();
        for (Planted p : entry.planted()) {
            List<Range> occurrences = occurrences(p.text(), text);
            List<String> by = new ArrayList<>();
            for (int k = 0; k < findings.size(); k++) {
                ReportFinding f = findings.get(k);
                if (String.valueOf(f.category()).toUpperCase(Locale.ROOT).equals(p.category())
                        && spans(f).stream().anyMatch(s -> occurrences.stream().anyMatch(o -> overlaps(s, o)))) {
                    matched[k] = true;
                    by.add(f.rule() != null ? f.rule() : f.id());
                }
            }
            planted.add(new FileResult.PlantedResult(p.category(), p.text(), p.note(), !by.isEmpty(),
                    !occurrences.isEmpty(), by));
        }
        List<FileResult.FalsePositive> falsePositives = new ArrayList<>();
        int matchedFindings = 0;
        for (int k = 0; k < findings.size(); k++) {
            ReportFinding f = findings.get(k);
            if (matched[k]) {
                matchedFindings++;
            } else {
                falsePositives.add(new FileResult.FalsePositive(f.rule(), f.category(), f.severity(), f.start(),
                        f.end(), f.text(), f.message()));
            }
        }
        // the report's count, or the text's words when it gives none (as score.py)
        int words = report.document() != null && report.document().words() != 0 ? report.document().words()
                : words(text).size();
        return new FileResult(entry.file(), entry.language(), entry.referenceDate(), entry.control(), words, null,
                planted, falsePositives, findings.size(), matchedFindings);
    }

    /** A draft that could not be checked: nothing found, nothing locatable, no findings. */
    public static FileResult unreadable(TruthEntry entry, FileResult.DraftError error) {
        List<FileResult.PlantedResult> planted = entry.planted().stream()
                .map(p -> new FileResult.PlantedResult(p.category(), p.text(), p.note(), false, false, List.of()))
                .toList();
        return new FileResult(entry.file(), entry.language(), entry.referenceDate(), entry.control(), 0, error,
                planted, List.of(), 0, 0);
    }

    /** Findings of severity error or warning count; info never does. */
    public static boolean counted(ReportFinding finding) {
        return finding.severity() != null && COUNTED.contains(finding.severity().toLowerCase(Locale.ROOT));
    }

    /** The finding's own span, then its related spans. */
    public static List<Range> spans(ReportFinding finding) {
        List<Range> out = new ArrayList<>();
        out.add(new Range(finding.start(), finding.end()));
        if (finding.related() != null) {
            for (ReportSpan r : finding.related()) {
                out.add(new Range(r.start(), r.end()));
            }
        }
        return out;
    }

    /** Whether a finding's span overlaps an occurrence; an empty span touches what contains it, ends included. */
    public static boolean overlaps(Range finding, Range occurrence) {
        if (finding.start() == finding.end()) {
            return occurrence.start() <= finding.start() && finding.start() <= occurrence.end();
        }
        return finding.start() < occurrence.end() && occurrence.start() < finding.end();
    }

    /**
     * Every occurrence of {@code planted} in {@code text}, left to right and not overlapping, by code-point offsets:
     * its words (NFC, folded) in order, separated by at least one white-space character each.
     */
    public static List<Range> occurrences(String planted, String text) {
        List<String> words = words(fold(Normalizer.normalize(planted, Normalizer.Form.NFC)));
        List<Range> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        String folded = fold(text); // same length as text: offsets carry over
        int from = 0;
        while (from < folded.length()) {
            int start = folded.indexOf(words.get(0), from);
            if (start < 0) {
                break;
            }
            int end = matchFrom(folded, start, words);
            if (end < 0) {
                from = start + 1;
            } else {
                out.add(new Range(folded.codePointCount(0, start), folded.codePointCount(0, end)));
                from = end;
            }
        }
        return out;
    }

    /**
     * The end of the words matched at {@code start}, or -1. A word starts with a character that is not white space,
     * so after a run of white space the next word can only start where the run ends.
     */
    private static int matchFrom(String text, int start, List<String> words) {
        int at = start + words.get(0).length();
        for (int w = 1; w < words.size(); w++) {
            int run = at;
            while (run < text.length() && isSpace(text.codePointAt(run))) {
                run += Character.charCount(text.codePointAt(run));
            }
            if (run == at || !text.startsWith(words.get(w), run)) {
                return -1;
            }
            at = run + words.get(w).length();
        }
        return at;
    }

    /** Curly apostrophes and double quotes to straight ones, no-break spaces to spaces: one UTF-16 unit for one. */
    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2018', '\u2019' -> c[i] = '\'';
                case '\u201c', '\u201d' -> c[i] = '"';
                case '\u00a0', '\u202f' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }

    /** The words of a text split on white space. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < s.length() && !isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /**
     * White space as Python's {@code str.split()} and {@code re}'s {@code \s} see it: the Unicode White_Space
     * characters (no-break spaces included) and the four information separators U+001C to U+001F.
     */
    static boolean isSpace(int c) {
        return c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }
}
