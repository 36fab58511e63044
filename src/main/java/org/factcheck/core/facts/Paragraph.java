package org.factcheck.core.facts;

/**
 * One paragraph (heading, list item, table cell, or block of text between line breaks).
 *
 * @param index     position among the draft's paragraphs, from 0
 * @param span      the paragraph, without surrounding white space
 * @param key       the paragraph's text with white space folded: equal keys mean a verbatim repeat
 * @param wordCount number of word tokens
 */
public record Paragraph(int index, Span span, String key, int wordCount) {
    public Paragraph {
        if (index < 0 || key == null) {
            throw new IllegalArgumentException("paragraph needs an index >= 0 and a key");
        }
    }
}
