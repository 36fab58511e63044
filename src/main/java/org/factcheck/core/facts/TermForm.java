package org.factcheck.core.facts;

/**
 * One way a term is written in the draft, with how often and where first.
 *
 * @param key     the letters alone (see {@link TermOccurrence#key()})
 * @param form    the surface form in lower case
 * @param display the form as first written
 * @param count   how many times the draft writes it this way
 * @param first   its first occurrence
 * @param words   how many space-separated words it has
 * @param proper  capitalized somewhere a capital is not merely sentence-initial, or with an inner capital
 * @param capitalized written with an initial capital
 * @param accents how many letters carry a diacritic
 */
public record TermForm(String key, String form, String display, int count, Span first, int words, boolean proper,
                       boolean capitalized, int accents) {
    public TermForm {
        if (key == null || form == null || display == null || first == null || count < 1 || words < 1) {
            throw new IllegalArgumentException("incomplete term form");
        }
    }
}
