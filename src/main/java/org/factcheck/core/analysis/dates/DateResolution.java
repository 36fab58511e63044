package org.factcheck.core.analysis.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.factcheck.core.compare.Calendars;
import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Resolution;
import org.factcheck.core.facts.Span;

/**
 * A day and month (and year, if written) as a date: the written year; else the year nearest the reference date, on
 * the side the sentence's tense gives; with a weekday, the nearest year (within one) where the weekday fits, if any.
 */
final class DateResolution {
    private DateResolution() {
    }

    static DateMention resolve(Span span, DateKind kind, int day, int month, Integer year, Integer weekday,
                               LocalDate reference, int sentence, int tense) {
        if (month < 1 || month > 12 || day < 1) {
            return mention(span, kind, null, day, month, year, year != null, weekday, true, new Resolution.NoSuchDay(Resolution.NoSuchDay.Why.MONTH_OR_DAY), sentence);
        }
        if (year != null) {
            LocalDate d = safeDate(year, month, day);
            return mention(span, kind, d, day, month, year, true, weekday, d == null, new Resolution.YearWritten(), sentence);
        }
        if (day > Calendars.monthLength(month, null)) {
            return mention(span, kind, null, day, month, null, false, weekday, true, new Resolution.NoSuchDay(Resolution.NoSuchDay.Why.IN_ANY_YEAR), sentence);
        }
        LocalDate best = null;
        Resolution how = new Resolution.YearNearest(tense);
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            // The tense keeps the date on its side of the reference date, with a week of slack.
            boolean fits = d != null && (tense == 0 || tense < 0 && !d.isAfter(reference.plusDays(7))
                    || tense > 0 && !d.isBefore(reference.minusDays(7)));
            if (fits && (best == null || distance(d, reference) < distance(best, reference))) {
                best = d;
            }
        }
        if (weekday != null && best != null && best.getDayOfWeek().getValue() != weekday) {
            LocalDate fitting = null;
            for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
                LocalDate d = safeDate(y, month, day);
                if (d != null && d.getDayOfWeek().getValue() == weekday
                        && (fitting == null || distance(d, reference) < distance(fitting, reference))) {
                    fitting = d;
                }
            }
            if (fitting != null && distance(fitting, reference) <= 200) {
                best = fitting;
                how = new Resolution.YearFittingWeekday();
            }
        }
        if (best == null) { // 29 February with no leap year near
            return mention(span, kind, null, day, month, reference.getYear(), false, weekday, false,
                    new Resolution.NoSuchDay(Resolution.NoSuchDay.Why.NEAR_THE_REFERENCE_DATE), sentence);
        }
        return mention(span, kind, best, day, month, best.getYear(), false, weekday, false, how, sentence);
    }

    private static DateMention mention(Span span, DateKind kind, LocalDate date, int day, int month, Integer year,
                                       boolean yearGiven, Integer weekday, boolean impossible, Resolution how, int sentence) {
        return new DateMention(0, span, kind, date, null, day, month, year, yearGiven, weekday, null, null, 0, null,
                impossible, how, sentence, false);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /** The year of a month and day nearest the reference date (one year either side). */
    static int nearestYear(int month, int day, LocalDate ref) {
        int best = ref.getYear();
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (distance(LocalDate.of(y, month, day), ref) < distance(LocalDate.of(best, month, day), ref)) {
                best = y;
            }
        }
        return best;
    }

    /** The date, or null when it does not exist or the year is unknown. */
    static LocalDate safeDate(Integer year, int month, int day) {
        try {
            return year == null ? null : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
