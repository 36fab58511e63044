package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.factcheck.core.facts.Span;

/**
 * A draft's text read once: its paragraphs (as extraction found them), its sentences, and each sentence's tokens
 * with their folded forms and shapes. Every extractor reads this one annotation instead of splitting, tokenising or
 * folding the text again. Immutable; built per draft by {@link Annotator}.
 */
public final class AnnotatedText {
    /**
     * One sentence of the text.
     *
     * @param index     position among the draft's sentences, from 0
     * @param paragraph index of the paragraph holding it
     * @param span      the sentence, without surrounding white space
     * @param tokens    its tokens, in order
     * @param words     how many tokens are words or numbers
     */
    public record TextSentence(int index, int paragraph, Span span, List<Token> tokens, int words) {
        public TextSentence {
            tokens = List.copyOf(tokens);
        }

        /** The index of the last token that ends at or before text offset {@code at}; -1 when none does. */
        public int lastTokenBefore(int at) {
            int last = -1;
            for (int i = 0; i < tokens.size() && tokens.get(i).end() <= at; i++) {
                last = i;
            }
            return last;
        }

        /** The token that holds text offset {@code at}, or null. */
        public Token tokenAt(int at) {
            for (Token t : tokens) {
                if (t.start() <= at && at < t.end()) {
                    return t;
                }
            }
            return null;
        }
    }

    private final String text;
    private final List<Span> paragraphs;
    private final List<TextSentence> sentences;
    private final List<List<TextSentence>> byParagraph;
    private final String folded;

    AnnotatedText(String text, List<Span> paragraphs, List<TextSentence> sentences) {
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
        List<List<TextSentence>> groups = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            groups.add(new ArrayList<>());
        }
        for (TextSentence s : sentences) {
            groups.get(s.paragraph()).add(s);
        }
        groups.replaceAll(Collections::unmodifiableList);
        this.byParagraph = Collections.unmodifiableList(groups);
        this.folded = TextFold.foldInPlace(text);
    }

    /** The extracted text, which every offset indexes. */
    public String text() {
        return text;
    }

    /**
     * The text folded one character for one ({@link TextFold#foldInPlace}): lower case, no accents, straight
     * apostrophes, with the offsets of {@link #text()}.
     */
    public String folded() {
        return folded;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<TextSentence> sentences() {
        return sentences;
    }

    /** The sentences of paragraph {@code index}. */
    public List<TextSentence> sentencesOf(int paragraph) {
        return byParagraph.get(paragraph);
    }

    /**
     * The index of the sentence holding offset {@code at}, or of the first sentence after it when {@code at} falls
     * between sentences (the last sentence past the end; 0 when there are none).
     */
    public int sentenceIndexAt(int at) {
        return Math.max(0, Math.min(firstEndingAfter(sentences, at), sentences.size() - 1));
    }

    /** The index of the first of {@code sentences} (in text order) that ends after {@code at}; their count if none. */
    public static int firstEndingAfter(List<TextSentence> sentences, int at) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().end() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Word and number tokens in the whole text. */
    public int words() {
        int n = 0;
        for (TextSentence s : sentences) {
            n += s.words();
        }
        return n;
    }
}
