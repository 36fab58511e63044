package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.HostileInputs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile input through the command line, beside a good draft: a refused one is one line on standard error,
 * exit status 2 and an entry with its {@code error} in the JSON; an accepted one is read right; the good draft is
 * checked either way; each run within bounds of time and allocation.
 */
class HostileInputsCliTest {
    private static final long MAX_NANOS = 60L * 1_000_000_000;
    /** The allocation of the checking thread, an upper bound on the memory the run holds. */
    private static final long MAX_ALLOCATED = 3L * 1024 * 1024 * 1024;

    @TempDir
    Path dir;

    static List<HostileInputs.Input> inputs() throws Exception {
        return HostileInputs.all().stream().filter(HostileInputs.Input::viaCli).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void aHostileFileIsOneBoundedAnswerAndTheNextFileIsStillChecked(HostileInputs.Input input) throws Exception {
        Path hostile = Files.write(dir.resolve(input.file()), input.bytes());
        Path good = Files.writeString(dir.resolve("good.txt"), "Le conseil municipal a voté le budget lundi.\n"
                + "Tout est prêt' a déclaré la maire.\n");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        CliRun r = CliRun.of("check", "--rules", CliRun.projectRules(), "--format", "json", "--lang", "fr", "--date", "2025-11-25",
                "--fail-on", "never", hostile.toString(), good.toString());
        long nanos = System.nanoTime() - start;
        long bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
        assertTrue(nanos < MAX_NANOS, input + ": " + nanos / 1_000_000 + " ms");
        assertTrue(bytes < MAX_ALLOCATED, input + ": " + bytes / (1024 * 1024) + " MB allocated");
        JsonNode reports = new ObjectMapper().readTree(r.out());
        assertEquals(2, reports.size(), r.out());
        JsonNode first = reports.get(0);
        if (input.refused()) {
            assertEquals(2, r.status(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.errLines().get(0).startsWith(hostile + ": "), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
            String kind = first.get("error").get("kind").asText();
            assertTrue(input.kinds().contains(kind), input + ": " + kind + " " + first.get("error"));
        } else {
            assertEquals(0, r.status(), r.err());
            assertEquals("", r.err());
            assertTrue(first.get("error") == null, input + ": " + first.get("error"));
            if (input.text() != null) {
                assertEquals(input.text(), first.get("text").asText(), input.toString());
            }
        }
        assertEquals(good.toString(), reports.get(1).get("source").asText());
        assertEquals(1, reports.get(1).get("findings").size(), "the good draft's unopened quotation");
    }
}
