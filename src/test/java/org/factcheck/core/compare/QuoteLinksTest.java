package org.factcheck.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.Attribution;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.facts.Span;
import org.factcheck.core.facts.SpeakerKind;
import org.junit.jupiter.api.Test;

class QuoteLinksTest {
    private static final String SENTENCE = "nous ne cederons pas a la rue ce printemps";

    /** A quotation of {@code key} at the given place, spoken by nobody. */
    private static Quotation quotation(int id, int start, String key) {
        Span span = new Span(start, start + key.length(), key);
        return new Quotation(id, span, null, null, 0, key, QuoteText.count(key), id, -1, null, SpeakerKind.OTHER, null,
                Attribution.NONE, false);
    }

    private static List<Quotation> reversed(List<Quotation> quotations) {
        List<Quotation> out = new ArrayList<>(quotations);
        java.util.Collections.reverse(out);
        return out;
    }

    private static List<QuoteLinks.Link> links(List<Quotation> quotations, int maxEarlier) {
        return QuoteLinks.find(quotations, 8, 0.6, 5, maxEarlier);
    }

    @Test
    void theSameWordsAnExcerptAndARewordingAreLinkedTheEarlierFirst() {
        List<Quotation> q = List.of(
                quotation(0, 0, SENTENCE),
                quotation(1, 100, "ils iront au bout de leur combat ce printemps"),
                quotation(2, 200, "nous ne reculerons pas devant la rue ce printemps"),
                quotation(3, 300, SENTENCE + " ni cet ete quoi qu il arrive"),
                quotation(4, 400, SENTENCE));
        assertEquals(List.of(
                new QuoteLinks.Link(0, 2, false, 7),
                new QuoteLinks.Link(0, 3, true, 0),
                new QuoteLinks.Link(0, 4, true, 0),
                new QuoteLinks.Link(2, 4, false, 7),
                new QuoteLinks.Link(3, 4, true, 0)), links(reversed(q), 16),
                "whatever the order given; an excerpt is one quotation, never a rewording; 9 words and 16 too far"
                        + " apart to be one sentence reworded");
    }

    @Test
    void anExcerptOfFewerWordsThanTheThresholdIsNoLinkAndTwoReadingsOfOneTextNone() {
        assertEquals(List.of(), links(List.of(quotation(0, 0, "nous ne cederons pas a"),
                quotation(1, 100, "nous ne cederons pas a la rue")), 16), "five words held in seven");
        assertEquals(List.of(), links(List.of(quotation(0, 0, SENTENCE), quotation(1, 5, SENTENCE)), 16),
                "overlapping");
    }

    @Test
    void sentencesOfLengthsTooFarApartOrSharingTooLittleAreNoRewording() {
        assertEquals(List.of(), links(List.of(quotation(0, 0, "nous ne cederons pas a la rue"),
                quotation(1, 100, "nous ne cederons jamais a la rue des casseurs qui bloquent nos villes et nos"
                        + " routes")), 16), "seven words against sixteen");
        assertEquals(List.of(), links(List.of(quotation(0, 0, SENTENCE),
                quotation(1, 100, "vous ne passerez pas par la porte ce soir")), 16), "four words of nine");
    }

