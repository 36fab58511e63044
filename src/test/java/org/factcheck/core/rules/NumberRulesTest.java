package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.ChangeDirection;
import org.factcheck.core.facts.Draft;
import org.factcheck.core.facts.Figure;
import org.factcheck.core.facts.FigureKind;
import org.factcheck.core.facts.FigureRole;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

/**
 * number.drl, facts in and findings out: figures built by hand, and the derivation of two levels of one quantity
 * (TwoLevels) that differ beyond rounding.
 */
class NumberRulesTest {
    /** A text long enough for the spans of these tests: each figure stands at 10 × its id. */
    private static final String TEXT = "x".repeat(200);

    private static List<Finding> run(String language, Object... facts) {
        List<Object> all = new ArrayList<>(List.of(new Draft(language, LocalDate.of(2025, 11, 25), false)));
        all.addAll(List.of(facts));
        return TestSupport.rules().run(all, language);
    }

    private static Span at(int id) {
        return Span.of(TEXT, id * 10, id * 10 + 5);
    }

    /** A plain percentage of {@code key} in sentence {@code sentence}. */
    private static Figure level(int id, int sentence, double value, int decimals, String key) {
        return new Figure(id, at(id), FigureKind.PERCENT, value, decimals, null, null, "le " + key, false, sentence, sentence,
                false, key, "", FigureRole.LEVEL, null, null, false, "");
    }

    private static Figure share(int id, int sentence, double value, String whole, boolean contrasted) {
        return new Figure(id, at(id), FigureKind.PERCENT, value, 0, null, null, "des " + whole, true, sentence, sentence,
                contrasted, whole, "", FigureRole.SHARE, null, null, false, "");
    }

