package org.factcheck.core.analysis.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

import org.factcheck.core.compare.Calendars;
import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Resolution;
import org.factcheck.core.facts.Span;

/**
 * Spans of days that are not one date: parts of a month ("fin novembre", "mid-December", "début mai 2026"), months
 * of a year ("novembre 2025"), and a number of days written beside a range ("une grève de trois jours, du 3 au 5
 * mai"), kept as a duration mention: the range, and the number of days as {@code day}.
 */
final class MonthSpans {
    private final DatePatterns p;

    MonthSpans(DatePatterns patterns) {
        this.p = patterns;
    }

    void find(SentenceScan s) {
        durations(s);
        partsOfMonths(s);
        monthsOfYears(s);
    }

    private void durations(SentenceScan s) {
        Matcher m = s.matcher(p.duration);
        while (m.find()) {
            Integer n = p.number(m.group("number"));
            if (n == null) {
                continue;
            }
            int start = s.from + m.start();
            int end = s.from + m.end();
            for (DateMention r : List.copyOf(s.found)) {
                if (r.kind() != DateKind.RANGE || r.date() == null || r.end() == null || r.day() == null) {
                    continue;
                }
                int gapAfter = r.span().start() - end;
                int gapBefore = start - r.span().end();
                if (gapAfter >= 0 && gapAfter <= 30 && !s.text.substring(end, r.span().start()).matches(".*[.;].*")
                        || gapBefore >= 0 && gapBefore <= 12) {
                    Span span = s.span(m);
                    s.found.add(new DateMention(0, span, DateKind.DURATION, r.date(), r.end(), n, r.month(), r.year(),
                            r.yearGiven(), null, null, null, 0, null, false, new Resolution.DaysBeside(n, r.span().text()),
                            s.sentence, false));
                    break;
                }
            }
        }
    }

    private void partsOfMonths(SentenceScan s) {
        s.eachFree(p.partOfMonth, m -> {
            int month = p.month(m.group("month"));
            Integer written = m.group("year") != null ? Integer.valueOf(m.group("year")) : null;
            int year = written != null ? written : DateResolution.nearestYear(month, 15, s.reference);
            int part = p.parts.get(m.group("part"));
            LocalDate a = LocalDate.of(year, month, part == 1 ? 1 : part == 2 ? 11 : 21);
            LocalDate b = LocalDate.of(year, month, part == 1 ? 10 : part == 2 ? 20 : Calendars.monthLength(month, year));
            s.add(new DateMention(0, s.span(m), DateKind.RANGE, a, b, null, month, year, written != null, null, null,
                    null, 0, null, false, written != null ? new Resolution.YearWritten() : new Resolution.YearNearest(0),
                    s.sentence, false), m);
        });
    }

    private void monthsOfYears(SentenceScan s) {
        s.eachFree(p.monthYear, m -> {
            int month = p.month(m.group("month"));
            int year = Integer.parseInt(m.group("year"));
            LocalDate a = LocalDate.of(year, month, 1);
            s.add(new DateMention(0, s.span(m), DateKind.RANGE, a, a.withDayOfMonth(a.lengthOfMonth()), null, month,
                    year, true, null, null, null, 0, null, false, new Resolution.YearWritten(), s.sentence, false), m);
        });
    }
}
