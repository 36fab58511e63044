package org.factcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