    private static Figure change(int id, double value, ChangeDirection direction, String key) {
        return new Figure(id, at(id), FigureKind.PERCENT, value, 0, null, null, "les " + key, false, 5, 5, false, key, "",
                FigureRole.CHANGE, "réduit", direction, false, "");
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void aShareWhosePercentageIsNotXOutOfY() {
        Figure wrong = new Figure(0, at(0), FigureKind.SHARE, 35, 0, new Figure.Share(12, 40), null, null, false, 0,
                0, false, null, "", FigureRole.SHARE, null, null, false, "");
        List<Finding> findings = run("fr", wrong);
        assertEquals(List.of("number.share"), rules(findings));
        Finding f = findings.get(0);
        assertEquals(Category.NUMBER, f.category());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(at(0), f.span());
        assertEquals(30.0, f.args().get("computed"));
        assertEquals("number.share.suggestion", f.suggestionKey());
        // Half a point of slack.
        Figure rounded = new Figure(0, at(0), FigureKind.SHARE, 30.4, 0, new Figure.Share(12, 40), null, null, false,
                0, 0, false, null, "", FigureRole.SHARE, null, null, false, "");
        assertEquals(List.of(), run("fr", rounded));
    }

    @Test
    void aChangeInPointsThatIsNotTheDifference() {
        Figure wrong = new Figure(0, at(0), FigureKind.CHANGE, 7, 0, null, new Figure.Shift(20, 12), null, false, 0,
                0, false, null, "", FigureRole.BEFORE_AFTER, null, null, false, "");
        List<Finding> findings = run("en", wrong);
        assertEquals(List.of("number.points"), rules(findings));
        assertEquals(8.0, findings.get(0).args().get("computed"));
        assertEquals("number.points.suggestion", findings.get(0).suggestionKey());
        Figure right = new Figure(0, at(0), FigureKind.CHANGE, 8, 0, null, new Figure.Shift(20, 12), null, false, 0,
                0, false, null, "", FigureRole.BEFORE_AFTER, null, null, false, "");
        assertEquals(List.of(), run("en", right));
    }

    @Test
    void aShareOfOneWholeAbove100() {
        List<Finding> findings = run("fr", share(0, 0, 120, "voix", false));
        assertEquals(List.of("number.over-100"), rules(findings));
        assertEquals("des voix", findings.get(0).args().get("quantity"));
        assertEquals(List.of(), run("fr", level(0, 0, 120, 0, "croissance")));
    }

    @Test
    void sharesOfOneWholeThatAddUpPast100() {
        List<Finding> findings = run("fr", share(0, 2, 60, "voix", false), share(1, 2, 50, "voix", false));
        assertEquals(List.of("number.shares-sum"), rules(findings));
        // On the share that takes the sum past 100, the first beside it.
        assertEquals(at(1), findings.get(0).span());
        assertEquals(List.of(at(0)), findings.get(0).related());
        assertEquals(110.0, findings.get(0).args().get("sum"));
        assertEquals(Severity.WARNING, findings.get(0).severity());
        // Set against each other, in two sentences, or within half a point of 100: no finding.
        assertEquals(List.of(), run("fr", share(0, 2, 60, "voix", true), share(1, 2, 50, "voix", true)));
        assertEquals(List.of(), run("fr", share(0, 2, 60, "voix", false), share(1, 3, 50, "voix", false)));
        assertEquals(List.of(), run("fr", share(0, 2, 50, "voix", false), share(1, 2, 50.4, "voix", false)));
    }

    @Test
    void twoLevelsOfOneQuantityBeyondRounding() {
        List<Finding> findings = run("fr", level(0, 0, 7, 0, "taux de chomage"), level(1, 1, 7.6, 1, "taux de chomage"));
        assertEquals(List.of("number.two-values"), rules(findings));
        Finding f = findings.get(0);
        assertEquals(at(1), f.span());
        assertEquals(List.of(at(0)), f.related());
        assertEquals(Map.of("quantity", "le taux de chomage", "first", 7.0, "second", 7.6, "difference", 0.6),
                f.args());
        // Within the rounding of the less precise one (7 % may be 7,4 %; 7,45 % may be 7,5 %).
        assertEquals(List.of(), run("fr", level(0, 0, 7, 0, "taux de chomage"), level(1, 1, 7.4, 1, "taux de chomage")));
        assertEquals(List.of(), run("fr", level(0, 0, 7.45, 2, "taux de chomage"), level(1, 1, 7.5, 1, "taux de chomage")));
        // Other quantities, or one sentence: no pair.
        assertEquals(List.of(), run("fr", level(0, 0, 7, 0, "taux de chomage"), level(1, 1, 9, 0, "inflation")));
        assertEquals(List.of(), run("fr", level(0, 3, 7, 0, "taux de chomage"), level(1, 3, 9, 0, "taux de chomage")));
    }

    @Test
    void levelsOfOtherTimesOrApproximateAreNotCompared() {
        Figure later = new Figure(1, at(1), FigureKind.PERCENT, 9, 0, null, null, "le taux", false, 1, 1, false, "taux",
                "", FigureRole.LEVEL, null, null, false, "2024");
        assertEquals(List.of(), run("fr", level(0, 0, 7, 0, "taux"), later));
        Figure approximate = new Figure(1, at(1), FigureKind.PERCENT, 9, 0, null, null, "le taux", false, 1, 1, false,
                "taux", "", FigureRole.LEVEL, null, null, true, "");
        assertEquals(List.of(), run("fr", level(0, 0, 7, 0, "taux"), approximate));
        // The first level is the one others are compared with: two findings against it, none between the later two.
        List<Finding> findings = run("en", level(0, 0, 7, 0, "taux"), level(1, 1, 9, 0, "taux"), level(2, 2, 11, 0, "taux"));
        assertEquals(List.of(at(0), at(0)), findings.stream().map(x -> x.related().get(0)).toList());
    }

    @Test
    void aChangeInPercentOfALevelInPercent() {
        List<Finding> findings = run("fr", level(0, 0, 20, 0, "droits de douane"),
                change(1, 10, ChangeDirection.DOWN, "droits de douane"));
        assertEquals(List.of("number.percent-vs-points"), rules(findings));
        Finding f = findings.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(at(1), f.span());
        assertEquals(List.of(at(0)), f.related());
        assertEquals(2.0, f.args().get("points"));
        assertEquals(18.0, f.args().get("relative"));
        assertEquals(10.0, f.args().get("absolute"));
        assertEquals(20.0, f.args().get("level"));
        // At 100 %, both readings agree; up past 100 % in points, the reading in points is impossible.
        assertEquals(List.of(), run("fr", level(0, 0, 100, 0, "droits de douane"),
                change(1, 10, ChangeDirection.DOWN, "droits de douane")));
        assertEquals(List.of(), run("fr", level(0, 0, 95, 0, "droits de douane"),
                change(1, 10, ChangeDirection.UP, "droits de douane")));
    }

    @Test
    void messagesWriteTheNumbersAndTheirPlurals() {
        Finding f = run("fr", level(0, 0, 7, 0, "taux"), level(1, 1, 8.5, 1, "taux")).get(0);
        assertEquals("« le taux » : 8,5 % ici, mais 7 % plus haut, soit 1,5 point d'écart ; même quantité, même moment ?",
                TestSupport.rules().pack("fr").messages().format(f.rule(), f.args()));
        f = run("en", level(0, 0, 7, 0, "rate"), level(1, 1, 8.5, 1, "rate")).get(0);
        assertEquals("\"le rate\": 8.5% here, but 7% earlier, 1.5 points apart: same quantity, same time?",
                TestSupport.rules().pack("en").messages().format(f.rule(), f.args()));
    }
}
