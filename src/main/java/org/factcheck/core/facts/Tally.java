package org.factcheck.core.facts;

/**
 * A count the draft states twice over, once as a number and once by what it counts: the rules check that the two
 * agree.
 *
 * @param id      the tally's number, in text order
 * @param span    where the count is checked: the part, the list, or the number in words and digits
 * @param kind    what the two statements are
 * @param stated  the number stated: the whole, the count announcing a list, the number in words
 * @param found   the number found: the part, the sum of the parts, the items listed, the number in digits
 * @param related the other statement (the whole, the announced count), null when it lies inside the span
 */
public record Tally(int id, Span span, Kind kind, long stated, long found, Span related) {
    /** What a tally compares. */
    public enum Kind {
        /** "22 of the 20 members", "12 des 10 pays": a part of a whole (found may not exceed stated) */
        PART_OF,
        /** "Of the 40 members, 22 voted for and 21 against": parts of a total (their sum may not exceed it) */
        PARTS,
        /** "three victims: A and B": a count and the names it announces (as many names as the count) */
        LIST,
        /** "twelve (13)": a number written in words and in digits (one value) */
        WORDS
    }

    public Tally {
        if (span == null || kind == null) {
            throw new IllegalArgumentException("a tally needs its span and kind");
        }
    }
}
