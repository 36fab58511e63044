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
}
