package org.factcheck.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(nullValues = "null", value = {
        "presid, presiding judge, true", "chair, chairwoman, true", "direct, directeur general, true",
        "presid, circuit judge, false", "chair, vice chancellor, false", "null, chair, false"})
    void aVerbsStemIsATitleWhoseWordBeginsWithIt(String stem, String title, boolean in) {
        assertEquals(in, Titles.stemIn(stem, title));
    }
}
