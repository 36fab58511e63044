package org.factcheck.core.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.CheckRequest;
import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.analysis.Analysis;
import org.factcheck.core.facts.DateEvent;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.report.Report;
import org.factcheck.core.text.Annotator;
import org.junit.jupiter.api.Test;

/** Date recognition and resolution, on sentences written for these tests. */
class DatesTest {
    private static final LocalDate REF = LocalDate.of(2025, 11, 25);

    private static List<String> dates(String language, String text, LocalDate reference) {
        return TestSupport.analyze(text, language, reference).dates().stream()
                .map(DatesTest::describe).toList();
    }

    private static String describe(DateMention d) {
        String value = d.date() == null ? "none" : d.end() != null ? d.date() + "/" + d.end() : d.date().toString();
        return d.kind().key() + " " + d.span().text() + " = " + value + (d.holiday() != null ? " " + d.holiday() + "@" + d.calendar() : "");
    }

    @Test
    void frenchDatesWithAndWithoutYearWeekdaysAndRanges() {
        assertEquals(List.of(
                        "date le mardi 25 novembre 2025 = 2025-11-25".replace("le ", ""),
                        "date 1er mai = 2026-05-01",
                        "range du 3 au 5 mai 2026 = 2026-05-03/2026-05-05",
                        "date 27/11/2025 = 2025-11-27",
                        "date 2025-12-02 = 2025-12-02"),
                dates("fr", "Réunion le mardi 25 novembre 2025. Fête le 1er mai. Salon du 3 au 5 mai 2026. "
                        + "Échéance le 27/11/2025, puis le 2025-12-02.", REF));
    }

    @Test
    void englishDatesInBothOrders() {
        assertEquals(List.of("date Thursday, Nov. 27 = 2025-11-27", "date 3 December 2025 = 2025-12-03",
                        "date November 30th = 2025-11-30"),
                dates("en", "The vote is on Thursday, Nov. 27. The report is due 3 December 2025. It ends November 30th.", REF));
    }

    @Test
    void aYearNotWrittenIsTheNearestToTheReferenceDate() {
        assertEquals(List.of("date 5 janvier = 2026-01-05", "date 2 octobre = 2025-10-02"),
                dates("fr", "Il reviendra le 5 janvier. Il était venu le 2 octobre.", REF));
    }

    @Test
    void holidaysTakeTheDateGivenBesideThemAndTheirCalendar() {
        assertEquals(List.of("holiday Thanksgiving (27 novembre) = 2025-11-27 THANKSGIVING@us"),
                dates("fr", "Un accord est attendu avant Thanksgiving (27 novembre).", REF));
        assertEquals(List.of("holiday Thanksgiving (Oct. 13) = 2025-10-13 THANKSGIVING@ca/on"),
                dates("en", "Shops opened late for Canadian Thanksgiving (Oct. 13) this year.", REF));
    }

    @Test
    void aHolidayTakesADateAFewLinkingWordsAwayOnEitherSideButNotADayMovedFromIt() {
        assertEquals(List.of("holiday Toussaint, qui tombe cette année le lundi 2 novembre = 2026-11-02 ALL_SAINTS@fr"),
                dates("fr", "Les équipes sont renforcées pour la Toussaint, qui tombe cette année le lundi 2 novembre.",
                        LocalDate.of(2026, 10, 20)));
        assertEquals(List.of("holiday Monday, May 18, the Memorial Day = 2026-05-18 MEMORIAL_DAY@us"),
                dates("en", "Parks stay open on Monday, May 18, the Memorial Day holiday.", LocalDate.of(2026, 5, 4)));
        // Words that are not links, a figure, or a day moved from the holiday leave the date to itself.
        for (String moved : List.of("La grève pendant l'Ascension a été fixée au mardi 12 mai.",
                "Les magasins ouvrent la veille de Noël, le 24 décembre.",
                "Deux jours après Pâques, le mardi 7 avril, tout reprend.")) {
            assertEquals(List.of(), dates("fr", moved, LocalDate.of(2026, 3, 1)).stream()
                    .filter(x -> x.startsWith("holiday")).toList(), moved);
        }
    }

