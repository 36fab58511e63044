package org.factcheck.core.facts;

import java.time.LocalDate;

/**
 * The draft being checked, as one fact: its analysis language ({@code fr} or {@code en}) and the reference
 * (publication) date against which relative dates and years are resolved.
 */
public record Draft(String language, LocalDate referenceDate, boolean referenceDateIsDefault) {
    public Draft {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language is required");
        }
        if (referenceDate == null) {
            throw new IllegalArgumentException("referenceDate is required");
        }
    }
}
