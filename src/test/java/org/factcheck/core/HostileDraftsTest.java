package org.factcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.factcheck.TestSupport;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.extract.DraftShape;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drafts shaped to make the analysis quadratic (nested or repeated quotation marks, thousands of identical
 * paragraphs, words cut short with no closing mark) are checked in bounded work and give a bounded report: at most
 * {@link Checker#MAX_FINDINGS_PER_RULE} findings a rule and {@link Checker#MAX_FINDINGS} in all, the rest counted in
 * {@code omittedFindings}. The bounds are far above what these drafts take (a few hundred ms, tens of MB here): they
 * catch a return of quadratic work (seconds and gigabytes before), not a slowdown.
 */
class HostileDraftsTest {
    /** Allocation of the checking thread, an upper bound on the memory the check holds. */
    private static final long MAX_ALLOCATED = 3L * 1024 * 1024 * 1024;
    private static final long MAX_NANOS = 60L * 1_000_000_000;

    static Object[][] drafts() {
        String sentence = "Le conseil municipal a voté le budget de la ville lundi soir.\n\n";
        return new Object[][] {
            {"nested guillemets", "« a ".repeat(15_000), null, true},
            {"100,000 straight marks", "\"".repeat(100_000), null, true},
            {"nested and closed guillemets", "« a ".repeat(8_000) + "» ".repeat(8_000), "quote.unopened", true},
            {"words cut short, no closing mark", "'a ".repeat(30_000), null, false},
            {"3,300 identical paragraphs", sentence.repeat(3_300), "duplicate.paragraph", true},
            {"one line of 150,000 characters", "mot ".repeat(37_500), null, false},
            {"21 copies of a paragraph", sentence.repeat(21), null, true},
            {"20 copies of a paragraph", sentence.repeat(20), null, false},
            {"1,100 quotations of one sentence reworded", rewordedQuotations(1_100), "quote.misquote", false},
            {"1,400 mentions of ten persons with one title", oneTitle(1_400), null, false},
        };
    }

    private static final String[] GIVEN = {"Anne", "Marc", "Lucie", "Paul", "Nina", "Omar", "Ruth", "Igor", "Tara",
        "Hugo"};
    private static final String[] FAMILY = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau"};

    /**
     * A draft of {@code n} paragraphs, each naming one of ten persons with one title, the same for all: every mention
     * is another holder's title for nine in ten of the others (a title rule paired them all, 40 s for 1,100).
     */
    static String oneTitle(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("Dans le quartier ").append(i + 1).append(", l'adjointe ").append(GIVEN[i % 10]).append(' ')
                    .append(FAMILY[i * 3 % 10]).append(" a présenté le chantier de la rue ")
                    .append(FAMILY[(i + 1) % 10]).append(", qui coûtera ").append(2 + i % 17)
                    .append(" millions d'euros.\n\n");
        }
        return text.toString();
    }

    /**
     * A draft of {@code n} paragraphs, each a quotation of one sentence with another number and street, given by name
     * to one of ten speakers: every pair of quotations is one sentence reworded (half a million pairs).
     */
    static String rewordedQuotations(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String speaker = GIVEN[i % 10] + " " + FAMILY[i * 3 % 10];
            text.append("Dans le quartier ").append(i + 1).append(", ").append(speaker)
                    .append(" a présenté le chantier. « La tranche ").append(i).append(" du projet atteindra la rue ")
                    .append(FAMILY[i % 10]).append(" avant l'hiver prochain », a déclaré ").append(speaker)
                    .append(".\n\n");
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void aHostileDraftIsCheckedInBoundedWorkWithABoundedReport(String name, String text, String capped, boolean notProse)
            throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        // the analysis itself, past the refusal of what is not prose (DraftShape): its own bounds are tested here
        Report r = TestSupport.checker().check(new CheckRequest("hostile.txt", text.getBytes(StandardCharsets.UTF_8),
                "fr", LocalDate.of(2025, 11, 25)), false);
        long nanos = System.nanoTime() - start;
        long bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
        assertTrue(nanos < MAX_NANOS, name + ": " + nanos / 1_000_000 + " ms");
        assertTrue(bytes < MAX_ALLOCATED, name + ": " + bytes / (1024 * 1024) + " MB allocated");
        assertTrue(r.findings().size() <= Checker.MAX_FINDINGS, name + ": " + r.findings().size());
        Map<String, Long> perRule = r.findings().stream().collect(java.util.stream.Collectors.groupingBy(
                f -> f.rule(), java.util.stream.Collectors.counting()));
        perRule.forEach((rule, n) -> assertTrue(n <= Checker.MAX_FINDINGS_PER_RULE, rule + ": " + n));
        if (capped != null) {
            assertEquals(Checker.MAX_FINDINGS_PER_RULE, perRule.get(capped), name);
            assertNotNull(r.document().omittedFindings(), name);
            assertTrue(r.document().omittedFindings().get(capped) > 0, name + ": " + r.document().omittedFindings());
        }
        assertTrue(r.quotes().size() <= Checker.MAX_QUOTES, name + ": " + r.quotes().size() + " quotations");
        byte[] json = ReportWriter.mapper().writeValueAsBytes(r);
        assertTrue(json.length < 20L * text.length() + 1_000_000, name + ": a report of " + json.length + " bytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void aReportListsEverythingWhenNoRuleReachesItsLimit(String name, String text, String capped, boolean notProse)
            throws Exception {
        if (capped != null) {
            return;
        }
        // the analysis itself, past the refusal of what is not prose (DraftShape): its own bounds are tested here
        Report r = TestSupport.checker().check(new CheckRequest("hostile.txt", text.getBytes(StandardCharsets.UTF_8),
                "fr", LocalDate.of(2025, 11, 25)), false);
        assertNull(r.document().omittedFindings(), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void whatIsNotProseIsRefusedNamingItsLimit(String name, String text, String capped, boolean notProse)
            throws Exception {
        CheckRequest request = new CheckRequest("hostile.txt", text.getBytes(StandardCharsets.UTF_8), "fr",
                LocalDate.of(2025, 11, 25));
        long start = System.nanoTime();
        if (notProse) {
            DraftException.NotProse e = assertThrows(DraftException.NotProse.class,
                    () -> TestSupport.checker().check(request), name);
            assertTrue(e.getMessage().contains("more than " + DraftShape.MAX_PARAGRAPH_COPIES + " times")
                    || e.getMessage().contains("at most one for two words"), e.getMessage());
            assertTrue(System.nanoTime() - start < 10L * 1_000_000_000, name + " refused in bounded time");
        } else {
            assertNotNull(TestSupport.checker().check(request), name);
        }
    }
}
