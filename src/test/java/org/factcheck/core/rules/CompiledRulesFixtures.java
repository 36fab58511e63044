package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.report.ReportWriter;

/**
 * What the tests of rules compiled, read back or compiled elsewhere share: a draft in which several rules find
 * something, its report under a rule set, and a rule file that does not compile.
 */
final class CompiledRulesFixtures {
    /** A draft with findings of several rules (a name spelled two ways, an unopened quotation, a weekday). */
    static final String DRAFT = """
            Le ministre Pierre Lacombe a visité l'usine mardi 26 novembre 2025.
            Tout est prêt' a déclaré Pierre Lacoste devant les ouvriers.
            Pierre Lacombe a promis une réponse avant la fin de l'année.
            """;
    /** The rules that find something in {@link #DRAFT}. */
    static final List<String> DRAFT_RULES = List.of("quote.unopened", "date.weekday", "name.spelling");
    /** A rule file whose condition does not parse, on its line 7 ({@code >>>}). */
    static final String BROKEN_DRL = """
            package factcheck.broken
            import org.factcheck.core.facts.Paragraph

            rule "broken rule"
                @id("broken.rule") @category("DUPLICATE") @severity("warning")
            when
                $p : Paragraph(wordCount >>> 3)
            then
            end
            """;

    private CompiledRulesFixtures() {
    }

    /** The report of {@link #DRAFT} under {@code rules}, as JSON. */
    static String report(RuleSet rules) throws Exception {
        CheckRequest request = new CheckRequest("draft.txt", DRAFT.getBytes(StandardCharsets.UTF_8), "fr",
                LocalDate.of(2025, 11, 27), Set.of(), Set.of(), "info");
        return ReportWriter.mapper().writeValueAsString(new Checker(rules).check(request));
    }

    /**
     * {@code actual} has the rules of {@code expected} and gives {@link #DRAFT} the same report, in which each of
     * {@link #DRAFT_RULES} finds something.
     */
    static void assertSameRulesAndFindings(RuleSet expected, RuleSet actual) throws Exception {
        assertEquals(expected.rules(), actual.rules());
        String report = report(expected);
        for (String rule : DRAFT_RULES) {
            assertTrue(report.contains("\"rule\" : \"" + rule + "\""), rule + " in " + report);
        }
        assertEquals(report, report(actual));
    }
}
