package org.factcheck.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;

class ResolutionTest {
    @Test
    void eachResolutionSaysHowTheValueWasFound() {
        assertEquals("1 week before the reference date", new Resolution.Counted(1, "week", true).describe());
        assertEquals("3 days after the reference date", new Resolution.Counted(3, "day", false).describe());
        assertEquals("month +1 from the reference date", new Resolution.CalendarOffset("month", 1).describe());
        assertEquals("day -1 from the reference date", new Resolution.CalendarOffset("day", -1).describe());
        assertEquals("nearest year before the reference date (past tense)", new Resolution.YearNearest(-1).describe());
        assertEquals("no such day in any year",
                new Resolution.NoSuchDay(Resolution.NoSuchDay.Why.IN_ANY_YEAR).describe());
    }

    @Test
    void theExtractorTypesHowItResolvedEachDate() {
        // 1 December is a Tuesday in 2026, the nearest year; a Monday in 2025, 191 days before the reference date.
        var dates = TestSupport.analyze("Rendez-vous lundi 1er décembre à Lyon, il y a trois semaines. "
                + "Le vote aura lieu le 5 mai 2027.", "fr", LocalDate.of(2026, 6, 10)).dates();
        assertEquals(new Resolution.YearFittingWeekday(), dates.get(0).resolution(), dates.toString());
        assertEquals(LocalDate.of(2025, 12, 1), dates.get(0).date());
        assertEquals(new Resolution.Counted(3, "week", true), dates.get(1).resolution(), dates.toString());
        assertEquals(LocalDate.of(2026, 5, 20), dates.get(1).date(), "the day it counts to; date.drl gives the slack");
        assertEquals(new Resolution.YearWritten(), dates.get(2).resolution(), dates.toString());
    }
}
