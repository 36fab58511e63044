package org.factcheck.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Drafts read in child processes: the same documents and faults as in this process, and a child that runs out of
 * memory, passes its time or dies is one refused draft, replaced for the next one.
 */
class ForkedExtractorTest {
    private static final String HTML = "<html><head><title>Conseil</title><meta name=\"dc:language\" content=\"fr\">"
            + "<meta name=\"date\" content=\"2026-03-04\"></head><body><h1>Le budget voté</h1>"
            + "<p>Le conseil a voté le budget « à l'unanimité », a dit la maire.</p><p>La séance est levée.</p></body></html>";

    private static ForkedExtractor.Options options(int workers, int memoryMb, Duration timeout) {
        ForkedExtractor.Options defaults = ForkedExtractor.Options.of(workers, memoryMb, 200_000);
        return new ForkedExtractor.Options(workers, memoryMb, timeout, 200_000, 4, defaults.classPath());
    }

    /** The live child processes of this test's JVM: the extractors' (the tests run one at a time). */
    private static long children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
    }

    @Test
    void readsEachFormatAsThisProcessDoesAndReportsTheSameFaults() throws Exception {
        DocumentExtractor here = new DocumentExtractor(200_000);
        try (ForkedExtractor forked = new ForkedExtractor(options(2, 128, Duration.ofSeconds(30)))) {
            List<byte[]> drafts = List.of(HTML.getBytes(StandardCharsets.UTF_8),
                    Drafts.docx("Le budget", "Le conseil a voté le budget.", "La séance est levée."),
                    Drafts.odt("Le conseil a voté.", "Il pleut."), Drafts.rtf("The council voted.", "It rained."),
                    Drafts.pdf("The council voted the budget.", "The meeting closed."),
                    "Ligne un.\n\nLigne deux, « citée ».\r\n".getBytes(StandardCharsets.UTF_16LE));
            List<String> names = List.of("a.html", "b.docx", "c.odt", "d.rtf", "e.pdf", "f.txt");
            // more drafts than the two children read before their replacement (4 each): fresh ones read as well
            for (int i = 0; i < drafts.size(); i++) {
                assertEquals(here.extract(drafts.get(i), names.get(i)), forked.extract(drafts.get(i), names.get(i)),
                        names.get(i));
            }
            ExtractedDocument html = forked.extract(HTML.getBytes(StandardCharsets.UTF_8), "a.html");
            assertEquals("Conseil", html.title());
            assertEquals("fr", html.language());
            assertEquals(java.time.LocalDate.of(2026, 3, 4), html.date());
            assertEquals(3, html.paragraphs().size());

            byte[] zip = Drafts.docx("x", "y");
            byte[] cut = java.util.Arrays.copyOf(zip, zip.length / 2);
            for (byte[] bad : List.of(new byte[0], cut, "   \u00a0\u00a0 ".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13})) {
                DraftException expected = assertThrows(DraftException.class, () -> here.extract(bad, "bad.docx"));
                DraftException got = assertThrows(DraftException.class, () -> forked.extract(bad, "bad.docx"));
                assertEquals(expected.getClass(), got.getClass(), expected.getMessage());
                assertEquals(expected.getMessage(), got.getMessage());
            }
            // drafts read side by side, by both children
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<ExtractedDocument>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> forked.extract(HTML.getBytes(StandardCharsets.UTF_8), "a.html")));
                }
                for (Future<ExtractedDocument> a : answers) {
                    assertEquals(html, a.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            // each draft's kill (30 s) was cancelled when the draft was read, and left the watchdog's queue then: what
            // may wait is the kill of a child starting in the place of one that read its four drafts
            assertTrue(forked.pendingKills() <= 2, forked.pendingKills() + " kills waiting for 22 drafts read");
        }
    }

    @Test
    void aChildOutOfMemoryIsOneDraftRefusedAsTooLargeAndIsReplaced() throws Exception {
        // a text of non-Latin letters needs several copies of 2 MB of UTF-16 along the way: more than 16 MB
        String greek = "Το συμβούλιο ψήφισε τον προϋπολογισμό της πόλης. ".repeat(35_000);
        try (ForkedExtractor forked = new ForkedExtractor(options(1, 16, Duration.ofSeconds(30)))) {
            // the child has read a draft before: its death is not taken at its word, a fresh child reads the draft
            // again, and runs out of memory on it too
            forked.extract(HTML.getBytes(StandardCharsets.UTF_8), "a.html");
            DraftException e = assertThrows(DraftException.TooLarge.class,
                    () -> forked.extract(greek.getBytes(StandardCharsets.UTF_8), "big.txt"));
            assertEquals("reading the document needs more than 16 MB of memory", e.getMessage());
            assertEquals("Le budget voté", forked.extract(HTML.getBytes(StandardCharsets.UTF_8), "a.html")
                    .paragraphs().get(0).text(), "a fresh child reads the next draft");
        }
    }

    @Test
    void aChildPastItsTimeIsKilledAndTheDraftRefusedAsTooLarge() throws Exception {
        byte[] long_ = "Le conseil a voté le budget de la ville. ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        try (ForkedExtractor forked = new ForkedExtractor(new ForkedExtractor.Options(1, 64, Duration.ofMillis(1),
                2_000_000, 100, ForkedExtractor.Options.of(1, 64, 1).classPath()))) {
            long before = children();
            DraftException e = assertThrows(DraftException.TooLarge.class, () -> forked.extract(long_, "long.txt"));
            assertEquals("reading the document took more than 0.001 s", e.getMessage());
            assertTrue(before >= 1, "a child was running");
        }
    }

    @Test
    void aChildKilledWhileIdleIsReplacedAndCloseEndsEveryChild() throws Exception {
        java.util.Set<Long> others = pids();
        ForkedExtractor forked = new ForkedExtractor(options(2, 64, Duration.ofSeconds(30)));
        java.util.Set<Long> started = childrenSince(others);
        assertEquals(2, started.size(), "two children started");
        started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        read(forked, 3);
        java.util.Set<Long> mine = childrenSince(others);
        assertTrue(!mine.isEmpty() && java.util.Collections.disjoint(mine, started), "fresh children read: " + mine);
        forked.close();
        within(20, () -> mine.stream().noneMatch(ForkedExtractorTest::alive), () -> { });
        assertTrue(mine.stream().noneMatch(ForkedExtractorTest::alive), "no child left after close");
    }

    @Test
    void aChildThatReadItsShareServesOnUntilItsReplacementIsReady() throws Exception {
        java.util.Set<Long> others = pids();
        try (ForkedExtractor forked = new ForkedExtractor(options(1, 64, Duration.ofSeconds(30)))) {
            java.util.Set<Long> first = childrenSince(others);
            assertEquals(1, first.size(), "one child started");
            read(forked, 4); // its share (the options' 4 drafts)
            assertEquals(1, forked.ready(), "back in the pool at once: no draft waits for the fresh child's start");
            awaitReplacementReady(forked);
            java.util.Set<Long> mine = childrenSince(others);
            assertEquals(2, mine.size(), "the replacement runs beside the child it replaces: " + mine);
            long replacement = mine.stream().filter(pid -> !first.contains(pid)).findFirst().orElseThrow();
            read(forked, 1); // the next draft swaps them
            within(20, () -> !alive(first.iterator().next()), () -> { });
            assertTrue(!alive(first.iterator().next()), "the old child ends once replaced");
            assertTrue(alive(replacement), "the fresh one serves");
            assertEquals(1, forked.ready());
        }
    }

    @Test
    void childrenThatReadTheirShareTogetherAreReplacedOneAtATime() throws Exception {
        java.util.Set<Long> others = pids();
        try (ForkedExtractor forked = new ForkedExtractor(options(2, 64, Duration.ofSeconds(30)))) {
            java.util.Set<Long> first = childrenSince(others);
            assertEquals(2, first.size(), "two children started");
            read(forked, 8); // the pool serves them in turn: each reads its share of 4
            awaitReplacementReady(forked);
            assertEquals(3, forked.started(), "the second waited for the first to be ready rather than start with it");
            within(60, () -> first.stream().noneMatch(ForkedExtractorTest::alive), () -> read(forked, 1));
            assertTrue(first.stream().noneMatch(ForkedExtractorTest::alive), "both replaced in turn, drafts read on");
        }
    }

    /**
     * A service's pool ({@link PlainTextFirstExtractor#withChildrenStarted}): its children run once it is made; a
     * text is decoded in this process, so that with its child gone it is still read and no child starts for it; a
     * document that needs a parser goes to a child, started afresh in place of the one gone.
     */
    @Test
    void aServicesPoolReadsTextsHereAndDocumentsInItsChildren() throws Exception {
        java.util.Set<Long> others = pids();
        try (PlainTextFirstExtractor pool = PlainTextFirstExtractor.withChildrenStarted(options(1, 64,
                Duration.ofSeconds(30)))) {
            java.util.Set<Long> started = childrenSince(others);
            assertEquals(1, started.size(), "its child runs before the first draft");
            started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            within(20, () -> started.stream().noneMatch(ForkedExtractorTest::alive), () -> { });
            assertTrue(started.stream().noneMatch(ForkedExtractorTest::alive), "its child is gone: " + started);
            byte[] text = "Ligne un.\n\nLigne deux, « citée ».\n".getBytes(StandardCharsets.UTF_8);
            assertEquals(new DocumentExtractor(200_000).extract(text, "f.txt"), pool.extract(text, "f.txt"));
            assertTrue(childrenSince(others).isEmpty(), "a text is read without a child: " + childrenSince(others));
            assertEquals(3, pool.extract(HTML.getBytes(StandardCharsets.UTF_8), "a.html").paragraphs().size());
            java.util.Set<Long> fresh = childrenSince(others);
            assertTrue(fresh.size() == 1 && java.util.Collections.disjoint(fresh, started), "a fresh child: " + fresh);
        }
    }

    /** Has {@code forked} read {@code drafts} drafts, each as this process reads it. */
    private static void read(ForkedExtractor forked, int drafts) throws DraftException {
        for (int i = 0; i < drafts; i++) {
            assertEquals(3, forked.extract(HTML.getBytes(StandardCharsets.UTF_8), "a.html").paragraphs().size());
        }
    }

    /** Waits (a minute at most) until a slot of {@code forked}'s pool holds a fresh child ready, and fails if none. */
    private static void awaitReplacementReady(ForkedExtractor forked) throws DraftException, InterruptedException {
        within(60, () -> forked.replacementsReady() > 0, () -> { });
        assertEquals(1, forked.replacementsReady(), "a replacement started and is ready");
    }

    /** What a wait does between two looks: nothing, or more work that helps the awaited state come. */
    private interface Step {
        void run() throws DraftException;
    }

    /**
     * Waits until {@code done} holds, {@code seconds} at most, doing {@code step} and resting 50 ms between two looks;
     * the caller then asserts the state, so that a wait that ran out fails with the caller's message.
     */
    private static void within(int seconds, java.util.function.BooleanSupplier done, Step step)
            throws DraftException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            step.run();
            Thread.sleep(50);
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The live child processes of this test's JVM but {@code before}. */
    private static java.util.Set<Long> childrenSince(java.util.Set<Long> before) {
        java.util.Set<Long> now = pids();
        now.removeAll(before);
        return now;
    }

    /** The live child processes of this test's JVM. */
    private static java.util.Set<Long> pids() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
}
