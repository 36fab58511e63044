package org.factcheck.core.facts;

/**
 * Two quotations that are one: the same words, or one an excerpt of the other. Derived by the rules of
 * {@code quote.drl} (which hold the thresholds) through {@code QuoteLinks}.
 *
 * @param first  the id of the earlier {@link Quotation}
 * @param second the id of the later one
 */
public record SameQuotation(int first, int second) {
}
