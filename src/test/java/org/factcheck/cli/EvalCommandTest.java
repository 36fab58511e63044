package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.eval.EvalDrafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} run in-process, as {@code java -jar factcheck-cli.jar eval} would run it. */
class EvalCommandTest {
    @TempDir
    Path dir;
    private final String rules = CliRun.projectRules();

    @Test
    void printsTheTableOnStandardOutputAndWritesJson() throws Exception {
        Path truth = EvalDrafts.write(dir);
        Path json = dir.resolve("out/score.json");
        Files.createDirectories(json.getParent());
        CliRun r = CliRun.of("eval", "--rules", rules, "--json", json.toString(), truth.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("category   planted  found  recall"), r.out());
        assertTrue(r.out().contains("\nDUPLICATE        1      1  100.0%"), r.out());
        assertTrue(r.out().contains("\nrecall    66.7% (2/3 planted errors found)\n"), r.out());
        assertFalse(r.out().contains("MISSES"), "details only with -v");
        assertEquals("", r.err(), "three drafts: no progress line off a terminal");

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode summary = root.get("summary");
        assertEquals(3, summary.get("planted").asInt());
        assertEquals(2, summary.get("found").asInt());
        assertEquals(2.0 / 3, summary.get("recall").asDouble(), 1e-9);
        assertEquals(1, summary.get("falsePositives").asInt());
        assertEquals(0.0, summary.get("controlFalsePositivesPer1000Words").asDouble());
        assertEquals("[1,1]", summary.get("categories").get("DUPLICATE").get("en").toString());
        assertEquals(0, summary.get("unreadable").size());
        assertEquals(3, root.get("files").size());
        JsonNode bus = root.get("files").get(0);
        assertEquals("drafts/bus.txt", bus.get("file").asText());
        assertTrue(bus.get("error").isNull());
        assertEquals("duplicate.paragraph", bus.get("planted").get(0).get("by").get(0).asText());
        assertEquals("spelling.variant", root.get("files").get(2).get("falsePositives").get(0).get("rule").asText());
    }

    @Test
    void verboseListsMissesAndFalseAlarms() throws Exception {
        CliRun r = CliRun.of("eval", "--rules", rules, "-v", EvalDrafts.write(dir).toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\nMISSES\n  drafts/bus.txt: NUMBER 'three new bus lanes' -- "), r.out());
        assertTrue(r.out().contains("\nFALSE POSITIVES\n  drafts/ecole.txt: SPELLING spelling.variant (warning) 'Etats-Unis' @"),
                r.out());
    }

    @Test
    void anUnreadableDraftIsAFigureNotAFailure() throws Exception {
        Path truth = EvalDrafts.write(dir, """
                [{"file": "drafts/empty.txt", "language": "fr", "referenceDate": "2025-03-04", "planted": []}]
                """);
        Files.write(dir.resolve("drafts/empty.txt"), new byte[0]);
        CliRun r = CliRun.of("eval", "--rules", rules, truth.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\nUNREADABLE drafts/empty.txt: the file is empty\n"), r.out());
    }

    @Test
    void aBadTruthFileExitsWithTwoAndOneClearLine() throws Exception {
        Path truth = EvalDrafts.write(dir, """
                [{"file": "drafts/bus.txt", "language": "de", "referenceDate": "2025-03-04", "planted": []}]
                """);
        CliRun r = CliRun.of("eval", "--rules", rules, truth.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("factcheck: " + truth + ": entry 1 (drafts/bus.txt): \"language\": \"de\" is not fr or en\n",
                r.err());

        Path missing = dir.resolve("missing.json");
        r = CliRun.of("eval", "--rules", rules, missing.toString());
        assertEquals(2, r.status());
        assertEquals("factcheck: " + missing + ": no such file\n", r.err());

        Path notJson = Files.writeString(dir.resolve("notes.json"), "planted: none\n");
        r = CliRun.of("eval", "--rules", rules, notJson.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("factcheck: " + notJson + ": not valid JSON at line 1"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path truth = EvalDrafts.write(dir);
        assertEquals(2, CliRun.of("eval", "--rules", rules).status(), "no truth file");
        assertEquals(2, CliRun.of("eval", "--rules", rules, truth.toString(), truth.toString()).status(), "two");
        assertEquals(2, CliRun.of("eval", "--rules", rules, "--frobnicate", truth.toString()).status());
        CliRun noRules = CliRun.of("eval", "--rules", dir.resolve("no-rules").toString(), truth.toString());
        assertEquals(2, noRules.status());
        assertTrue(noRules.err().startsWith("factcheck: rules folder "), noRules.err());
        CliRun unwritable = CliRun.of("eval", "--rules", rules, "--json", dir.resolve("no/such/dir/out.json").toString(),
                truth.toString());
        assertEquals(2, unwritable.status());
        assertTrue(unwritable.err().startsWith("factcheck: cannot write "), unwritable.err());
    }
}
