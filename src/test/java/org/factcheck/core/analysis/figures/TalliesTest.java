package org.factcheck.core.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.TestSupport;
import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.facts.Tally;
import org.factcheck.core.text.AnnotatedText;
import org.junit.jupiter.api.Test;

/** The counts and totals of a draft, on paragraphs written for these tests. */
class TalliesTest {
    private static final String PARAGRAPH = "The 12 victims included 7 women and 5 men, the police said on Monday. "
            + "Of the 40 seats, 25 went to the majority and 15 to the opposition.\n\n";

    /**
     * What reading the counts allocates grows with the draft, not with its square: the word after each number was
     * read from a copy of the rest of the draft (a draft of 400 paragraphs allocated 43 times what one of 40 did,
     * 9.6 times once read in place).
     */
    @Test
    void readingTheCountsOfATenTimesLongerDraftAllocatesAboutTenTimesAsMuch() {
        Analyzer analyzer = TestSupport.analyzer("en");
        Tallies tallies = new Tallies(TestSupport.rules().pack("en").lexicon());
        AnnotatedText short_ = analyzer.annotate(PARAGRAPH.repeat(40));
        AnnotatedText long_ = analyzer.annotate(PARAGRAPH.repeat(400));
        assertEquals(40, tallies.extract(short_).stream().filter(t -> t.kind() == Tally.Kind.PARTS).count());
        for (int i = 0; i < 3; i++) { // the first reads load classes and fill caches
            tallies.extract(short_);
            tallies.extract(long_);
        }
        long small = TestSupport.allocatedBy(() -> tallies.extract(short_));
        long large = TestSupport.allocatedBy(() -> tallies.extract(long_));
        assertTrue(large < 14 * small, () -> "40 paragraphs: " + small + " bytes; 400: " + large);
    }
}
