package org.factcheck.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The reference date a caller gives: a date written {@code YYYY-MM-DD}, or {@code today} for a draft about to be
 * published. A date given this way is sure; without one, the checker falls back on the document's metadata, its
 * dateline and last on today's date, which is only a guess, so that findings resting on it are not made.
 */
public final class ReferenceDates {
    /** The keyword for today's date. */
    public static final String TODAY = "today";

    private ReferenceDates() {
    }

    /**
     * Reads a reference date.
     *
     * @throws IllegalArgumentException when the text is neither a date written YYYY-MM-DD nor {@code today}, with a
     *                                  message that says so
     */
    public static LocalDate parse(String text, Clock clock) {
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).equals(TODAY)) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date written YYYY-MM-DD, nor '" + TODAY + "'");
        }
    }
}
