package org.factcheck.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One draft of a truth file, scored.
 *
 * @param file            the draft as the truth file writes it
 * @param words           the report's word count (0 for an unreadable draft)
 * @param control         nothing planted: every finding is a false alarm
 * @param error           why the draft could not be checked, or {@code null}
 * @param planted         each planted error, found or not
 * @param falsePositives  the counted findings (error, warning) that match no planted error
 * @param findings        the counted findings (error, warning)
 * @param matchedFindings the counted findings that match a planted error
 */
public record FileResult(String file, String language, LocalDate referenceDate, boolean control, int words,
                         DraftError error, List<PlantedResult> planted, List<FalsePositive> falsePositives,
                         int findings, int matchedFindings) {
    public FileResult {
        planted = List.copyOf(planted);
        falsePositives = List.copyOf(falsePositives);
    }

    /** The draft was checked: it has a report. */
    public boolean readable() {
        return error == null;
    }

    /**
     * Why a draft could not be checked.
     *
     * @param kind {@code unreadable}, {@code empty}, {@code unsupported}, {@code corrupt}, {@code encrypted}, … or
     *             {@code internal} for a fault of the checker
     */
    public record DraftError(String kind, String message) {
    }

    /**
     * A planted error, scored.
     *
     * @param found     a finding of its category overlaps an occurrence of its text
     * @param locatable its text occurs in the report's text (else it can never be found: fix the truth)
     * @param by        the rules of the findings that found it
     */
    public record PlantedResult(String category, String text, String note, boolean found, boolean locatable,
                                List<String> by) {
        public PlantedResult {
            by = List.copyOf(by);
        }
    }

    /** A counted finding that matches no planted error; offsets are code points into the report's text. */
    public record FalsePositive(String rule, String category, String severity, int start, int end, String text,
                                String message) {
    }
}
