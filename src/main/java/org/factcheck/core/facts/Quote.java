package org.factcheck.core.facts;

/**
 * A quotation: the text between a matched pair of marks (which may run over several paragraphs, when each
 * reopens with a continuation mark).
 *
 * @param span  the quoted words, without the marks
 * @param open  the opening mark
 * @param close the closing mark
 * @param depth 0 for a quotation, 1 for a quotation inside it, and so on
 */
public record Quote(Span span, Span open, Span close, int depth) {
    public Quote {
        if (span == null || open == null || close == null || depth < 0) {
            throw new IllegalArgumentException("incomplete quote");
        }
    }
}
