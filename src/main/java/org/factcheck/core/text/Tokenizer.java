package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.core.lang.Lexicon;

/**
 * Splits text into {@link Token}s. A word runs over letters, digits and combining marks; a hyphen or an apostrophe
 * between two letters stays inside it ({@code Jean-Pierre}, {@code aujourd'hui}, {@code don't}, {@code O'Neill}),
 * except that an elided article or pronoun listed in the language's {@code elisions} list becomes a token of its
 * own ({@code l'}, {@code d'}, {@code qu'}), so that {@code d'État} yields the word {@code État}.
 */
public final class Tokenizer {
    private final Lexicon lexicon;

    public Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The tokens of {@code text} from {@code from} to {@code to}, alone: a phrase, a figure's words. */
    public List<Token> tokenize(String text, int from, int to) {
        return tokenize(text, from, to, null);
    }

    /**
     * The tokens of {@code text} from {@code from} to {@code to}, their forms taken from {@code forms}: a text
     * tokenized in pieces (a draft, a sentence at a time) gives each piece the same one. Null for a piece alone,
     * whose few words are worth no table.
     */
    public List<Token> tokenize(String text, int from, int to, Forms forms) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (TextFold.isSpace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                i = word(text, i, to, out, forms);
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isDigit(text.charAt(j))
                        || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < to
                        && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                out.add(token(forms, text, i, j, Token.Kind.NUMBER));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                out.add(token(forms, text, i, j, Token.Kind.PUNCT));
                i = j;
            }
        }
        return out;
    }

    private int word(String text, int start, int to, List<Token> out, Forms forms) {
        int j = start;
        int segmentStart = start;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '-' || c == '\u2011') && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
                j++;
            } else if (TextFold.isApostrophe(c) && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
                String before = text.substring(segmentStart, j).toLowerCase(Locale.ROOT);
                if (lexicon.has("elisions", before)) {
                    out.add(token(forms, text, segmentStart, j + 1, Token.Kind.WORD));
                    segmentStart = j + 1;
                }
                j++;
            } else {
                break;
            }
        }
        out.add(token(forms, text, segmentStart, j, Token.Kind.WORD));
        return j;
    }

    private static Token token(Forms forms, String text, int start, int end, Token.Kind kind) {
        return forms == null ? new Token(start, end, text.substring(start, end), kind)
                : forms.token(text, start, end, kind);
    }

    /**
     * The forms of one text's tokens, each made once: a draft writes its words again and again, and its tokens then
     * share one copy of a word's text, folded form and shape instead of holding copies of their own (a long draft's
     * tokens are alive through its analysis). A form met before is found by its characters in the text, with no
     * string made to look it up. Not for two threads at once.
     */
    public static final class Forms {
        /** A form: a token's text, its folded form and its shape, for tokens of one kind; its slot's hash. */
        private record Form(String text, Token.Kind kind, String folded, Token.Shape shape, int hash) {
        }

        private Form[] slots = new Form[16];
        private int size;

        /** The token of {@code text} from {@code start} to {@code end}, of the form this table holds for it. */
        Token token(String text, int start, int end, Token.Kind kind) {
            int length = end - start;
            int hash = kind.ordinal();
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            hash ^= hash >>> 16;
            int mask = slots.length - 1;
            int at = hash & mask;
            Form f = slots[at];
            while (f != null && !(f.hash == hash && f.kind == kind && f.text.length() == length
                    && f.text.regionMatches(0, text, start, length))) {
                f = slots[at = (at + 1) & mask];
            }
            if (f == null) {
                String form = text.substring(start, end);
                f = new Form(form, kind, TextFold.fold(form), Token.shapeOf(form, kind), hash);
                slots[at] = f;
                if (++size * 2 > slots.length) {
                    grow();
                }
            }
            return new Token(start, end, f.text, kind, f.folded, f.shape, Pos.NONE);
        }

        private void grow() {
            Form[] old = slots;
            slots = new Form[old.length * 2];
            int mask = slots.length - 1;
            for (Form f : old) {
                if (f != null) {
                    int at = f.hash & mask;
                    while (slots[at] != null) {
                        at = (at + 1) & mask;
                    }
                    slots[at] = f;
                }
            }
        }
    }

    public static int countWords(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.PUNCT) {
                n++;
            }
        }
        return n;
    }
}
