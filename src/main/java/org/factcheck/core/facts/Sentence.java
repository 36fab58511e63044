package org.factcheck.core.facts;

/**
 * One sentence, never crossing a paragraph boundary.
 *
 * @param index     position among the draft's sentences, from 0
 * @param paragraph index of the paragraph holding it
 * @param span      the sentence, without surrounding white space
 * @param key       the sentence's text with white space folded: equal keys mean a verbatim repeat
 * @param wordCount number of word tokens
 */
public record Sentence(int index, int paragraph, Span span, String key, int wordCount) {
    public Sentence {
        if (index < 0 || paragraph < 0 || key == null) {
            throw new IllegalArgumentException("sentence needs indexes >= 0 and a key");
        }
    }
}
