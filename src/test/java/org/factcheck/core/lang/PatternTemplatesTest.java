package org.factcheck.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.TestSupport;
import org.factcheck.core.analysis.dates.YearGaps;
import org.factcheck.core.analysis.figures.AmountExtractor;
import org.factcheck.core.analysis.figures.FigureExtractor;
import org.factcheck.core.analysis.figures.Tallies;
import org.junit.jupiter.api.Test;

/** The templates of a word list (figure-patterns.txt, year-patterns.txt): keys, their words, their templates. */
class PatternTemplatesTest {
    private static final PatternTemplates PATTERNS = new PatternTemplates(new Lexicon("xx", Map.of("figure-patterns",
            List.of("@link | by | of the | d'",
                    "@other | by",
                    "@pair | {W}{@link}\\s+{num}\\p{L}?",
                    "@pair | {num}\\s+again"))), "figure-patterns");

    @Test
    void aKeyGivesTheWordsOfItsLinesOnly() {
        assertEquals(Set.of("by", "of the", "d'"), PATTERNS.words("@link"));
        assertEquals(Set.of("by"), PATTERNS.words("@other"));
        assertEquals(Set.of(), PATTERNS.words("@none"));
    }

    @Test
    void templatesTakeTheirKeysWordsAndPiecesAndAreAlternatives() {
        Pattern p = PATTERNS.compile("@pair", Map.of("W", "(?<![\\p{L}])", "num", "(\\d+)"));
        assertTrue(p.matcher("cut BY 10").find());
        assertTrue(p.matcher("of  the 10").find());
        assertTrue(p.matcher("d’ 10").find());
        assertTrue(p.matcher("10 again").find());
        assertFalse(p.matcher("from 10").find());
        assertFalse(PATTERNS.compile("@missing", Map.of()).matcher("anything").find());
        assertThrows(IllegalArgumentException.class, () -> PATTERNS.compile("@pair", Map.of("W", "")));
    }

    @Test
    void everyTemplateOfTheProjectCompiles() {
        for (String language : List.of("fr", "en")) {
            Lexicon lexicon = TestSupport.rules().pack(language).lexicon();
            new FigureExtractor(lexicon);
            new AmountExtractor(lexicon);
            new YearGaps(lexicon);
            new Tallies(lexicon);
        }
    }
}
