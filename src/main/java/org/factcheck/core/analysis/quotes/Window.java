package org.factcheck.core.analysis.quotes;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.AnnotatedText.TextSentence;
import org.factcheck.core.text.Token;

/**
 * A stretch of the draft: the annotation's tokens lying wholly in it, with their folded forms.
 *
 * @param f the folded form of each token
 */
record Window(List<Token> tokens, String[] f) {
    /** The tokens of {@code sentences} (in text order) that lie wholly between {@code from} and {@code to}. */
    static Window of(List<TextSentence> sentences, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        if (from < to) {
            for (int s = AnnotatedText.firstEndingAfter(sentences, from); s < sentences.size() && sentences.get(s).span().start() < to; s++) {
                for (Token t : sentences.get(s).tokens()) {
                    if (t.start() >= from && t.end() <= to) {
                        tokens.add(t);
                    }
                }
            }
        }
        String[] f = new String[tokens.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = tokens.get(i).folded();
        }
        return new Window(tokens, f);
    }

    int size() {
        return f.length;
    }

    /** The folded form of the last token, or "" for an empty window. */
    String last() {
        return f.length == 0 ? "" : f[f.length - 1];
    }

    boolean punct(int k) {
        return tokens.get(k).kind() == Token.Kind.PUNCT;
    }

    int start(int k) {
        return tokens.get(k).start();
    }

    int end(int k) {
        return tokens.get(k).end();
    }

    /** The index of the first token that starts at {@code offset} or after it; {@link #size()} when none does. */
    int tokenFrom(int offset) {
        int k = 0;
        while (k < f.length && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    int words() {
        return org.factcheck.core.text.Tokenizer.countWords(tokens);
    }
}
