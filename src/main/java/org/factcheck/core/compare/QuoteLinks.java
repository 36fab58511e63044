package org.factcheck.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.factcheck.core.facts.Quotation;

/**
 * The pairs of quotations the QUOTE rules compare: for each quotation, the earlier ones that are the same words (one
 * holding the other whole) or the same sentence reworded, found once for the whole draft rather than by the rules for
 * every pair of quotations. The thresholds are the caller's, the derivation rule of {@code quote.drl} that asks.
 *
 * <p>Each quotation keeps the earliest {@code maxEarlier} quotations of each kind that it repeats: the rules speak of
 * the first version of a quotation (and of the first a speaker gave), and a draft that repeats one sentence hundreds
 * of times would otherwise give pairs by the square of its quotations, too many to hold.
 */
public final class QuoteLinks {
    /**
     * Two quotations that are one ({@code same}), or two versions of one sentence with {@code shared} words in common,
     * in order.
     *
     * @param first  the earlier quotation's id
     * @param second the later one's
     */
    public record Link(int first, int second, boolean same, int shared) {
    }

    private QuoteLinks() {
    }

    /**
     * The links between the given quotations, the earlier first in each.
     *
     * @param quotations   the quotations to compare, in any order
     * @param excerptWords from how many words a quotation held whole in another, word for word and in order, is the
     *                     same quotation (an excerpt); below it only equal words are
     * @param share        what part of the longer two versions of one sentence share at least, in order
     * @param minShared    how many words they share at least
     * @param maxEarlier   how many earlier quotations of each kind a quotation keeps, the earliest
     */
    public static List<Link> find(List<Quotation> quotations, int excerptWords, double share, int minShared,
            int maxEarlier) {
        List<Quotation> all = new ArrayList<>(quotations);
        all.sort(Comparator.comparingInt(Quotation::id));
        List<Link> out = new ArrayList<>();
        for (int j = 1; j < all.size(); j++) {
            Quotation b = all.get(j);
            int same = 0;
            int reworded = 0;
            for (int i = 0; i < j && (same < maxEarlier || reworded < maxEarlier); i++) {
                Quotation a = all.get(i);
                if (b.span().overlaps(a.span())) {
                    continue; // two readings of one stretch of text are one quotation, not two
                }
                boolean equal = b.key().equals(a.key());
                boolean within = !equal && QuoteText.within(b.key(), a.key());
                if (equal || within) {
                    if (same < maxEarlier && (equal || b.words() >= excerptWords && a.words() >= excerptWords)) {
                        out.add(new Link(a.id(), b.id(), true, 0));
                        same++;
                    }
                    continue; // an excerpt of any length is no misquote
                }
                if (reworded >= maxEarlier) {
                    continue;
                }
                // two quotations whose lengths differ by more than the share cannot share it of the longer
                int longer = Math.max(a.words(), b.words());
                if (Math.min(a.words(), b.words()) < share * longer - 1e-9) {
                    continue;
                }
                int need = (int) Math.ceil(Math.max(minShared, share * longer));
                int shared = QuoteText.shared(b.key(), a.key(), need);
                if (shared >= need) {
                    out.add(new Link(a.id(), b.id(), false, shared));
                    reworded++;
                }
            }
        }
        return out;
    }
}
