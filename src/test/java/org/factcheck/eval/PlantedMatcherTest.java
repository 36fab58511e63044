package org.factcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.factcheck.core.report.DocumentInfo;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.factcheck.core.report.ReportSpan;
import org.factcheck.eval.PlantedMatcher.Range;
import org.junit.jupiter.api.Test;

/** The matching rule of score.py: occurrences of a planted text, overlaps, what counts. */
class PlantedMatcherTest {
    private static Report report(String text, int words, ReportFinding... findings) {
        DocumentInfo info = new DocumentInfo(null, "fr", "option", "2025-03-04", "option", "text/plain", null, words, null, null);
        return new Report("draft.txt", info, text, List.of(findings), List.of(), List.of(), List.of(), List.of());
    }

    private static ReportFinding finding(String category, String severity, int start, int end, ReportSpan... related) {
        return new ReportFinding("f1", category.toLowerCase() + ".rule", category, severity, "message", start, end,
                "text", List.of(related), null);
    }

    private static TruthEntry entry(Planted... planted) {
        return new TruthEntry(1, "d.txt", Path.of("d.txt"), "fr", LocalDate.of(2025, 3, 4), List.of(planted));
    }

    @Test
    void whiteSpaceIsLooseButRequired() {
        String text = "Le coût : 12\u00a0millions\n  d'euros, puis 12\u202fmillions d'euros.";
        assertEquals(List.of(new Range(10, 31), new Range(38, 57)),
                PlantedMatcher.occurrences("12 millions d'euros", text), "no-break spaces and a line break");
        assertEquals(List.of(new Range(10, 32)), PlantedMatcher.occurrences("  12   millions\td'euros, ", text),
                "the planted text's own white space is loose too");
        assertEquals(List.of(), PlantedMatcher.occurrences("12millions", text), "a space in the text is not optional");
        assertEquals(List.of(), PlantedMatcher.occurrences("12 millions", "12millions"), "nor one in the planted text");
        assertEquals(List.of(new Range(0, 5)), PlantedMatcher.occurrences("a b", "a\u2009\u3000\u2028b"),
                "thin, ideographic and line-separator spaces are white space");
        assertEquals(List.of(), PlantedMatcher.occurrences("a b", "a\u200bb"), "a zero-width space is not");
        assertEquals(List.of(), PlantedMatcher.occurrences(" \u00a0 ", "a b"), "a blank planted text occurs nowhere");
    }

    @Test
    void curlyAndStraightQuotesMatchEachOtherOneForOne() {
        String text = "« C’est “fini” », dit-il. C'est \"fini\".";
        assertEquals(List.of(new Range(2, 14), new Range(26, 38)),
                PlantedMatcher.occurrences("C'est \"fini\"", text));
        assertEquals(List.of(new Range(2, 14), new Range(26, 38)),
                PlantedMatcher.occurrences("C’est “fini”", text));
        assertEquals(List.of(), PlantedMatcher.occurrences("«fini»", "\"fini\""), "guillemets are not folded");
    }

    @Test
    void thePlantedTextIsNfcNormalized() {
        String nfd = "I\u0302le-de-France";
        assertEquals(List.of(new Range(3, 16)), PlantedMatcher.occurrences(nfd, "En \u00cele-de-France"));
        assertEquals(List.of(), PlantedMatcher.occurrences("Ile-de-France", "En \u00cele-de-France"),
                "an accent is not folded away");
        assertEquals(List.of(), PlantedMatcher.occurrences("île-de-france", "En \u00cele-de-France"), "case counts");
    }

    @Test
    void offsetsAreCodePointsLikeTheReports() {
        String text = "\ud83d\udcf0 Le maire, Karim Benaïssa, a parlé.";
        assertEquals(List.of(new Range(2, 26)), PlantedMatcher.occurrences("Le maire, Karim Benaïssa", text),
                "the emoji before counts one");
        FileResult r = PlantedMatcher.score(entry(new Planted("TITLE", "Le maire, Karim Benaïssa", "")),
                report(text, 7, finding("TITLE", "error", 25, 26)));
        assertTrue(r.planted().get(0).found(), "a finding on the last code point overlaps");
        r = PlantedMatcher.score(entry(new Planted("TITLE", "Le maire, Karim Benaïssa", "")),
                report(text, 7, finding("TITLE", "error", 26, 27)));
        assertFalse(r.planted().get(0).found(), "one past the end does not");
    }

