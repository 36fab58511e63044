package org.factcheck.core.facts;

/**
 * One paragraph (heading, list item, table cell, or block of text between line breaks).
 *
 * @param index     position among the draft's paragraphs, from 0
 * @param span      the paragraph, without surrounding white space
 * @param key       the paragraph's text with white space folded: equal keys mean a verbatim repeat
 * @param wordCount number of word tokens
 * @param first     index of the first paragraph with the same key: its own when none comes before (a repeat is
 *                  matched to its first printing by this index, so that n copies cost n, not n²)
 */
public record Paragraph(int index, Span span, String key, int wordCount, int first) {
    public Paragraph {
        if (index < 0 || key == null || first < 0 || first > index) {
            throw new IllegalArgumentException("paragraph needs an index >= 0, a key and a first index not after its own");
        }
    }
}
