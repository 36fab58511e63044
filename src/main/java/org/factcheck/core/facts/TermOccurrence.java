package org.factcheck.core.facts;

/**
 * One occurrence of a term that could be spelled two ways: a capitalized word, a pair of capitalized words, or a
 * hyphenated compound (and the joined or spaced forms of the same letters).
 *
 * @param key  the letters alone: accents, case, hyphens, spaces and apostrophes folded away
 * @param form the surface form in lower case (so that case alone never makes two forms)
 * @param span where it stands
 */
public record TermOccurrence(String key, String form, Span span) {
    public TermOccurrence {
        if (key == null || key.isEmpty() || form == null || span == null) {
            throw new IllegalArgumentException("term occurrence needs a key, a form and a span");
        }
    }
}
