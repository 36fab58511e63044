package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.Draft;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.MarkRole;
import org.factcheck.core.facts.Paragraph;
import org.factcheck.core.facts.QuoteMark;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
    @TempDir
    Path temp;

    /** A copy of the project's rules folder, to break on purpose. */
    private Path copyOfRules() throws IOException {
        return TestSupport.copyOfRules(temp);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private RuleSetException refused(Path rules) {
        return assertThrows(RuleSetException.class, () -> RuleSet.load(RulesFolder.of(rules)));
    }

    @Test
    void everyShippedRuleDeclaresItsMetadataAndHasMessagesInBothLanguages() {
        RuleSet rules = TestSupport.rules();
        assertTrue(rules.rules().size() >= 5, "rules: " + rules.rules().keySet());
        assertEquals(java.util.Set.of("fr", "en"), rules.languages());
        for (RuleInfo r : rules.rules().values()) {
            assertEquals(List.of("en", "fr"), r.languages(), r.id());
            assertTrue(r.file().endsWith(".drl"), r.file());
        }
        assertEquals(Category.QUOTE, rules.rules().get("quote.unopened").category());
        assertEquals(Severity.ERROR, rules.rules().get("quote.unopened").severity());
    }

    @Test
    void aSyntaxErrorStopsLoadingWithFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("broken.drl"), CompiledRulesFixtures.BROKEN_DRL, StandardCharsets.UTF_8);
        RuleSetException e = refused(rules);
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("broken.drl:7:")), String.valueOf(e.problems()));
    }

    @Test
    void anUnknownTypeIsReportedWithItsFile() throws IOException {
        Path rules = copyOfRules();
        append(rules.resolve("quote.drl"), """

                rule "uses a fact that does not exist"
                    @id("quote.nothing") @category("QUOTE") @severity("error")
                when
                    NoSuchFact()
                then
                end
                """);
        RuleSetException e = refused(rules);
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("quote.drl:")), String.valueOf(e.problems()));
    }

    @Test
    void badMetadataAndMissingMessagesAreRefused() throws IOException {
        Path rules = copyOfRules();
        append(rules.resolve("quote.drl"), """

                rule "a rule with a bad category"
                    @id("quote.bad-category") @category("GRAMMAR") @severity("error")
                when
                    QuoteMark()
                then
                end

                rule "a rule with a bad severity"
                    @id("quote.bad-severity") @category("QUOTE") @severity("fatal")
                when
                    QuoteMark()
                then
                end

                rule "a rule reusing an id"
                    @id("quote.unopened") @category("QUOTE") @severity("error")
                when
                    QuoteMark()
                then
                end

                rule "a derivation rule with a category"
                    @category("QUOTE")
                when
                    QuoteMark()
                then
                end
                """);
        String problems = String.join("\n", refused(rules).problems());
        assertTrue(problems.contains("@category(GRAMMAR)"), problems);
        assertTrue(problems.contains("unknown severity 'fatal'"), problems);
        assertTrue(problems.contains("rule id 'quote.unopened' is already used"), problems);
        assertTrue(problems.contains("has @category or @severity but no @id"), problems);
        assertTrue(problems.contains("fr/messages.properties: no message for rule id 'quote.bad-category'"), problems);
        assertTrue(problems.matches("(?s).*quote\\.drl:\\d+: rule \"a rule with a bad category\".*"), problems);
    }

    @Test
    void aFolderWithoutRulesOrLanguagesIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("empty"));
        String problems = String.join("\n", refused(temp.resolve("empty")).problems());
        assertTrue(problems.contains("no .drl file") && problems.contains("no language folder"), problems);
    }

    @Test
    void thePackagedRulesLoadFromTheClassPath() throws RuleSetException {
        RuleSet packaged = RuleSet.load(RulesFolder.packaged());
        assertEquals(TestSupport.rules().rules().keySet(), packaged.rules().keySet());
    }

    @Test
    void theFolderIsChosenByOptionThenPropertyThenPackaged() throws IOException {
        Path rules = copyOfRules();
        String before = System.getProperty(RulesFolder.PROPERTY);
        try {
            System.setProperty(RulesFolder.PROPERTY, rules.toString());
            assertEquals(rules.toAbsolutePath(), RulesFolder.resolve(null).root());
            Path other = TestSupport.projectDir().resolve("rules");
            assertEquals(other.toAbsolutePath().normalize(), RulesFolder.resolve(other.toString()).root());
            System.clearProperty(RulesFolder.PROPERTY);
            if (System.getenv(RulesFolder.ENVIRONMENT) == null) {
                assertEquals("packaged rules", RulesFolder.resolve(" ").description());
            }
        } finally {
            if (before != null) {
                System.setProperty(RulesFolder.PROPERTY, before);
            } else {
                System.clearProperty(RulesFolder.PROPERTY);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> RulesFolder.of(temp.resolve("missing")));
    }

    @Test
    void factsInFindingsOut() {
        String text = "Il a dit : oui» et « non";
        Span close = Span.of(text, 14, 15);
        Span open = Span.of(text, 19, 20);
        List<Finding> findings = TestSupport.rules().run(List.of(
                new Draft("fr", LocalDate.of(2025, 11, 25), false),
                new QuoteMark(close, "»", MarkRole.CLOSE, null),
                new QuoteMark(open, "«", MarkRole.OPEN, null),
                new Paragraph(0, Span.of(text, 0, text.length()), text, 6, 0)), "fr");
        assertEquals(2, findings.size(), String.valueOf(findings));
        Finding unopened = findings.stream().filter(f -> f.rule().equals("quote.unopened")).findFirst().orElseThrow();
        assertEquals(close, unopened.span());
        assertEquals(Category.QUOTE, unopened.category());
        assertEquals(Severity.ERROR, unopened.severity());
        assertEquals("»", unopened.args().get("mark"));
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("quote.unclosed") && f.span().equals(open)));
    }

    @Test
    void aMalformedRegisterStopsStartUpWithItsLine() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("register.json"), "{\"persons\": [\n  {\"name\": \"Ada Byron\",\n   \"roles\": [}\n]}\n");
        RuleSetException e = refused(rules);
        assertTrue(e.getMessage().contains("register.json:3:"), e.getMessage());
    }

    @Test
    void aRegisterNameMustBeAFullName() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("register.json"), "{\"persons\": [{\"name\": \"Byron\"}]}");
        RuleSetException e = refused(rules);
        assertTrue(e.getMessage().contains("person 1: \"name\" must be a full name"), e.getMessage());
    }

    @Test
    void theRegisterIsOptionalAndItsEntriesAreRead() throws Exception {
        Path rules = copyOfRules();
        assertTrue(RuleSet.load(RulesFolder.of(rules)).register().stream()
                .anyMatch(e -> e.name().equals("Antony Blinken") && e.accepts("tony blinken")));
        Files.delete(rules.resolve("register.json"));
        assertEquals(List.of(), RuleSet.load(RulesFolder.of(rules)).register());
    }

    @Test
    void theRegisterSetsTheNewsroomsSeverityOfARule() throws Exception {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("register.json"), "{\"persons\": [], \"rules\": {"
                + "\"spelling.capital-accent\": \"warning\", \"quote.no-speaker\": \"on\", \"number.two-values\": \"off\"}}");
        RuleSet set = RuleSet.load(RulesFolder.of(rules));
        assertEquals(Severity.WARNING, set.rules().get("spelling.capital-accent").severity());
        assertTrue(set.rules().get("quote.no-speaker").onByDefault());
        assertTrue(!set.rules().get("number.two-values").onByDefault());
        String draft = "Les Etats membres et les Etats voisins discutent.\n\nLes États membres ont voté.\n";
        org.factcheck.core.report.Report report = new org.factcheck.core.Checker(set).check(
                new org.factcheck.core.CheckRequest("a.txt", draft.getBytes(StandardCharsets.UTF_8), "fr",
                        LocalDate.of(2026, 3, 2)));
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("spelling.capital-accent")
                && f.severity().equals("warning")), report.findings().toString());
        org.factcheck.core.report.Report shipped = TestSupport.checker().check(new org.factcheck.core.CheckRequest("a.txt",
                draft.getBytes(StandardCharsets.UTF_8), "fr", LocalDate.of(2026, 3, 2)));
        assertTrue(shipped.findings().stream().anyMatch(f -> f.rule().equals("spelling.capital-accent")
                && f.severity().equals("info")), shipped.findings().toString());
    }

    @Test
    void aRegisterSettingOfAnUnknownRuleOrValueStopsStartUp() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("register.json"),
                "{\"persons\": [], \"rules\": {\"spelling.nothing\": \"warning\"}}");
        RuleSetException e = refused(rules);
        assertTrue(e.getMessage().contains("no rule \"spelling.nothing\""), e.getMessage());
        Files.writeString(rules.resolve("register.json"),
                "{\"persons\": [], \"rules\": {\"quote.unclosed\": \"loud\"}}");
        e = refused(rules);
        assertTrue(e.getMessage().contains("\"quote.unclosed\" is set to \"loud\""), e.getMessage());
    }
}
