package org.factcheck.core.analysis.dates;

import java.time.LocalDate;
import java.util.regex.Matcher;

import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Resolution;

/**
 * Dates relative to the reference date, each the span of days it allows: a number of units before or after it ("il
 * y a trois semaines", "in two days"), a weekday before or after it ("mercredi dernier", "next Tuesday"), and fixed
 * words ("hier", "la semaine prochaine", "last year"), whose meanings {@code relative-dates} gives.
 */
final class RelativeDates {
    private final DatePatterns p;

    RelativeDates(DatePatterns patterns) {
        this.p = patterns;
    }

    void find(SentenceScan s) {
        Matcher m = s.matcher(p.ago);
        while (m.find()) {
            counted(s, m, -1);
        }
        m = s.matcher(p.in);
        while (m.find()) {
            counted(s, m, 1);
        }
        weekdays(s);
        fixed(s);
    }

    /** "il y a trois semaines", "in two days": the day that far (date.drl gives it a share of the unit as slack). */
    private void counted(SentenceScan s, Matcher m, int sign) {
        if (!s.free(m)) {
            return;
        }
        Integer n = p.number(m.group("number"));
        String unit = p.meaning(m.group("unit"));
        if (n == null || unit == null) {
            return;
        }
        LocalDate ref = s.reference;
        long k = (long) sign * n;
        LocalDate day = switch (unit) {
            case "unit:day" -> ref.plusDays(k);
            case "unit:week" -> ref.plusWeeks(k);
            case "unit:month" -> ref.plusMonths(k);
            default -> ref.plusYears(k);
        };
        s.add(mention(s, m, day, day, new Resolution.Counted(n, unit.substring(5), sign < 0)), m);
    }

    /** "mercredi dernier", "next Tuesday": the nearest such weekday before or after the reference date. */
    private void weekdays(SentenceScan s) {
        s.eachFree(p.weekdayRelative, m -> {
            int weekday = p.weekdays.get(m.group("weekday"));
            boolean last = "weekday:last".equals(p.meaning(m.group("which")));
            LocalDate d = s.reference;
            do {
                d = d.plusDays(last ? -1 : 1);
            } while (d.getDayOfWeek().getValue() != weekday);
            s.add(mention(s, m, d, d, new Resolution.WeekdayNear(last)), m);
        });
    }

    /** "hier", "la semaine prochaine", "last year": a day, week, month or year from the reference date's. */
    private void fixed(SentenceScan s) {
        LocalDate ref = s.reference;
        s.eachFree(p.fixedRelative, m -> {
            String[] meaning = p.meaning(m.group(1)).split(":");
            int n = Integer.parseInt(meaning[1]);
            LocalDate a;
            LocalDate b;
            switch (meaning[0]) {
                case "day" -> {
                    a = ref.plusDays(n);
                    b = a;
                }
                case "week" -> {
                    a = ref.plusWeeks(n).minusDays(ref.getDayOfWeek().getValue() - 1L);
                    b = a.plusDays(6);
                }
                case "month" -> {
                    a = ref.plusMonths(n).withDayOfMonth(1);
                    b = a.plusMonths(1).minusDays(1);
                }
                case "yearend" -> {
                    a = LocalDate.of(ref.getYear() + n, 12, 1);
                    b = LocalDate.of(ref.getYear() + n, 12, 31);
                }
                default -> {
                    a = LocalDate.of(ref.getYear() + n, 1, 1);
                    b = LocalDate.of(ref.getYear() + n, 12, 31);
                }
            }
            s.add(mention(s, m, a, b, new Resolution.CalendarOffset(meaning[0], n)), m);
        });
    }

    private static DateMention mention(SentenceScan s, Matcher m, LocalDate a, LocalDate b, Resolution how) {
        return new DateMention(0, s.span(m), DateKind.RELATIVE, a, b, null, null, a.getYear(), false, null, null,
                null, 0, null, false, how, s.sentence, false);
    }
}
