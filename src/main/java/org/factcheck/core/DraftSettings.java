package org.factcheck.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.extract.ExtractedDocument;
import org.factcheck.core.extract.LanguageGuesser;

/**
 * What a draft is checked against, settled once per check, each with where it came from: its language (the
 * request's option, else detected among the rules' languages; when the detector scores none of them, the
 * metadata's language, else English) and its reference date (the option, else the metadata's date, else a dateline
 * at the head of the text, else today).
 *
 * @param languageSource {@code option} or {@code detected}
 * @param dateSource     {@code option}, {@code metadata}, {@code dateline} or {@code today}
 */
record DraftSettings(String language, String languageSource, LocalDate date, String dateSource) {
    /** The language the detector falls back on when it scores none of the rules' languages. */
    private static final String FALLBACK_LANGUAGE = "en";

    /** Settles the settings; the request's language, if any, is one of the rules' (see {@link Checker}). */
    static DraftSettings settle(CheckRequest request, ExtractedDocument doc, Set<String> languages,
                                Map<String, Analyzer> analyzers, Clock clock) {
        String language = request.language();
        String languageSource = "option";
        if (language == null) {
            String fallback = doc.language() != null && languages.contains(doc.language()) ? doc.language()
                    : FALLBACK_LANGUAGE;
            language = LanguageGuesser.guess(doc.text(), languages, fallback);
            languageSource = "detected";
        }
        if (request.date() != null) {
            return new DraftSettings(language, languageSource, request.date(), "option");
        }
        if (doc.date() != null) {
            return new DraftSettings(language, languageSource, doc.date(), "metadata");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate dateline = analyzers.get(language).dateline(doc.text(), today);
        return dateline != null ? new DraftSettings(language, languageSource, dateline, "dateline")
                : new DraftSettings(language, languageSource, today, "today");
    }

    /** Whether the reference date is only today's: findings that rest on it are then less sure. */
    boolean dateIsToday() {
        return "today".equals(dateSource);
    }
}
