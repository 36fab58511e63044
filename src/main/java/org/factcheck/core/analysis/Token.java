package org.factcheck.core.analysis;

/**
 * A token of the text: a word (letters, with inner hyphens and apostrophes, or an elided article such as
 * {@code l'}), a number, or one punctuation character. Offsets index the extracted text.
 */
public record Token(int start, int end, String text, Kind kind) {
    public enum Kind { WORD, NUMBER, PUNCT }

    public Token {
        if (start < 0 || end <= start || text == null) {
            throw new IllegalArgumentException("bad token " + start + ".." + end);
        }
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with an upper-case letter. */
    public boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }
}