    @Test
    void yearsCountedBetweenAnAgeOrATimeAgoAndItsYear() {
        List<String> gaps = TestSupport.analyze("Née en 1968, la présidente, âgée de 51 ans, arrive. Née en 1968, elle "
                + "fut élue en 1995, âgée de 27 ans. Il y a 20 ans, en 1996, elle créait une association. Le 34e "
                + "anniversaire de la loi de 1992 approche. Le 59e anniversaire de la princesse, morte en 1997, passa. Un "
                + "adjoint né en 1950 arrive. Sa collaboratrice, âgée de 40 ans, suit.", "fr", LocalDate.of(2026, 3, 4))
                .yearGaps().stream().map(g -> g.kind() + " " + g.years() + " " + g.from() + "→" + g.to()).toList();
        // The age of the second sentence counts to its other year; the anniversary of a person with a comma between is
        // none; a year of birth and an age in two sentences may be two persons'.
        assertEquals(List.of("AGE 51 1968→null", "AGE 27 1968→1995", "AGO 20 1996→null", "ANNIVERSARY 34 1992→null"),
                gaps);
        assertEquals(List.of("AGO 30 1986→null", "AGE 57 1968→null"), TestSupport.analyze("Thirty years ago, in 1986, she "
                + "founded a charity. Born in 1968, the chair, aged 57, spoke.", "en", LocalDate.of(2026, 3, 4))
                .yearGaps().stream().map(g -> g.kind() + " " + g.years() + " " + g.from() + "→" + g.to()).toList());
    }

    @Test
    void anEventIsANamedOrADefiniteNounPhraseBeforeItsDate() {
        Analysis a = TestSupport.analyze("Le prochain forum de Séoul sur la sécurité maritime, prévu le 3 juillet, "
                + "réunira vingt pays. Lors du forum de Séoul, le 8 juillet, la France parlera. Une réunion, le 4 "
                + "juillet, puis une autre réunion, le 9 juillet. Le ministre, le 5 juillet, a parlé.", "fr",
                LocalDate.of(2026, 6, 1));
        assertEquals(List.of("forum de seoul", "forum de seoul"), a.dateEvents().stream().map(DateEvent::key).toList());
        Analysis en = TestSupport.analyze("The inquest into the ferry crash, scheduled for June 8, will last a week. "
                + "The vote on June 9 follows.", "en", LocalDate.of(2026, 6, 1));
        assertEquals(List.of("inquest into ferry crash", "vote"), en.dateEvents().stream().map(DateEvent::key).toList());
    }

    @Test
    void timesAreNotYearsAndTheHolidayInsideALongerNameIsNotTheHoliday() {
        assertEquals(List.of("date Friday, 25 February = 2026-02-25"),
                dates("en", "Kick-off is on Friday, 25 February 2000 GMT at the stadium.", REF));
        assertEquals(List.of(), dates("en", "They marked Holocaust Memorial Day on 27 January.", REF).stream()
                .filter(s -> s.startsWith("holiday")).toList());
    }

