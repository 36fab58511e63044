package org.factcheck.core.facts;

/**
 * One sentence, never crossing a paragraph boundary.
 *
 * @param index     position among the draft's sentences, from 0
 * @param paragraph index of the paragraph holding it
 * @param span      the sentence, without surrounding white space
 * @param key       the sentence's text with white space folded: equal keys mean a verbatim repeat
 * @param wordCount number of word tokens
 * @param first     index of the first sentence with the same key: its own when none comes before
 */
public record Sentence(int index, int paragraph, Span span, String key, int wordCount, int first) {
    public Sentence {
        if (index < 0 || paragraph < 0 || key == null || first < 0 || first > index) {
            throw new IllegalArgumentException("sentence needs indexes >= 0, a key and a first index not after its own");
        }
    }
}
