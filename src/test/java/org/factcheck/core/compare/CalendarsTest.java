package org.factcheck.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.TestSupport;
import org.factcheck.core.analysis.dates.DateExtractor;
import org.factcheck.core.lang.Lexicon;
import org.junit.jupiter.api.Test;

class CalendarsTest {
    @Test
    void calendarsReadOnAThreadOfTheirOwnGiveTheDatesTheRulesWouldRead() {
        // an unknown country among them is left for the check that names it, and does not stop the others
        Calendars.readInBackground(List.of("zz", "us", "fr"));
        assertEquals(LocalDate.of(2026, 11, 26), Calendars.holiday("THANKSGIVING", "us", 0, 2026));
        assertEquals(LocalDate.of(2025, 11, 27), Calendars.holiday("THANKSGIVING", "us", 0, 2025));
        assertEquals(LocalDate.of(2026, 4, 5), Calendars.holiday("christian.EASTER_MONDAY", "fr", -1, 2026));
        assertNull(Calendars.holiday("THANKSGIVING", "fr", 0, 2026));
    }

    @Test
    void theCountriesAreThoseTheHolidaysListNames() throws Exception {
        Lexicon en = Lexicon.load("en", Map.of(), TestSupport.projectDir().resolve("rules/en"));
        Set<String> countries = DateExtractor.holidayCountries(en);
        assertTrue(countries.containsAll(Set.of("us", "gb", "fr")), countries.toString());
        assertTrue(countries.stream().noneMatch(c -> c.contains("/") || c.contains("-")), countries.toString());
    }
}
