package org.factcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factcheck.core.report.Report;

import org.factcheck.TestSupport;
import org.factcheck.core.rules.RuleSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerTest {
    @Test
    void aPatternTemplateTheNewsroomBrokeRefusesTheFolderNamingItsLanguage(@TempDir Path dir) throws Exception {
        Path rules = TestSupport.copyOfRules(dir.resolve("rules"));
        Path patterns = rules.resolve("fr/figure-patterns.txt");
        String text = Files.readString(patterns);
        assertTrue(text.contains("\n@share | "), "the template broken below exists");
        Files.writeString(patterns, text.replaceFirst("\n@share \\| ", "\n@share | ((( "));

        RuleSetException e = assertThrows(RuleSetException.class, () -> Checker.open(rules));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("fr/: Unclosed group"), e.problems().get(0));
        assertTrue(Checker.open(TestSupport.projectDir().resolve("rules")).rules().size() > 20, "the project's own open");
    }

    @Test
    void aPartOfSpeechModelThatCannotBeReadRefusesTheFolderNamingIt(@TempDir Path dir) throws Exception {
        Path rules = TestSupport.copyOfRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("en/pos-model.bin"), "not a model");

        RuleSetException e = assertThrows(RuleSetException.class, () -> Checker.open(rules));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("en/pos-model.bin: "), e.problems().get(0));
    }

    /**
     * The rules' sessions are reused from one check to the next: a check leaves nothing to the next, on one thread
     * or several at once. A draft with a repeated paragraph and one without, checked in turns.
     */
    @Test
    void aCheckLeavesNothingToTheNext() throws Exception {
        Checker checker = Checker.open(TestSupport.projectDir().resolve("rules"));
        String first = "Le conseil municipal a voté le budget de la ville mardi soir après un long débat.";
        CheckRequest repeated = request(first + "\n\nLa maire a salué un budget responsable devant les élus.\n\n"
                + first + "\n");
        CheckRequest clean = request(first + "\n\nLa maire a salué un budget responsable devant les élus de la "
                + "majorité, qui l'ont voté sans amendement.\n");
        Report once = checker.check(repeated);
        assertTrue(once.findings().stream().anyMatch(f -> f.category().equals("DUPLICATE")), once.findings().toString());
        Report cleanOnce = checker.check(clean);
        assertTrue(cleanOnce.findings().stream().noneMatch(f -> f.category().equals("DUPLICATE")),
                cleanOnce.findings().toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                CheckRequest r = i % 2 == 0 ? repeated : clean;
                runs.add(pool.submit(() -> checker.check(r)));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertEquals((i % 2 == 0 ? once : cleanOnce).findings(), runs.get(i).get().findings(), "check " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static CheckRequest request(String text) {
        return new CheckRequest("draft.txt", text.getBytes(StandardCharsets.UTF_8), "fr", LocalDate.of(2025, 11, 25));
    }

    @Test
    void onDemandTheFirstDraftsLanguageIsBuiltWhileTheRulesLoadAndTheOthersAtTheirFirstDraft() throws Exception {
        String english = "The council voted the budget on Monday evening, and the mayor said the vote was a relief"
                + " for the whole district after months of talks.";
        String french = "Le conseil municipal a voté le budget lundi soir, et la maire a salué un vote attendu par"
                + " tout le quartier après des mois de discussions.";
        try (Parsing parsing = Parsing.inProcess(Parsing.DEFAULT_MAX_TEXT_CHARS)) {
            Checker detected = Checker.openForFirst(null, null, parsing, null, () -> english);
            assertEquals(java.util.Set.of("en"), detected.analyzed(), "detected in the first draft's text");
            Report r = detected.check(new CheckRequest("b.txt", french.getBytes(StandardCharsets.UTF_8), null,
                    LocalDate.of(2025, 11, 25)));
            assertEquals("fr", r.document().language());
            assertEquals(java.util.Set.of("en", "fr"), detected.analyzed(), "another language at its first draft");

            Checker given = Checker.openForFirst(null, null, parsing, "fr", () -> {
                throw new AssertionError("the text is not read when the language is given");
            });
            assertEquals(java.util.Set.of("fr"), given.analyzed());
            assertEquals(java.util.Set.of(), Checker.openForFirst(null, null, parsing, null, () -> null).analyzed(),
                    "not known: none");
            assertEquals(java.util.Set.of(), Checker.openForFirst(null, null, parsing, "de", () -> null).analyzed(),
                    "a language the rules lack: none (the check refuses it)");
        }
    }
}
