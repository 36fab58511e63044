package org.factcheck.core.facts;

/**
 * Two quotations near enough to be two versions of one sentence, with words changed, added or dropped (neither
 * holds the other). Derived by the rules of {@code quote.drl} (which hold the thresholds) through
 * {@code QuoteLinks}.
 *
 * @param first  the id of the earlier {@link Quotation}
 * @param second the id of the later one
 * @param shared how many words the two share, in order
 */
public record RewordedQuotation(int first, int second, int shared) {
}