    @Test
    void anEmptySpanTouchesWhatContainsItEndsIncluded() {
        Range occurrence = new Range(10, 20);
        assertTrue(PlantedMatcher.overlaps(new Range(10, 10), occurrence));
        assertTrue(PlantedMatcher.overlaps(new Range(15, 15), occurrence));
        assertTrue(PlantedMatcher.overlaps(new Range(20, 20), occurrence));
        assertFalse(PlantedMatcher.overlaps(new Range(9, 9), occurrence));
        assertFalse(PlantedMatcher.overlaps(new Range(21, 21), occurrence));
        assertFalse(PlantedMatcher.overlaps(new Range(5, 10), occurrence), "a span ending where it starts");
        assertFalse(PlantedMatcher.overlaps(new Range(20, 25), occurrence), "a span starting where it ends");
        assertTrue(PlantedMatcher.overlaps(new Range(19, 25), occurrence));
        assertTrue(PlantedMatcher.overlaps(new Range(0, 40), occurrence));
    }

    @Test
    void aRelatedSpanFindsThePlantedError() {
        String text = "Première phrase répétée ici. Autre chose. Première phrase répétée ici.";
        Planted dup = new Planted("DUPLICATE", "Première phrase répétée ici.", "");
        FileResult r = PlantedMatcher.score(entry(dup), report(text, 10,
                finding("DUPLICATE", "warning", 29, 40, new ReportSpan(42, 45, "Pre"))));
        assertTrue(r.planted().get(0).found(), "the related span overlaps the second occurrence");
        assertEquals(List.of("duplicate.rule"), r.planted().get(0).by());
        assertEquals(1, r.matchedFindings());
        assertEquals(List.of(), r.falsePositives());
    }

    @Test
    void aFindingOfAnotherCategoryIsAFalsePositive() {
        String text = "Le maire, Karim Benaïssa, a parlé.";
        Planted title = new Planted("TITLE", "Le maire, Karim Benaïssa", "He is the first deputy.");
        FileResult r = PlantedMatcher.score(entry(title), report(text, 6, finding("NAME", "error", 10, 24)));
        assertFalse(r.planted().get(0).found());
        assertTrue(r.planted().get(0).locatable());
        assertEquals(1, r.findings());
        assertEquals(0, r.matchedFindings());
        assertEquals(1, r.falsePositives().size());
        FileResult.FalsePositive fp = r.falsePositives().get(0);
        assertEquals("NAME", fp.category());
        assertEquals(10, fp.start());
        assertEquals(24, fp.end());
    }

    @Test
    void infoFindingsDoNotCountEitherWay() {
        String text = "Le maire, Karim Benaïssa, a parlé.";
        Planted title = new Planted("TITLE", "Le maire, Karim Benaïssa", "");
        FileResult r = PlantedMatcher.score(entry(title), report(text, 6,
                finding("TITLE", "info", 0, 8), finding("QUOTE", "info", 26, 33)));
        assertFalse(r.planted().get(0).found(), "an info finding finds nothing");
        assertEquals(0, r.findings());
        assertEquals(List.of(), r.falsePositives(), "and is no false alarm");
        r = PlantedMatcher.score(entry(title), report(text, 6, finding("TITLE", "WARNING", 0, 8)));
        assertTrue(r.planted().get(0).found(), "severity compared without case");
    }

    @Test
    void oneFindingMayFindTwoPlantedErrorsAndCountsOnce() {
        String text = "Le maire, Karim Benaïssa, a parlé.";
        FileResult r = PlantedMatcher.score(entry(new Planted("NAME", "Karim", ""), new Planted("NAME", "Benaïssa", "")),
                report(text, 6, finding("NAME", "error", 10, 24)));
        assertTrue(r.planted().get(0).found());
        assertTrue(r.planted().get(1).found());
        assertEquals(1, r.findings());
        assertEquals(1, r.matchedFindings());
    }

    @Test
    void aPlantedTextNotInTheReportIsNotLocatable() {
        FileResult r = PlantedMatcher.score(entry(new Planted("NAME", "Nadine Perret", "")),
                report("Nathalie Perret a voté.", 4));
        assertFalse(r.planted().get(0).locatable());
        assertFalse(r.planted().get(0).found());
    }

    @Test
    void wordsAreTheReportsElseTheTextsAndAnUnreadableDraftHasNone() {
        assertEquals(42, PlantedMatcher.score(entry(), report("Un deux trois.", 42)).words());
        assertEquals(3, PlantedMatcher.score(entry(), report("Un\u00a0deux  trois.", 0)).words());
        FileResult u = PlantedMatcher.unreadable(entry(new Planted("NAME", "Perret", "")),
                new FileResult.DraftError("empty", "the file is empty"));
        assertFalse(u.readable());
        assertEquals(0, u.words());
        assertFalse(u.planted().get(0).found());
        assertFalse(u.planted().get(0).locatable());
    }
}
