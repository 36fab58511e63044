package org.factcheck.core.facts;

/**
 * A character used as a quotation mark (apostrophes are never quote marks).
 *
 * @param span    the mark itself
 * @param mark    the character, as a string
 * @param role    whether it opens or closes
 * @param partner the mark it pairs with, or {@code null} when it pairs with none
 */
public record QuoteMark(Span span, String mark, MarkRole role, Span partner) {
    public QuoteMark {
        if (span == null || mark == null || role == null) {
            throw new IllegalArgumentException("incomplete quote mark");
        }
    }

    public boolean paired() {
        return partner != null;
    }
}
