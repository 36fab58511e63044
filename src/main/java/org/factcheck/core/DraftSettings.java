package org.factcheck.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.factcheck.core.extract.ExtractedDocument;
import org.factcheck.core.extract.LanguageGuesser;

/**
 * What a draft is checked against, settled once per check, each with where it came from: its language (the
 * request's option, else detected among the rules' languages; when the detector has nothing to go on, the
 * metadata's language, else English or the first of them) and its reference date (the option, else the metadata's
 * date, else a dateline at the head of the text, else today).
 *
 * @param languageSource {@code option} or {@code detected}
 * @param dateSource     {@code option}, {@code metadata}, {@code dateline} or {@code today}
 */
record DraftSettings(String language, String languageSource, LocalDate date, String dateSource) {
    /** The language the detector falls back on when it has nothing to go on, if the rules have it. */
    private static final String FALLBACK_LANGUAGE = "en";

    /** The draft's language and where it came from: {@code option} or {@code detected}. */
    record Language(String code, String source) {
    }

    /** Settles the language; the request's, if any, is one of the rules' (see {@link Checker}), and not detected. */
    static Language language(CheckRequest request, ExtractedDocument doc, Set<String> languages) {
        if (request.language() != null) {
            return new Language(request.language(), "option");
        }
        String fallback = doc.language() != null && languages.contains(doc.language()) ? doc.language()
                : fallback(languages);
        return new Language(LanguageGuesser.guess(doc.text(), languages, fallback), "detected");
    }

    /** The rules' language the text is detected in: English, or the first of them, when nothing tells. */
    static String detected(String text, Set<String> languages) {
        return LanguageGuesser.guess(text, languages, fallback(languages));
    }

    private static String fallback(Set<String> languages) {
        return languages.contains(FALLBACK_LANGUAGE) ? FALLBACK_LANGUAGE
                : languages.stream().sorted().findFirst().orElseThrow();
    }

    /**
     * Settles the reference date once the language is known.
     *
     * @param dateline the date a dateline at the head of the draft gives, given today's (null when there is none)
     */
    static DraftSettings settle(CheckRequest request, ExtractedDocument doc, Language language,
                                UnaryOperator<LocalDate> dateline, Clock clock) {
        if (request.date() != null) {
            return new DraftSettings(language.code(), language.source(), request.date(), "option");
        }
        if (doc.date() != null) {
            return new DraftSettings(language.code(), language.source(), doc.date(), "metadata");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate written = dateline.apply(today);
        return written != null ? new DraftSettings(language.code(), language.source(), written, "dateline")
                : new DraftSettings(language.code(), language.source(), today, "today");
    }

    /** Whether the reference date is only today's: findings that rest on it are then less sure. */
    boolean dateIsToday() {
        return "today".equals(dateSource);
    }
}
