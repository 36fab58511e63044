package org.factcheck.core.analysis.people;

import java.util.List;

import org.factcheck.core.facts.Span;
import org.factcheck.core.text.Token;

/**
 * One sentence as the person extractor reads it: its tokens with their folded forms, and which tokens belong to
 * role phrases ({@link RoleFinder#mark}). Built per sentence of a draft, never shared.
 *
 * @param text      the draft's text, which the tokens' offsets index
 * @param tokens    the sentence's tokens
 * @param folded    each token's folded form
 * @param roleToken whether each token is a role noun or inside a listed role phrase
 * @param keyAt     the key of the listed role phrase starting at each token, or null
 * @param endAt     where that role phrase ends (exclusive)
 * @param index     the sentence's index in the draft
 */
record MarkedSentence(String text, List<Token> tokens, String[] folded, boolean[] roleToken, String[] keyAt,
                      int[] endAt, int index) {
    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String f(int i) {
        return folded[i];
    }

    boolean is(int i, String s) {
        return s.equals(tokens.get(i).text());
    }

    /** The index of the first token that starts at {@code offset} or after it; {@link #size()} when none does. */
    int tokenFrom(int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /** The span of tokens {@code [from, to)}. */
    Span span(int from, int to) {
        return Span.of(text, tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
