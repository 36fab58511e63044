package org.factcheck.core.analysis.dates;

import java.time.LocalDate;
import java.util.regex.Matcher;

import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Resolution;
import org.factcheck.core.text.GatedPattern;

/**
 * Dates written out: ranges ("du 3 au 5 mai"), day and month with or without the year and a weekday ("mercredi 26
 * novembre", "Thursday, Nov. 27"), ISO and numeric dates ("2025-11-27", "27/11/2025"), and today with its weekday
 * ("aujourd'hui mercredi").
 */
final class AbsoluteDates {
    private final DatePatterns p;

    AbsoluteDates(DatePatterns patterns) {
        this.p = patterns;
    }

    void find(SentenceScan s) {
        ranges(s);
        dayAndMonth(s, p.dayMonth);
        if (p.monthDay != null) {
            dayAndMonth(s, p.monthDay);
        }
        iso(s);
        numeric(s);
        today(s);
    }

    private void ranges(SentenceScan s) {
        Matcher m = s.matcher(p.range);
        while (m.find()) {
            int month = p.month(m.group("month"));
            DateMention a = resolve(s, m, DateKind.RANGE, Integer.parseInt(m.group("day")), month, year(m), null);
            if (a.date() != null) {
                LocalDate end = DateResolution.safeDate(a.year(), month, Integer.parseInt(m.group("lastday")));
                a = new DateMention(0, a.span(), DateKind.RANGE, a.date(), end, a.day(), month, a.year(), a.yearGiven(),
                        null, null, null, 0, null, end == null, a.resolution(), s.sentence, false);
            }
            s.add(a, m);
        }
    }

    private void dayAndMonth(SentenceScan s, GatedPattern pattern) {
        s.eachFree(pattern, m -> {
            Integer weekday = m.group("weekday") != null ? p.weekdays.get(m.group("weekday")) : null;
            s.add(resolve(s, m, DateKind.DATE, Integer.parseInt(m.group("day")), p.month(m.group("month")), year(m),
                    weekday), m);
        });
    }

    private void iso(SentenceScan s) {
        s.eachFree(p.iso, m -> {
            s.add(resolve(s, m, DateKind.DATE, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.valueOf(m.group(1)), null), m);
        });
    }

    /** Numeric dates in the language's order; in the other order when the month would pass 12 and it has one. */
    private void numeric(SentenceScan s) {
        s.eachFree(p.numeric, m -> {
            Matcher read = m;
            if (Integer.parseInt(m.group("mm")) > 12 && p.numericElse != null) {
                Matcher other = p.numericElse.matcher(m.group());
                read = other.matches() ? other : m;
            }
            int month = Integer.parseInt(read.group("mm"));
            if (month >= 1 && month <= 12) {
                s.found.add(resolve(s, m, DateKind.DATE, Integer.parseInt(read.group("dd")), month,
                        Integer.valueOf(read.group("yyyy")), null));
            }
            s.take(m);
        });
    }

    private void today(SentenceScan s) {
        Matcher m = s.matcher(p.today);
        while (m.find()) {
            s.found.add(new DateMention(0, s.span(m), DateKind.TODAY, s.reference, null, null, null,
                    s.reference.getYear(), false, p.weekdays.get(m.group("weekday")), null, null, 0, null, false,
                    new Resolution.ReferenceDate(), s.sentence, false));
        }
        for (DateMention t : s.found) {
            if (t.kind() == DateKind.TODAY) {
                s.take(t.span());
            }
        }
    }

    private static Integer year(Matcher m) {
        return m.group("year") != null ? Integer.valueOf(m.group("year")) : null;
    }

    private static DateMention resolve(SentenceScan s, Matcher m, DateKind kind, int day, int month, Integer year,
                                       Integer weekday) {
        return DateResolution.resolve(s.span(m), kind, day, month, year, weekday, s.reference, s.sentence, s.tense());
    }
}
