package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;

/**
 * Builds the {@link AnnotatedText} of a draft: one pass that splits the paragraphs extraction handed over into
 * sentences and tokens, and tags each token with its part of speech. One per language, built when the rules are
 * loaded; holds no state of a draft.
 */
public final class Annotator {
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final Tagger tagger;
    private final Lexicon lexicon;
    private final Possessives possessives;

    /** An annotator whose tokens carry no part of speech. */
    public Annotator(Lexicon lexicon) {
        this(lexicon, null);
    }

    /** @param tagger the language's part-of-speech tagger, or null for none */
    public Annotator(Lexicon lexicon, Tagger tagger) {
        this.tokenizer = new Tokenizer(lexicon);
        this.splitter = new SentenceSplitter(lexicon);
        this.tagger = tagger;
        this.lexicon = lexicon;
        this.possessives = new Possessives(lexicon);
    }

    /** The annotation of {@code text}, whose paragraphs extraction found. */
    public AnnotatedText annotate(String text, List<Span> paragraphs) {
        List<AnnotatedText.TextSentence> sentences = new ArrayList<>();
        Tagger.Session tags = tagger == null ? null : tagger.session();
        Tokenizer.Forms forms = new Tokenizer.Forms();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Span s : splitter.split(text, paragraphs.get(p))) {
                List<Token> tokens = tokenizer.tokenize(text, s.start(), s.end(), forms);
                if (tags != null) {
                    List<Token> t = tokens;
                    tokens = tags.tag(tokens, i -> abbreviated(t, i), this::shown);
                }
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

    /**
     * Whether word {@code i} is an abbreviation whose period follows it ("Mr." "M." "J."), as the sentence splitter
     * reads one.
     */
    private boolean abbreviated(List<Token> tokens, int i) {
        Token word = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (!word.isWord() || !next.text().equals(".") || next.start() != word.end()) {
            return false;
        }
        return SentenceSplitter.isAbbreviation(lexicon, word.text());
    }

    /** A token as the tagger sees it: a word and its possessive ending apart ("Hollis's" as "Hollis" "'s"). */
    private List<String> shown(Token t) {
        int ending = t.isWord() ? possessives.endOf(t.folded()) : 0;
        if (ending > 0) {
            int cut = t.text().length() - ending;
            return List.of(t.text().substring(0, cut), t.text().substring(cut));
        }
        return List.of(t.text());
    }
}
