package org.factcheck.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.factcheck.core.Checker;
import org.factcheck.core.RuleDescription;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.factcheck.core.report.ReportSpan;
import org.factcheck.store.StoredCheck;

/**
 * The answer to {@code POST /v2/check} in LanguageTool's shape, so that its clients (the browser extension,
 * LibreOffice, LTeX) show our findings. Offsets and lengths count UTF-16 code units of the text the client sent,
 * markup included, as LanguageTool's do (the report counts code points of its own text; {@link LtText} maps back).
 * Each match also carries {@code factcheck}: the stored check and finding, the severity, and the spans the finding
 * contradicts ({@code relatedSpans}), which LanguageTool clients ignore.
 */
@JsonPropertyOrder({"software", "warnings", "language", "matches"})
record LtAnswer(Software software, Warnings warnings, Language language, List<Match> matches) {
    /** Characters of context on each side of a match, as LanguageTool's server gives. */
    private static final int CONTEXT = 40;
    private static final Software SOFTWARE = new Software("factcheck", version(), buildDate(), 1, "", false);
    /** LanguageTool's issue type of each category: how its clients mark a match. */
    private static final Map<String, String> ISSUE_TYPES = Map.of("NAME", "inconsistententities", "TITLE",
            "inconsistency", "DATE", "inconsistency", "NUMBER", "numbers", "QUOTE", "inconsistency", "DUPLICATE",
            "duplication", "SPELLING", "inconsistency");

    @JsonPropertyOrder({"name", "version", "buildDate", "apiVersion", "status", "premium"})
    record Software(String name, String version, String buildDate, int apiVersion, String status, boolean premium) {
    }

    /** @param incompleteResults whether the report left findings out past its limits */
    record Warnings(boolean incompleteResults) {
    }

    @JsonPropertyOrder({"name", "code", "detectedLanguage"})
    record Language(String name, String code, DetectedLanguage detectedLanguage) {
        /** {@code code} checked; the checker keeps no score of its detection, so the confidence is 1. */
        static Language of(String code) {
            return new Language(LtLanguages.name(code), code, new DetectedLanguage(LtLanguages.name(code), code, 1.0));
        }
    }

    record DetectedLanguage(String name, String code, double confidence) {
    }

    @JsonPropertyOrder({"message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type",
            "rule", "ignoreForIncompleteSentence", "contextForSureMatch", "factcheck"})
    record Match(String message, String shortMessage, List<Replacement> replacements, int offset, int length,
                 Context context, String sentence, Type type, Rule rule, boolean ignoreForIncompleteSentence,
                 int contextForSureMatch, Extra factcheck) {
    }

    record Replacement(String value) {
    }

    /** The match in its surroundings: {@code offset} and {@code length} count in {@code text}. */
    record Context(String text, int offset, int length) {
    }

    record Type(String typeName) {
    }

    @JsonPropertyOrder({"id", "description", "issueType", "category"})
    record Rule(String id, String description, String issueType, Category category) {
    }

    record Category(String id, String name) {
    }

    /** What LanguageTool has no field for. */
    @JsonPropertyOrder({"checkId", "findingId", "severity", "relatedSpans"})
    record Extra(String checkId, String findingId, String severity, List<Span> relatedSpans) {
    }

    /** A span of the text sent, in its UTF-16 offsets. */
    record Span(int offset, int length, String text) {
    }

    /** The answer for a text with nothing to check (blank): no match, in {@code language}. */
    static LtAnswer empty(String language) {
        return new LtAnswer(SOFTWARE, new Warnings(false), Language.of(language), List.of());
    }

    /**
     * The answer for a stored check of {@code text}, whose report's text is {@code text.checked()}, with the rules'
     * descriptions and the categories' names of {@code checker}.
     */
    static LtAnswer of(StoredCheck check, LtText text, Checker checker) {
        Report report = check.report();
        String language = report.document().language();
        Map<String, RuleDescription> rules = checker.rules().stream()
                .collect(Collectors.toMap(RuleDescription::id, Function.identity()));
        int[] units = utf16Offsets(report.text());
        List<Match> matches = report.findings().stream().map(f -> {
            Span span = span(text, units, f.start(), f.end());
            RuleDescription rule = rules.get(f.rule());
            return new Match(f.message(), "", f.suggestion() == null ? List.of() : List.of(new Replacement(f.suggestion())),
                    span.offset(), span.length(), context(text.original(), span), sentence(text.checked(),
                    units[f.start()], units[f.end()]), new Type("info".equals(f.severity()) ? "Hint" : "Other"),
                    new Rule(f.rule(), rule == null ? f.rule() : rule.description(), ISSUE_TYPES.getOrDefault(
                            f.category(), "inconsistency"), new Category(f.category(),
                            checker.categoryName(f.category(), language))),
                    false, 0, new Extra(check.id(), f.id(), f.severity(), related(text, units, f)));
        }).toList();
        return new LtAnswer(SOFTWARE, new Warnings(report.document().omittedFindings() != null),
                Language.of(language), matches);
    }

    private static List<Span> related(LtText text, int[] units, ReportFinding f) {
        return f.related().stream().map((ReportSpan r) -> span(text, units, r.start(), r.end())).toList();
    }

    /** The span of the text sent for code points {@code start} to {@code end} of the report's text. */
    private static Span span(LtText text, int[] units, int start, int end) {
        int from = text.originalStart(units[start]);
        int to = Math.max(from, text.originalEnd(units[end]));
        return new Span(from, to - from, text.original().substring(from, to));
    }

    /** For each code point offset of {@code s}, and its end, the UTF-16 offset. */
    private static int[] utf16Offsets(String s) {
        int[] units = new int[s.codePointCount(0, s.length()) + 1];
        for (int i = 0, cp = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            units[cp++] = i;
        }
        units[units.length - 1] = s.length();
        return units;
    }

    /**
     * LanguageTool's context: up to {@value #CONTEXT} characters on each side of the span (never half a character),
     * "..." where the text goes on, line breaks as spaces.
     */
    private static Context context(String original, Span span) {
        int from = Math.max(0, span.offset() - CONTEXT);
        int to = Math.min(original.length(), span.offset() + span.length() + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(original.charAt(from))) {
            from--;
        }
        if (to < original.length() && Character.isLowSurrogate(original.charAt(to))) {
            to++;
        }
        String before = from > 0 ? "..." : "";
        return new Context(before + original.substring(from, to).replace('\n', ' ').replace('\r', ' ')
                + (to < original.length() ? "..." : ""), before.length() + span.offset() - from, span.length());
    }

    /**
     * The sentence of the checked text around {@code start} to {@code end} (UTF-16): from the end of the sentence
     * before (a line break, or ".", "!", "?", "…" before white space) to the end of the last one it touches.
     */
    private static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = Math.max(end, from);
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || ".!?…".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static String version() {
        String v = LtAnswer.class.getPackage().getImplementationVersion();
        return v != null ? v : "development build";
    }

    /** When this class was compiled: the service's build. */
    private static String buildDate() {
        try {
            URLConnection c = LtAnswer.class.getResource("LtAnswer.class").openConnection();
            c.setUseCaches(false);
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z").format(
                    Instant.ofEpochMilli(c.getLastModified()).atOffset(ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