    @Test
    void eachQuotationKeepsTheEarliestOfEachKindUpToTheLimit() {
        List<Quotation> q = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            q.add(quotation(i, i * 100, SENTENCE));
        }
        q.add(quotation(6, 600, "nous ne reculerons pas devant la rue ce printemps"));
        List<QuoteLinks.Link> got = links(q, 2);
        assertEquals(List.of(new QuoteLinks.Link(0, 6, false, 7), new QuoteLinks.Link(1, 6, false, 7)),
                got.stream().filter(l -> l.second() == 6).toList(), "the two earliest rewordings");
        assertEquals(List.of(new QuoteLinks.Link(0, 5, true, 0), new QuoteLinks.Link(1, 5, true, 0)),
                got.stream().filter(l -> l.second() == 5).toList(), "the two earliest copies");
        assertEquals(1 + 2 + 2 + 2 + 2 + 2, got.size());
    }

    /** The links by the definition: each quotation compared with every earlier one, in order. */
    private static List<QuoteLinks.Link> everyPair(List<Quotation> quotations, int excerptWords, double share,
            int minShared, int maxEarlier) {
        List<Quotation> all = new ArrayList<>(quotations);
        all.sort(java.util.Comparator.comparingInt(Quotation::id));
        List<QuoteLinks.Link> out = new ArrayList<>();
        for (int j = 1; j < all.size(); j++) {
            Quotation b = all.get(j);
            int same = 0;
            int reworded = 0;
            for (int i = 0; i < j && (same < maxEarlier || reworded < maxEarlier); i++) {
                Quotation a = all.get(i);
                if (b.span().overlaps(a.span())) {
                    continue;
                }
                boolean equal = b.key().equals(a.key());
                if (equal || QuoteText.within(b.key(), a.key())) {
                    if (same < maxEarlier && (equal || b.words() >= excerptWords && a.words() >= excerptWords)) {
                        out.add(new QuoteLinks.Link(a.id(), b.id(), true, 0));
                        same++;
                    }
                    continue;
                }
                int longer = Math.max(a.words(), b.words());
                int need = (int) Math.ceil(Math.max(minShared, share * longer));
                if (reworded < maxEarlier && Math.min(a.words(), b.words()) >= share * longer - 1e-9
                        && QuoteText.shared(b.key(), a.key()) >= need) {
                    out.add(new QuoteLinks.Link(a.id(), b.id(), false, QuoteText.shared(b.key(), a.key())));
                    reworded++;
                }
            }
        }
        return out;
    }

    /**
     * Drafts of quotations drawn from a small vocabulary, common words far more often than rare ones, many of them
     * an earlier quotation with words changed, dropped, added, cut ("_") or taken in part, some overlapping.
     */
    private static List<Quotation> randomDraft(java.util.Random random, int n) {
        List<Quotation> out = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            List<String> words = new ArrayList<>();
            if (id > 0 && random.nextInt(3) > 0) {
                words.addAll(List.of(out.get(random.nextInt(id)).key().split(" ")));
                int edits = random.nextInt(5);
                for (int e = 0; e < edits && !words.isEmpty(); e++) {
                    int at = random.nextInt(words.size());
                    switch (random.nextInt(5)) {
                        case 0 -> words.set(at, word(random));
                        case 1 -> words.remove(at);
                        case 2 -> words.add(at, word(random));
                        case 3 -> words.set(at, QuoteText.GAP);
                        default -> words = new ArrayList<>(words.subList(at, words.size()));
                    }
                }
            } else {
                int length = 1 + random.nextInt(18);
                for (int k = 0; k < length; k++) {
                    words.add(word(random));
                }
            }
            if (words.isEmpty()) {
                words.add(word(random));
            }
            String key = String.join(" ", words);
            int start = id * 100 - (random.nextInt(10) == 0 ? 150 : 0);
            out.add(quotation(id, Math.max(0, start), key));
        }
        return out;
    }

    private static String word(java.util.Random random) {
        // a word of rank r comes about 1/r as often: "w0" in most quotations, "w300" in few
        return "w" + (int) Math.floor(Math.exp(random.nextDouble() * Math.log(400)) - 1);
    }

    @Test
    void theLinksFoundThroughTheIndexOfWordsAreThoseOfComparingEveryPair() {
        java.util.Random random = new java.util.Random(16);
        int links = 0;
        for (int draft = 0; draft < 300; draft++) {
            List<Quotation> q = randomDraft(random, 2 + random.nextInt(60));
            for (Object[] t : new Object[][] {{8, 0.6, 5, 16}, {3, 0.5, 2, 2}, {0, 0.0, 0, 3}, {8, 0.9, 10, 1},
                    {4, 0.3, 1, 5}, {0, 0.5, 2, 4}}) {
                List<QuoteLinks.Link> expected = everyPair(q, (int) t[0], (double) t[1], (int) t[2], (int) t[3]);
                assertEquals(expected, QuoteLinks.find(reversed(q), (int) t[0], (double) t[1], (int) t[2], (int) t[3], 0),
                        "draft " + draft + " thresholds " + java.util.Arrays.toString(t));
                links += expected.size();
            }
        }
        assertTrue(links > 5_000, "the drafts have links of each kind to find: " + links);
    }

    @Test
    void aQuotationIsComparedWithTheEarlierOnesThatShareItsWordsNotWithEveryOne() {
        java.util.Random random = new java.util.Random(7);
        List<Quotation> q = new ArrayList<>();
        for (int id = 0; id < 2_000; id++) {
            StringBuilder key = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                // ordinary sentences: a few words every quotation has, and words of their own
                key.append(k < 3 ? "w" + k : "v" + random.nextInt(20_000)).append(' ');
            }
            q.add(quotation(id, id * 100, key.toString().strip()));
        }
        QuoteLinks.Candidates candidates = new QuoteLinks.Candidates(q, 0.6, 5, QuoteLinks.INDEXED_FROM);
        long compared = 0;
        for (int j = 1; j < q.size(); j++) {
            compared += candidates.of(j).length;
        }
        assertTrue(compared < 20_000, "a few candidates a quotation, not the 2 million pairs: " + compared);
        assertEquals(9, new QuoteLinks.Candidates(q.subList(0, 10), 0.6, 5, QuoteLinks.INDEXED_FROM).of(9).length,
                "an article's few quotations are each compared with every earlier one, no index made");
    }
}
