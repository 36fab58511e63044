package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    /** A short run of every step: the formats asked for, and the long draft of renamed copies, checked whole. */
    @Test
    void timesTheFormatsAskedForAndTheLongDraft() {
        CliRun r = CliRun.of("bench", "--rules", CliRun.projectRules(), "--compilations", "1", "--warmup", "1",
                "--iterations", "3", "--scale", "25", "--formats", "txt,html");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("compilers: ")), "which compilers ran: " + r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("txt ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("html ")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("docx ")), r.out());
        // each format's line: median, p90 and quickest time, then the kilobytes a check allocated (a median)
        String txt = r.out().lines().filter(l -> l.startsWith("txt ")).findFirst().orElseThrow();
        String[] columns = txt.trim().split("\\s+");
        assertEquals(5, columns.length, txt);
        assertTrue(Double.parseDouble(columns[4]) > 100, "a check of the article allocates more than 100 KB: " + txt);
        // 25 copies: a paragraph without a name repeats 25 times, which a check refuses as not prose
        assertTrue(r.out().contains("x25 draft: 20675 words"), r.out());
        // and what the long draft's time is made of: the check's own work, then the collector's pauses
        java.util.regex.Matcher split = java.util.regex.Pattern.compile("of which the check's own processor time "
                + "([\\d.]+) ms against ([\\d.]+) ms \\(\\d+ times\\), and the collector's pauses ([\\d.]+) ms")
                .matcher(r.out());
        assertTrue(split.find(), r.out());
        assertTrue(Double.parseDouble(split.group(1)) > 10 * Double.parseDouble(split.group(2)), split.group());
    }

    @Test
    void refusesAnUnknownFormat() {
        CliRun r = CliRun.of("bench", "--rules", CliRun.projectRules(), "--compilations", "1", "--formats", "pdf");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown format pdf"), r.err());
    }
}
