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

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (TextFold.isSpace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                i = word(text, i, to, out);
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isDigit(text.charAt(j))
                        || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < to
                        && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Token(i, j, text.substring(i, j), Token.Kind.NUMBER));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                out.add(new Token(i, j, text.substring(i, j), Token.Kind.PUNCT));
                i = j;
            }
        }
        return out;
    }

    private int word(String text, int start, int to, List<Token> out) {
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
                    out.add(new Token(segmentStart, j + 1, text.substring(segmentStart, j + 1), Token.Kind.WORD));
                    segmentStart = j + 1;
                }
                j++;
            } else {
                break;
            }
        }
        out.add(new Token(segmentStart, j, text.substring(segmentStart, j), Token.Kind.WORD));
        return j;
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
