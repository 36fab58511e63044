package org.factcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a truth file, and the message for each way it can be wrong. */
class TruthFileTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            {"file": "drafts/bus.txt", "language": "en", "referenceDate": "2025-03-04",
             "planted": [{"category": "DUPLICATE", "text": "The lanes", "note": "twice"}]}""";

    @Test
    void readsEntriesResolvedAgainstItsFolder() throws Exception {
        Path truth = EvalDrafts.write(dir, "[" + GOOD + ",\n"
                + "{\"file\": \"drafts/park.txt\", \"language\": \"fr\", \"referenceDate\": \"2024-02-29\", \"planted\": [],"
                + " \"comment\": \"unknown fields are ignored\"}]");
        TruthFile t = TruthFile.read(truth);
        assertEquals(2, t.entries().size());
        TruthEntry first = t.entries().get(0);
        assertEquals(1, first.number());
        assertEquals("drafts/bus.txt", first.file());
        assertEquals(dir.resolve("drafts/bus.txt").toAbsolutePath(), first.path());
        assertEquals(LocalDate.of(2025, 3, 4), first.referenceDate());
        assertEquals(List.of(new Planted("DUPLICATE", "The lanes", "twice")), first.planted());
        assertTrue(t.entries().get(1).control());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "not JSON            | [{\"file\": ]          | not valid JSON at line 1, column 11",
        "not a list          | {\"file\": \"a\"}     | expected a JSON list of entries, found an object",
        "empty list          | []                     | the list of entries is empty",
        "empty file          | ``                     | expected a JSON list of entries, found nothing",
        "entry not an object | [\"drafts/bus.txt\"]   | entry 1: expected an object, found a string",
    })
    void aBadFileIsNamed(String name, String json, String message) throws Exception {
        Path truth = EvalDrafts.write(dir, json);
        TruthFileException e = assertThrows(TruthFileException.class, () -> TruthFile.read(truth));
        assertTrue(e.getMessage().startsWith(truth + ": " + message), e.getMessage());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"file\": \"drafts/bus.txt\"                   | \"file\": \"drafts/gone.txt\"        | entry 2 (drafts/gone.txt): \"file\": no such draft",
        "\"file\": \"drafts/bus.txt\"                   | \"file\": \"drafts\"                 | entry 2 (drafts): \"file\": ",
        "\"file\": \"drafts/bus.txt\",                  | ''                                  | entry 2: \"file\" is missing",
        "\"file\": \"drafts/bus.txt\"                   | \"file\": 3                          | entry 2: \"file\": expected a string, found a number",
        "\"language\": \"en\"                           | \"language\": \"de\"                 | entry 2 (drafts/bus.txt): \"language\": \"de\" is not fr or en",
        "\"referenceDate\": \"2025-03-04\"              | \"referenceDate\": \"2025-02-30\"     | entry 2 (drafts/bus.txt): \"referenceDate\": \"2025-02-30\" is not a date (YYYY-MM-DD)",
        "\"referenceDate\": \"2025-03-04\"              | \"referenceDate\": \"4 March 2025\"   | entry 2 (drafts/bus.txt): \"referenceDate\": \"4 March 2025\" is not a date",
        "\"category\": \"DUPLICATE\"                    | \"category\": \"duplicate\"          | entry 2 (drafts/bus.txt): \"planted\" 1: \"category\": unknown category \"duplicate\" (expected one of TITLE, NUMBER, NAME, DATE, QUOTE, SPELLING, DUPLICATE)",
        "\"text\": \"The lanes\"                        | \"text\": \" \"                      | entry 2 (drafts/bus.txt): \"planted\" 1: \"text\" is empty",
        "\"note\": \"twice\"                            | \"note\": 2                          | entry 2 (drafts/bus.txt): \"planted\" 1: \"note\": expected a string, found a number",
        "\"planted\": [{\"category\": \"DUPLICATE\", \"text\": \"The lanes\", \"note\": \"twice\"}] | \"planted\": {} | entry 2 (drafts/bus.txt): \"planted\": expected a list of planted errors ([] for a control), found an object",
    })
    void aBadEntryIsNamedWithItsField(String replace, String by, String message) throws Exception {
        String bad = GOOD.replace(replace.strip(), by.strip());
        assertTrue(!bad.equals(GOOD), "the test replaces something");
        Path truth = EvalDrafts.write(dir, "[" + GOOD + ",\n" + bad + "]");
        TruthFileException e = assertThrows(TruthFileException.class, () -> TruthFile.read(truth));
        assertTrue(e.getMessage().startsWith(truth + ": " + message), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void aMissingTruthFileIsNamed() {
        Path truth = dir.resolve("nope.json");
        TruthFileException e = assertThrows(TruthFileException.class, () -> TruthFile.read(truth));
        assertEquals(truth + ": no such file", e.getMessage());
    }

    @Test
    void aNoteIsOptional() throws Exception {
        Path truth = EvalDrafts.write(dir, "[" + GOOD.replace(", \"note\": \"twice\"", "") + "]");
        assertEquals("", TruthFile.read(truth).entries().get(0).planted().get(0).note());
        assertTrue(Files.exists(truth));
    }
}
