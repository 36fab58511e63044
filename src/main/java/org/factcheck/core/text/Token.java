package org.factcheck.core.text;

/**
 * A token of the text: a word (letters, with inner hyphens and apostrophes, or an elided article such as
 * {@code l'}), a number, or one punctuation character. Offsets index the extracted text.
 *
 * @param folded the comparison form ({@link TextFold#fold}: no accents, lower case, straight apostrophes), computed
 *               once for each form of a draft ({@link Tokenizer.Forms}), so that no extractor folds a token again
 * @param shape  how the token is written
 * @param pos    its part of speech in its sentence, or {@link Pos#NONE} where the language has no tagger
 */
public record Token(int start, int end, String text, Kind kind, String folded, Shape shape, Pos pos) {
    public enum Kind { WORD, NUMBER, PUNCT }

    /** The case pattern of a token: what tells a proper noun, an acronym or a plain word apart. */
    public enum Shape {
        /** all lower case: {@code ministre} */
        LOWER,
        /** an upper-case first letter, then lower case: {@code Paris}, {@code Jean-Pierre} */
        CAPITALIZED,
        /** two letters or more, all upper case: {@code ONU}, {@code NASA} */
        UPPER,
        /** upper case inside: {@code McCarthy}, {@code iPhone}, {@code DeSantis} */
        MIXED,
        /** digits */
        NUMBER,
        /** punctuation or a symbol */
        PUNCT
    }

    public Token {
        if (start < 0 || end <= start || text == null || kind == null || folded == null || shape == null || pos == null) {
            throw new IllegalArgumentException("bad token " + start + ".." + end);
        }
    }

    /** A token without a part of speech, its folded form and shape read from its text. */
    public Token(int start, int end, String text, Kind kind) {
        this(start, end, text, kind, TextFold.fold(text), shapeOf(text, kind), Pos.NONE);
    }

    /** This token with a part of speech. */
    public Token withPos(Pos tag) {
        return new Token(start, end, text, kind, folded, shape, tag);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with an upper-case letter. */
    public boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    static Shape shapeOf(String text, Kind kind) {
        if (kind == Kind.NUMBER) {
            return Shape.NUMBER;
        }
        if (kind == Kind.PUNCT) {
            return Shape.PUNCT;
        }
        int upper = 0;
        int letters = 0;
        boolean upperInside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    boolean partStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
                    upperInside |= !partStart;
                }
            }
        }
        if (upper == 0) {
            return Shape.LOWER;
        }
        if (upper == letters && letters >= 2) {
            return Shape.UPPER;
        }
        if (!Character.isUpperCase(text.charAt(0))) {
            return Shape.MIXED;
        }
        return upperInside ? Shape.MIXED : Shape.CAPITALIZED;
    }
}
