package org.factcheck.core.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void aTitleFitsAnotherWhoseWordsItHas() {
        assertTrue(Titles.fits("chief executive", "chief executive"));
        assertTrue(Titles.fits("directeur", "directeur general"));
        assertFalse(Titles.fits("chief executive", "chief financial officer"));
        assertFalse(Titles.fits("head coach", "coach"));
        assertFalse(Titles.fits(null, "coach"));
    }

    @Test
    void aScopeFitsWhenTheGivenNamesNoneOrOneNamesPartOfTheOther() {
        assertTrue(Titles.scopeFits(null, "lyon"));
        assertTrue(Titles.scopeFits(null, null));
        assertTrue(Titles.scopeFits("cour", "cour assises"));
        assertTrue(Titles.scopeFits("universite", "universite"));
        assertFalse(Titles.scopeFits("parti", null));
        assertFalse(Titles.scopeFits("southampton", "portsmouth"));
    }

    @Test
    void aVerbsStemIsATitleWhoseWordBeginsWithIt() {
        assertTrue(Titles.stemIn("presid", "presiding judge"));
        assertTrue(Titles.stemIn("chair", "chairwoman"));
        assertTrue(Titles.stemIn("direct", "directeur general"));
        assertFalse(Titles.stemIn("presid", "circuit judge"));
        assertFalse(Titles.stemIn("chair", "vice chancellor"));
        assertFalse(Titles.stemIn(null, "chair"));
    }
}
