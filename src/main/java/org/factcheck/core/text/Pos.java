package org.factcheck.core.text;

/**
 * A token's part of speech: the Universal Dependencies tags (universaldependencies.org/u/pos), as the tagger of the
 * draft's language gives them, or {@link #NONE} where no tagger ran.
 */
public enum Pos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
    /** No tag: the language has no tagger. */
    NONE;

    /**
     * The tag a model writes: a Universal Dependencies tag, or a contraction of two ({@code ADP+DET}, French "du",
     * "au"), which counts as its first; anything else is {@link #X}.
     */
    public static Pos of(String tag) {
        if (tag == null || tag.isEmpty()) {
            return X;
        }
        int plus = tag.indexOf('+');
        String first = plus > 0 ? tag.substring(0, plus) : tag;
        for (Pos p : values()) {
            if (p != NONE && p.name().equals(first)) {
                return p;
            }
        }
        return X;
    }

    /** A verb or an auxiliary. */
    public boolean verbal() {
        return this == VERB || this == AUX;
    }
}
