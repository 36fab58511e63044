package org.factcheck.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
        return find(quotations, excerptWords, share, minShared, maxEarlier, INDEXED_FROM);
    }

    /**
     * From how many quotations a draft's are looked up in an index of their words ({@link Candidates}); a draft with
     * fewer compares each with every earlier one, which costs less than making the index (an article's dozen
     * quotations: 66 pairs).
     */
    static final int INDEXED_FROM = 64;

    /** {@link #find}, the index used from {@code indexedFrom} quotations. */
    static List<Link> find(List<Quotation> quotations, int excerptWords, double share, int minShared, int maxEarlier,
            int indexedFrom) {
        List<Quotation> all = new ArrayList<>(quotations);
        all.sort(Comparator.comparingInt(Quotation::id));
        Candidates candidates = new Candidates(all, share, minShared, indexedFrom);
        // each key's words, read once: a quotation of a long draft is compared with many
        QuoteText.Words[] words = new QuoteText.Words[all.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = QuoteText.read(all.get(i).key());
        }
        List<Link> out = new ArrayList<>();
        for (int j = 1; j < all.size(); j++) {
            Quotation b = all.get(j);
            int same = 0;
            int reworded = 0;
            for (int c : candidates.of(j)) {
                if (same >= maxEarlier && reworded >= maxEarlier) {
                    break;
                }
                Quotation a = all.get(c);
                if (b.span().overlaps(a.span())) {
                    continue; // two readings of one stretch of text are one quotation, not two
                }
                boolean equal = b.key().equals(a.key());
                boolean within = !equal && QuoteText.within(b.key(), words[j], a.key(), words[c]);
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
                int need = need(share, minShared, longer);
                int shared = QuoteText.shared(words[j], words[c], need);
                if (shared >= need) {
                    out.add(new Link(a.id(), b.id(), false, shared));
                    reworded++;
                }
            }
        }
        return out;
    }

    /**
     * How many words two versions of one sentence share in order at least, the longer having {@code longer} words:
     * the share of it, and the minimum. {@link Candidates} counts on the pair's being at least each one's alone.
     */
    private static int need(double share, int minShared, int longer) {
        return (int) Math.ceil(Math.max(minShared, share * longer));
    }

    /**
     * For each quotation, the earlier ones that may be linked to it, in order: found in an index of the draft's words
     * rather than by comparing it with every earlier quotation (a draft of thousands of quotations would otherwise
     * cost their square). None that could be linked is left out: the pairs left out are pairs the comparison turns
     * down.
     *
     * <p>The distinct words of each quotation are put in one order, the rarest in the draft first. Of two quotations
     * that are one, the one with fewer words has all of them in the other, its rarest too. Two versions of one
     * sentence share in order {@code need} words or more, {@code need} being at least what the share and the minimum
     * ask of either alone; so at most {@code count - need} of the distinct words of either are missing from the other,
     * and the rarest word they share comes within the first {@code count - need + 1} of each (the prefix filter of
     * set-similarity joins). A quotation that cannot be indexed so (no word, or a minimum of no word) is a candidate of
     * every other, and so is each of a draft with fewer quotations than the index is worth.
     */
    static final class Candidates {
        private final String[][] rarestFirst;
        private final int[] prefixLength;
        private final boolean[] unindexed;
        private final Map<String, List<Integer>> holding = new HashMap<>();
        private final Map<String, List<Integer>> rarestIs = new HashMap<>();
        private final Map<String, List<Integer>> prefixHolds = new HashMap<>();
        private final List<Integer> everyone = new ArrayList<>();
        private final int[] askedBy;
        /** Whether the quotations are too few for the index: each a candidate of every other, none indexed. */
        private final boolean everyPair;
        private int indexed;

        /**
         * The candidates among the given quotations, in their order, under the thresholds of {@link #find}; each
         * quotation a candidate of every other where they are fewer than {@code indexedFrom}.
         */
        Candidates(List<Quotation> all, double share, int minShared, int indexedFrom) {
            int n = all.size();
            everyPair = n < indexedFrom;
            rarestFirst = new String[n][];
            prefixLength = new int[n];
            unindexed = new boolean[n];
            askedBy = new int[n];
            Arrays.fill(askedBy, -1);
            if (everyPair) {
                return;
            }
            Map<String, Integer> quotationsWith = new HashMap<>();
            for (int i = 0; i < n; i++) {
                rarestFirst[i] = QuoteText.distinctWords(all.get(i).key());
                for (String w : rarestFirst[i]) {
                    quotationsWith.merge(w, 1, Integer::sum);
                }
            }
            Comparator<String> order = Comparator.<String>comparingInt(quotationsWith::get)
                    .thenComparing(Comparator.naturalOrder());
            for (int i = 0; i < n; i++) {
                Quotation q = all.get(i);
                Arrays.sort(rarestFirst[i], order);
                int need = need(share, minShared, q.words()); // at most the pair's: the longer may have more words
                unindexed[i] = rarestFirst[i].length == 0 || need < 1;
                prefixLength[i] = Math.max(0, Math.min(rarestFirst[i].length, QuoteText.count(q.key()) - need + 1));
            }
        }

        /** The quotations before the {@code j}th (in the order given) that may be linked to it, in order. */
        int[] of(int j) {
            if (everyPair) {
                return IntStream.range(0, j).toArray();
            }
            while (indexed < j) {
                index(indexed++);
            }
            if (unindexed[j]) {
                return IntStream.range(0, j).toArray();
            }
            List<Integer> found = new ArrayList<>();
            String[] words = rarestFirst[j];
            add(found, holding.get(words[0]), j); // the earlier holds each of its words, its rarest too
            for (String w : words) {
                add(found, rarestIs.get(w), j); // it holds each word of the earlier, that one's rarest too
            }
            for (int k = 0; k < prefixLength[j]; k++) {
                add(found, prefixHolds.get(words[k]), j); // the two share a word of their first ones
            }
            add(found, everyone, j);
            return found.stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        private void index(int i) {
            if (unindexed[i]) {
                everyone.add(i);
                return;
            }
            String[] words = rarestFirst[i];
            for (String w : words) {
                holding.computeIfAbsent(w, x -> new ArrayList<>()).add(i);
            }
            rarestIs.computeIfAbsent(words[0], x -> new ArrayList<>()).add(i);
            for (int k = 0; k < prefixLength[i]; k++) {
                prefixHolds.computeIfAbsent(words[k], x -> new ArrayList<>()).add(i);
            }
        }

        private void add(List<Integer> found, List<Integer> quotations, int j) {
            if (quotations == null) {
                return;
            }
            for (int i : quotations) {
                if (askedBy[i] != j) {
                    askedBy[i] = j;
                    found.add(i);
                }
            }
        }
    }
}
