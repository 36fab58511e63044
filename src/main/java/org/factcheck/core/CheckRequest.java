package org.factcheck.core;

import java.time.LocalDate;
import java.util.Set;

/**
 * A draft to check.
 *
 * @param source   the draft's name (a file name), shown in the report and used as a type hint
 * @param content  the file's bytes
 * @param language {@code fr} or {@code en} to override detection, or {@code null}
 * @param date     the publication date to resolve dates against, or {@code null} for the metadata's, else today
 * @param enable   ids of rules that are off by default to report in this check ({@code quote.no-speaker})
 * @param disable  ids of rules not to report in this check
 * @param minSeverity the least severity reported: {@code info} (the default, for null), {@code warning} or
 *                 {@code error}
 */
public record CheckRequest(String source, byte[] content, String language, LocalDate date, Set<String> enable,
                           Set<String> disable, String minSeverity) {
    public CheckRequest {
        if (content == null) {
            throw new IllegalArgumentException("content is required");
        }
        enable = enable == null ? Set.of() : Set.copyOf(enable);
        disable = disable == null ? Set.of() : Set.copyOf(disable);
        minSeverity = minSeverity == null ? "info" : minSeverity;
        org.factcheck.core.facts.Severity.parse(minSeverity); // refuses another word
    }

    /** A draft checked with the rules on by default and those of {@code enable}, at every severity. */
    public CheckRequest(String source, byte[] content, String language, LocalDate date, Set<String> enable) {
        this(source, content, language, date, enable, Set.of(), null);
    }

    /** A draft checked with the rules that are on by default. */
    public CheckRequest(String source, byte[] content, String language, LocalDate date) {
        this(source, content, language, date, Set.of());
    }
}
