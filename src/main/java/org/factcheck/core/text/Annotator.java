package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;

/**
 * Builds the {@link AnnotatedText} of a draft: one pass that splits the paragraphs extraction handed over into
 * sentences and tokens. One per language, built when the rules are loaded; holds no state of a draft.
 */
public final class Annotator {
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;

    public Annotator(Lexicon lexicon) {
        this.tokenizer = new Tokenizer(lexicon);
        this.splitter = new SentenceSplitter(lexicon);
    }

    /** The annotation of {@code text}, whose paragraphs extraction found. */
    public AnnotatedText annotate(String text, List<Span> paragraphs) {
        List<AnnotatedText.TextSentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Span s : splitter.split(text, paragraphs.get(p))) {
                List<Token> tokens = tokenizer.tokenize(text, s.start(), s.end());
                sentences.add(new AnnotatedText.TextSentence(sentences.size(), p, s, tokens,
                        Tokenizer.countWords(tokens)));
            }
        }
        return new AnnotatedText(text, paragraphs, sentences);
    }

    /** The annotation of a plain text, its paragraphs found by {@link ParagraphSplitter}. */
    public AnnotatedText annotate(String text) {
        return annotate(text, ParagraphSplitter.split(text));
    }

    /** The tokens of a phrase of a word list (a role, a name), as the text's tokens would be. */
    public List<Token> tokens(String phrase) {
        return tokenizer.tokenize(phrase, 0, phrase.length());
    }
}
