package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.DateEvent;
import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Resolution;
import org.factcheck.core.facts.Draft;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.Quote;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.Span;
import org.factcheck.core.facts.YearGap;
import org.factcheck.core.lang.Messages;
import org.junit.jupiter.api.Test;

/** rules/date.drl, facts in and findings out: each rule and each derivation, with the facts built by hand. */
class DateRulesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 11, 25);

    /** A mention of {@code kind} over {@code written} in {@code text}, with the fields a rule reads. */
    private static DateMention mention(int id, String text, String written, DateKind kind, LocalDate date,
                                       LocalDate end, Integer day, Integer weekday, boolean yearGiven, boolean beside) {
        int at = text.indexOf(written);
        return new DateMention(id, Span.of(text, at, at + written.length()), kind, date, end, day,
                date != null ? date.getMonthValue() : null, date != null ? date.getYear() : null, yearGiven, weekday,
                null, null, 0, null, false, yearGiven ? new Resolution.YearWritten() : new Resolution.YearNearest(0), 0, beside);
    }

    private static List<Finding> run(String language, Object... facts) {
        return runOnDefaultDate(language, false, facts);
    }

    private static List<Finding> runOnDefaultDate(String language, boolean defaultDate, Object... facts) {
        List<Object> all = new ArrayList<>(List.of(facts));
        all.add(new Draft(language, TUESDAY, defaultDate));
        return TestSupport.rules().run(all, language);
    }

    private static Finding only(String rule, List<Finding> findings) {
        assertEquals(1, findings.size(), String.valueOf(findings));
        assertEquals(rule, findings.get(0).rule());
        return findings.get(0);
    }

    private static String message(Finding f, String language) {
        return TestSupport.rules().pack(language).messages().format(f.rule(), f.args());
    }

    private static String suggestion(Finding f, String language) {
        Messages m = TestSupport.rules().pack(language).messages();
        return f.suggestionKey() != null ? m.format(f.suggestionKey(), f.args()) : f.suggestion();
    }

    @Test
    void aDateThatDoesNotExistGetsTheMonthsLastDay() {
        String text = "Le vote a eu lieu le 31 novembre 2025.";
        int at = text.indexOf("31 novembre 2025");
        DateMention d = new DateMention(0, Span.of(text, at, at + 16), DateKind.DATE, null, null, 31, 11, 2025, true,
                null, null, null, 0, null, true, new Resolution.YearWritten(), 0, false);
        Finding f = only("date.impossible", run("fr", d));
        assertEquals(d.span(), f.span());
        assertEquals(Month.NOVEMBER, f.args().get("month"));
        assertEquals(30, f.args().get("days"));
        assertEquals("« 31 novembre 2025 » n'existe pas : novembre compte 30 jours.", message(f, "fr"));
        assertEquals("30 novembre", suggestion(f, "fr"));
        assertEquals("November 30", suggestion(only("date.impossible", run("en", d)), "en"));
        DateMention exists = new DateMention(0, d.span(), DateKind.DATE, LocalDate.of(2025, 11, 30), null, 30, 11,
                2025, true, null, null, null, 0, null, false, new Resolution.YearWritten(), 0, false);
        assertEquals(List.of(), run("fr", exists));
    }

    @Test
    void aWeekdayThatDoesNotMatchItsDate() {
        String text = "The vote is on Tuesday, November 26, 2025.";
        DateMention d = mention(0, text, "Tuesday, November 26, 2025", DateKind.DATE, LocalDate.of(2025, 11, 26), null,
                26, 2, true, false);
        Finding f = only("date.weekday", run("en", d));
        assertEquals(DayOfWeek.TUESDAY, f.args().get("weekday"));
        assertEquals("November 26, 2025 is not a Tuesday: it is a Wednesday.", message(f, "en"));
        assertEquals("Wednesday", suggestion(f, "en"));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("mercredi", suggestion(only("date.weekday", run("fr", d)), "fr"));
        assertEquals(List.of(), run("en", mention(0, text, "Tuesday, November 26, 2025", DateKind.DATE,
                LocalDate.of(2025, 11, 26), null, 26, 3, true, false)));
        // Today's weekday is date.today-weekday's, against the reference date.
        assertEquals(List.of(), run("en", mention(0, text, "Tuesday", DateKind.TODAY, TUESDAY, null, null, 2, false, false)));
    }

    @Test
    void onAGuessedReferenceDateOnlyTheYearsTheDraftWritesAreChecked() {
        // Today's date, taken for want of a given one, may be what is wrong (an archived or embargoed draft): what
        // rests on it is not reported; what the draft writes in full still is.
        String text = "Le vote a lieu le mardi 26 novembre, puis le mardi 26 novembre 2025.";
        DateMention unwritten = mention(0, text, "mardi 26 novembre", DateKind.DATE, LocalDate.of(2025, 11, 26), null,
                26, 2, false, false);
        DateMention written = mention(1, text, "mardi 26 novembre 2025", DateKind.DATE, LocalDate.of(2025, 11, 26),
                null, 26, 2, true, false);
        assertEquals(2, run("fr", unwritten, written).size(), "both on a given date");
        Finding f = only("date.weekday", runOnDefaultDate("fr", true, unwritten, written));
        assertEquals(written.span(), f.span());
        assertEquals(Severity.ERROR, f.severity());

        String holidays = "Thanksgiving (27 novembre) approche.";
        DateMention thanksgiving = new DateMention(0, Span.of(holidays, 0, 26), DateKind.HOLIDAY,
                LocalDate.of(2026, 11, 27), null, 27, 11, 2026, false, null, "THANKSGIVING", "us", 0, "Thanksgiving",
                false, new Resolution.YearNearest(0), 0, false);
        assertEquals("date.holiday", only("date.holiday", run("fr", thanksgiving)).rule());
        assertEquals(List.of(), runOnDefaultDate("fr", true, thanksgiving));

        String ago = "Il y a deux jours, le 3 novembre, le conseil a voté.";
        DateMention relative = counted(0, ago, "Il y a deux jours", TUESDAY.minusDays(2),
                new Resolution.Counted(2, "day", true));
        DateMention beside = mention(1, ago, "3 novembre", DateKind.DATE, LocalDate.of(2025, 11, 3), null, 3, null,
                false, true);
        assertEquals("date.relative", only("date.relative", run("fr", relative, beside)).rule());
        assertEquals(List.of(), runOnDefaultDate("fr", true, relative, beside));

        String years = "Il y a 20 ans, en 1996, le pont ouvrait ; né en 1960, il avait 50 ans en 2020.";
        Span twenty = Span.of(years, 0, 13);
        YearGap toToday = new YearGap(0, twenty, YearGap.Kind.AGO, 20, 1996, null, Span.of(years, 18, 22));
        int at = years.indexOf("50 ans");
        YearGap toAWrittenYear = new YearGap(1, Span.of(years, at, at + 6), YearGap.Kind.AGE, 50, 1960, 2020,
                Span.of(years, years.indexOf("1960"), years.indexOf("1960") + 4));
        assertEquals(2, run("fr", toToday, toAWrittenYear).size(), "both on a given date");
        assertEquals(toAWrittenYear.span(), only("date.years", runOnDefaultDate("fr", true, toToday, toAWrittenYear)).span());
    }

    @Test
    void aHolidayGivenAnotherDayThanItsOwn() {
        String text = "Thanksgiving (27 novembre 2026) approche.";
        int end = text.indexOf(')') + 1;
        DateMention wrong = new DateMention(0, Span.of(text, 0, end), DateKind.HOLIDAY, LocalDate.of(2026, 11, 27), null,
                27, 11, 2026, true, null, "THANKSGIVING", "us", 0, "Thanksgiving", false, new Resolution.YearWritten(), 0, false);
        Finding f = only("date.holiday", run("fr", wrong));
        assertEquals(LocalDate.of(2026, 11, 26), f.args().get("actual"));
        assertEquals("Thanksgiving tombe le jeudi 26 novembre 2026, pas le 27 novembre.", message(f, "fr"));
        assertEquals("26 novembre", suggestion(f, "fr"));
        DateMention right = new DateMention(0, wrong.span(), DateKind.HOLIDAY, LocalDate.of(2026, 11, 26), null, 26, 11,
                2026, true, null, "THANKSGIVING", "us", 0, "Thanksgiving", false, new Resolution.YearWritten(), 0, false);
        assertEquals(List.of(), run("fr", right));
    }

    @Test
    void todayGivenAnotherWeekdayThanTheReferenceDates() {
        String text = "Le conseil vote aujourd'hui mercredi.";
        DateMention today = mention(0, text, "aujourd'hui mercredi", DateKind.TODAY, TUESDAY, null, null, 3, false, false);
        Finding f = only("date.today-weekday", run("fr", today));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("« mercredi » ne correspond pas à la date de référence (mardi 25 novembre 2025) : vérifier la date "
                + "ou le jour.", message(f, "fr"));
        assertEquals("mardi", suggestion(f, "fr"));
        assertEquals(List.of(), runOnDefaultDate("fr", true, today), "today's weekday against a guessed date");
        assertEquals(List.of(), run("fr", mention(0, text, "aujourd'hui mercredi", DateKind.TODAY, TUESDAY, null, null,
                2, false, false)));
    }

    @Test
    void aRelativeDateAndTheDateBesideItAreOneMoment() {
        String text = "Il y a deux jours, le 3 novembre, le conseil a voté.";
        LocalDate twoDaysAgo = TUESDAY.minusDays(2);
        DateMention relative = counted(0, text, "Il y a deux jours", twoDaysAgo, new Resolution.Counted(2, "day", true));
        DateMention beside = mention(1, text, "3 novembre", DateKind.DATE, LocalDate.of(2025, 11, 3), null, 3, null,
                false, true);
        Finding f = only("date.relative", run("fr", relative, beside));
        assertEquals(beside.span(), f.span());
        assertEquals(List.of(relative.span()), f.related());
        assertEquals("Le 3 novembre 2025 ne correspond pas à « Il y a deux jours » (entre le 22 novembre 2025 et le "
                + "24 novembre 2025, d'après la date de référence).", message(f, "fr"));
        assertEquals(null, suggestion(f, "fr"), "a span of days suggests no one day");
        // Not beside each other: no pair, no finding.
        DateMention apart = mention(1, text, "3 novembre", DateKind.DATE, LocalDate.of(2025, 11, 3), null, 3, null,
                false, false);
        assertEquals(List.of(), run("fr", relative, apart));
        // Inside a quotation, the relative date is the speaker's.
        assertEquals(List.of(), run("fr", relative, beside, new Quote(Span.of(text, 0, 33), Span.of(text, 0, 1),
                Span.of(text, 32, 33), 0)));
        // Within the span, no finding.
        assertEquals(List.of(), run("fr", relative, mention(1, text, "3 novembre", DateKind.DATE, twoDaysAgo, null, 23,
                null, false, true)));
    }

    @Test
    void aCountedRelativeDateReachesAShareOfItsUnitEitherSide() {
        String text = "Il y a trois semaines, le 3 novembre, le conseil a voté.";
        LocalDate threeWeeksAgo = TUESDAY.minusWeeks(3);
        DateMention relative = counted(0, text, "Il y a trois semaines", threeWeeksAgo,
                new Resolution.Counted(3, "week", true));
        // Four days either side of the day counted to are within reach.
        assertEquals(List.of(), run("fr", relative, mention(1, text, "3 novembre", DateKind.DATE,
                threeWeeksAgo.minusDays(4), null, 3, null, false, true)));
        assertEquals(List.of(), run("fr", relative, mention(1, text, "3 novembre", DateKind.DATE,
                threeWeeksAgo.plusDays(4), null, 3, null, false, true)));
        // Five days is too far: the finding gives the reach.
        Finding f = only("date.relative", run("fr", relative, mention(1, text, "3 novembre", DateKind.DATE,
                threeWeeksAgo.minusDays(5), null, 3, null, false, true)));
        assertEquals("Le 30 octobre 2025 ne correspond pas à « Il y a trois semaines » (entre le 31 octobre 2025 et le "
                + "8 novembre 2025, d'après la date de référence).", message(f, "fr"));
        // A month reaches ten days either side, a year two months.
        DateMention month = counted(0, text, "Il y a trois semaines", TUESDAY.minusMonths(1),
                new Resolution.Counted(1, "month", true));
        assertEquals(List.of(), run("fr", month, mention(1, text, "3 novembre", DateKind.DATE,
                TUESDAY.minusMonths(1).plusDays(10), null, 3, null, false, true)));
        assertEquals(1, run("fr", month, mention(1, text, "3 novembre", DateKind.DATE,
                TUESDAY.minusMonths(1).plusDays(11), null, 3, null, false, true)).size());
    }

    /** A counted relative date ("il y a trois semaines") as the extractor gives it: the one day it counts to. */
    private static DateMention counted(int id, String text, String written, LocalDate day, Resolution.Counted how) {
        int at = text.indexOf(written);
        return new DateMention(id, Span.of(text, at, at + written.length()), DateKind.RELATIVE, day, day, null, null,
                day.getYear(), false, null, null, null, 0, null, false, how, 0, false);
    }

    @Test
    void aDateThenARelativeDateBesideItAreOneMomentToo() {
        String text = "On Nov. 3, yesterday, the council voted.";
        DateMention date = mention(0, text, "Nov. 3", DateKind.DATE, LocalDate.of(2025, 11, 3), null, 3, null, false, false);
        LocalDate yesterday = TUESDAY.minusDays(1);
        DateMention relative = mention(1, text, "yesterday", DateKind.RELATIVE, yesterday, yesterday, null, null,
                false, true);
        Finding f = only("date.relative", run("en", date, relative));
        assertEquals(date.span(), f.span());
        assertEquals("November 24", suggestion(f, "en"));
        // A range is no day to compare.
        DateMention range = mention(0, text, "Nov. 3", DateKind.RANGE, LocalDate.of(2025, 11, 3),
                LocalDate.of(2025, 11, 5), 3, null, false, false);
        assertEquals(List.of(), run("en", range, relative));
    }

    @Test
    void oneNamedEventGivenTwoDates() {
        String text = "Le Sommet de Belém (10 novembre) s'ouvre. Au Sommet de Belém, le 12 novembre, on votera.";
        int second = text.indexOf("Sommet de Belém", 10);
        DateMention d1 = mention(0, text, "10 novembre", DateKind.DATE, LocalDate.of(2025, 11, 10), null, 10, null, false, false);
        DateMention d2 = mention(1, text, "12 novembre", DateKind.DATE, LocalDate.of(2025, 11, 12), null, 12, null, false, false);
        DateEvent e1 = new DateEvent(0, "sommet de belem", Span.of(text, 3, 18));
        DateEvent e2 = new DateEvent(1, "sommet de belem", Span.of(text, second, second + 15));
        Finding f = only("date.two-dates", run("fr", d1, d2, e1, e2));
        assertEquals(d2.span(), f.span());
        assertEquals(List.of(d1.span()), f.related());
        assertEquals("10 novembre", f.suggestion());
        assertEquals("« Sommet de Belém » est daté du 12 novembre ici, mais du 10 novembre plus haut : même événement ?",
                message(f, "fr"));
        DateMention same = mention(1, text, "12 novembre", DateKind.DATE, LocalDate.of(2025, 11, 10), null, 10, null,
                false, false);
        assertEquals(List.of(), run("fr", d1, same, e1, e2));
        assertEquals(List.of(), run("fr", d1, d2, e1, new DateEvent(1, "salon de belem", e2.span())));
    }

    @Test
    void aNumberOfDaysThatDoesNotMatchTheRangeBesideIt() {
        String text = "Une grève de trois jours, du 3 au 6 mai.";
        LocalDate from = LocalDate.of(2026, 5, 3);
        LocalDate to = LocalDate.of(2026, 5, 6);
        DateMention wrong = mention(0, text, "trois jours", DateKind.DURATION, from, to, 3, null, false, false);
        Finding f = only("date.duration", run("fr", wrong));
        assertEquals(4, f.args().get("days"));
        assertEquals("« trois jours » : du 3 mai au 6 mai, cela fait 4 jours.", message(f, "fr"));
        assertEquals("4 jours", suggestion(f, "fr"));
        assertEquals("4 days", suggestion(only("date.duration", run("en", wrong)), "en"));
        assertEquals("1 jour", suggestion(only("date.duration", run("fr",
                mention(0, text, "trois jours", DateKind.DURATION, from, from, 3, null, false, false))), "fr"));
        assertTrue(run("fr", mention(0, text, "trois jours", DateKind.DURATION, from, to, 4, null, false, false)).isEmpty());
    }
}