    @Test
    void theReferenceDateComesFromADatelineWhenNothingElseGivesIt() throws Exception {
        String text = "PARIS, 26 juin 2012 (AFP) - Le conseil a voté aujourd'hui mardi une réforme des transports.";
        Report r = TestSupport.checker().check(new CheckRequest("d.txt", text.getBytes(StandardCharsets.UTF_8), "fr", null));
        assertEquals("2012-06-26", r.document().referenceDate());
        assertEquals("dateline", r.document().referenceDateSource());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.category().equals("DATE")).toList());
        DateExtractor x = new DateExtractor(TestSupport.rules().lexicon("en"));
        Annotator en = new Annotator(TestSupport.rules().lexicon("en"));
        assertEquals(LocalDate.of(2025, 11, 24),
                x.dateline(en.annotate("WASHINGTON, Nov. 24 (Reuters) - The Senate voted."), REF));
        assertNull(x.dateline(en.annotate("The Senate voted on Monday - a surprise to many."), REF));
    }

    @Test
    void relativeDatesPartsOfMonthsAndMonthsOfAYearAreSpansOfDays() {
        LocalDate monday = LocalDate.of(2025, 11, 24);
        // A counted relative date is the day it counts to; date.drl gives it its slack (DateRulesTest, and below).
        assertEquals(List.of(
                        "relative Il y a trois semaines = 2025-11-03/2025-11-03",
                        "relative hier = 2025-11-23/2025-11-23",
                        "relative mercredi dernier = 2025-11-19/2025-11-19",
                        "range fin novembre = 2025-11-21/2025-11-30",
                        "range novembre 2024 = 2024-11-01/2024-11-30",
                        "relative la semaine prochaine = 2025-12-01/2025-12-07"),
                dates("fr", "Il y a trois semaines, tout a commencé. Il est venu hier, et mercredi dernier. "
                        + "Les travaux finiront fin novembre, comme en novembre 2024. Suite la semaine prochaine.", monday));
        assertEquals(List.of("relative three weeks ago = 2025-11-03/2025-11-03", "relative last Wednesday = 2025-11-19/2025-11-19",
                        "range mid-December = 2025-12-11/2025-12-20"),
                dates("en", "It began three weeks ago. He came last Wednesday. Work ends by mid-December.", monday));
    }

    @Test
    void theReportShowsTheDaysARelativeDateReachesAsTheRulesDerivedThem() throws Exception {
        String text = "It began three weeks ago. He came yesterday.";
        Report r = TestSupport.checker().check(new CheckRequest("d.txt", text.getBytes(StandardCharsets.UTF_8), "en",
                LocalDate.of(2025, 11, 24)));
        assertEquals(List.of("three weeks ago 2025-10-30/2025-11-07 3 weeks before the reference date, give or take 4 days",
                        "yesterday 2025-11-23/2025-11-23 day -1 from the reference date"),
                r.dates().stream().map(d -> d.text() + " " + d.value() + " " + d.resolution()).toList());
    }

    @Test
    void theTenseOfTheSentenceChoosesTheSideOfTheReferenceDate() {
        assertEquals(List.of("date 20 décembre = 2024-12-20", "date 20 décembre = 2025-12-20", "date 20 décembre = 2025-12-20"),
                dates("fr", "Le premier concert avait eu lieu le 20 décembre. Le prochain concert sera donné le 20 décembre. "
                        + "Le concert est le 20 décembre.", REF));
        assertEquals(List.of("date Oct. 2 = 2025-10-02", "date Oct. 2 = 2026-10-02"),
                dates("en", "The vote was held on Oct. 2. The next vote will be held on Oct. 2.", REF));
    }

    @Test
    void numericDatesFollowTheLanguagesOrderAndEnglishReadsDayFirstWhenTheMonthCannotBe() {
        assertEquals(List.of("date 05/06/2025 = 2025-06-05", "date 13/05/2025 = 2025-05-13"),
                dates("fr", "Le 05/06/2025, puis le 13/05/2025, puis le 05/13/2025.", REF));
        assertEquals(List.of("date 05/06/2025 = 2025-05-06", "date 13/05/2025 = 2025-05-13", "date 05/13/2025 = 2025-05-13"),
                dates("en", "On 05/06/2025, then on 13/05/2025, then on 05/13/2025.", REF));
    }

    @Test
    void aRelativeDateAndTheDateBesideItAreMarkedBeside() {
        List<DateMention> found = TestSupport.analyze("Hier, le 3 novembre, puis le 9 novembre.", "fr", REF).dates();
        assertEquals(List.of(false, true, false), found.stream().map(DateMention::beside).toList());
    }
}
