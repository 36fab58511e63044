package org.factcheck.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
