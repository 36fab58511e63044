package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.TestSupport;
import org.factcheck.core.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review store on an H2 file database in a temporary folder. */
class H2ReviewStoreTest extends ReviewStoreContract {
    @TempDir
    static Path folder;

    @Override
    protected JdbcReviewStore open() {
        return JdbcReviewStore.h2(folder.resolve("data"));
    }

    /**
     * The embedded database keeps a page cache of a megabyte, not H2's 16 (nor the 4 it had): its pages outlive the
     * young collections and die in the old generation, which the service then collects whole more often.
     */
    @Test
    void theEmbeddedDatabaseKeepsASmallPageCache(@TempDir Path other) {
        try (JdbcReviewStore s = JdbcReviewStore.h2(other)) {
            s.save("doc", Drafts.check(Drafts.FIRST));
            assertEquals(1024, s.h2Info("CACHE_SIZE"));
            assertEquals(1, s.revisions("doc", 0, 1).total());
        }
    }

    /**
     * The embedded database compresses the pages it writes (LZF): a stored check is mostly its report's JSON, and each
     * commit writes a chunk holding the new report and, in the table's last leaf page that it splits, the report
     * saved before it. 200 saves of the bench article's check took 40.5 KB of file each without compression, 22.9 KB
     * with.
     */
    @Test
    void theEmbeddedDatabaseCompressesWhatItWrites(@TempDir Path other) throws IOException {
        Report report = Drafts.check(TestSupport.benchArticle());
        Path file = other.resolve(JdbcReviewStore.H2_NAME + ".mv.db");
        int saves = 200;
        try (JdbcReviewStore s = JdbcReviewStore.h2(other, "", 0)) {
            long before = Files.size(file);
            for (int i = 0; i < saves; i++) {
                s.save(null, report);
            }
            long perCheck = (Files.size(file) - before) / saves;
            System.out.printf("%,d bytes of file a check (report JSON %,d chars)%n", perCheck,
                    ReportJson.write(report).length());
            assertTrue(perCheck < 30_000, "bytes of file a stored check: " + perCheck);
            assertEquals(report, s.find(s.save(null, report).id()).orElseThrow().report(), "read back whole");
        }
    }

    /** A file written before the pages were compressed opens as it is: its checks read back, new ones are added. */
    @Test
    void aFileWrittenUncompressedStillReads(@TempDir Path other) {
        Report report = Drafts.check(Drafts.FIRST);
        String id;
        String uncompressed = JdbcReviewStore.h2Url(other).replace(";COMPRESS=TRUE", "");
        assertFalse(uncompressed.contains("COMPRESS"), uncompressed);
        try (JdbcReviewStore s = JdbcReviewStore.jdbc(uncompressed, "sa", "")) {
            id = s.save("doc", report).id();
        }
        try (JdbcReviewStore s = JdbcReviewStore.h2(other)) {
            assertEquals(report, s.find(id).orElseThrow().report());
            s.save("doc", report);
            assertEquals(2, s.revisions("doc", 0, 5).total());
        }
    }

    /**
     * H2 updates a table's statistics in the commit that brings enough changes, reading a tenth of ANALYZE_SAMPLE rows,
     * each with its report: 100 rows here, not H2's 1,000 (84 to 215 ms of that commit under load). It still does.
     */
    @Test
    void theEmbeddedDatabaseUpdatesItsStatisticsFromAHundredRows(@TempDir Path other) {
        try (JdbcReviewStore s = JdbcReviewStore.h2(other)) {
            assertEquals(1000, s.h2Info("ANALYZE_SAMPLE"));
            assertEquals(2000, s.h2Info("ANALYZE_AUTO"), "H2's own updates of statistics stay on");
        }
    }

    /** Closing and opening the store again and again leaves a file that opens; H2's compaction on close did not. */
    @Test
    void theFileOpensAfterManyOpenSaveCloseCycles(@TempDir Path other) {
        Report report = Drafts.check(Drafts.FIRST);
        for (int i = 0; i < 250; i++) {
            try (JdbcReviewStore s = JdbcReviewStore.h2(other)) {
                s.save("doc", report);
            }
        }
        try (JdbcReviewStore s = JdbcReviewStore.h2(other)) {
            assertEquals(250, s.revisions("doc", 0, 1).total());
        }
    }

    /**
     * The housekeeping keeps the file's chunks few and its size bounded, and writes nothing once no chunk is sparse:
     * without it, each commit's chunk kept a page or two live for good (H2 rewrites such chunks only in the background
     * writer that a write delay brings), so the file and H2's list of chunks grew by every save. With it, the chunks
     * of a spell of saves are rewritten, and the next spell writes into the space they leave. A round that found
     * nothing sparse writes nothing: a chunk rewritten is full and is not taken again (H2's public {@code compact}
     * takes the oldest chunks first, full or not). H2's retention time is 0 here, so that a chunk may be rewritten at
     * once rather than after 45 s.
     */
    @Test
    void theHousekeepingKeepsTheChunksFewAndTheFileBoundedAndRewritesNothingFull(@TempDir Path kept,
            @TempDir Path notKept) throws InterruptedException {
        Report report = Drafts.check(Drafts.FIRST);
        long[] with = saveInSpells(kept, 20, report);
        long[] without = saveInSpells(notKept, 0, report);
        System.out.printf("chunks %d, file %d bytes with housekeeping; %d, %d without%n", with[0], with[1],
                without[0], without[1]);
        assertTrue(without[0] > 1_000, "without housekeeping, a chunk stays for each commit: " + without[0]);
        assertTrue(with[0] < without[0] / 5, "chunks with housekeeping: " + with[0] + ", without: " + without[0]);
        assertTrue(with[1] < without[1] * 2 / 3, "file with housekeeping: " + with[1] + ", without: " + without[1]);
        assertEquals(with[2], with[3], "bytes written by 30 rounds after the chunks settled");
    }

    /**
     * Two spells of 600 saves, each followed by rounds until the chunk count stops falling (at most 20 s), and a
     * save; then rounds until ten in a row write nothing (at most 10 s), and 30 more. Gives the chunk count and file
     * size after the last save, and the bytes written since the store opened before and after the 30 rounds.
     */
    private static long[] saveInSpells(Path data, long housekeepingMs, Report report) throws InterruptedException {
        try (JdbcReviewStore s = JdbcReviewStore.h2(data, ";RETENTION_TIME=0", housekeepingMs)) {
            for (int spell = 0; spell < 2; spell++) {
                for (int i = 0; i < 600; i++) {
                    s.save("doc-" + (i % 20), report);
                }
                long chunks = s.h2Info("info.CHUNK_COUNT");
                long deadline = System.nanoTime() + 20_000_000_000L;
                for (int still = 0; housekeepingMs > 0 && still < 3 && System.nanoTime() < deadline; ) {
                    Thread.sleep(10 * housekeepingMs);
                    long now = s.h2Info("info.CHUNK_COUNT");
                    still = now < chunks ? 0 : still + 1;
                    chunks = Math.min(chunks, now);
                }
            }
            s.save("last", report);
            assertEquals(60, s.revisions("doc-0", 0, 1).total());
            long chunks = s.h2Info("info.CHUNK_COUNT");
            long file = s.h2Info("info.FILE_SIZE");
            long written = s.h2Info("info.FILE_WRITE_BYTES");
            long deadline = System.nanoTime() + 10_000_000_000L;
            for (int still = 0; housekeepingMs > 0 && still < 5 && System.nanoTime() < deadline; ) {
                Thread.sleep(2 * housekeepingMs);
                long now = s.h2Info("info.FILE_WRITE_BYTES");
                still = now == written ? still + 1 : 0;
                written = now;
            }
            Thread.sleep(30 * housekeepingMs);
            return new long[] {chunks, file, written, s.h2Info("info.FILE_WRITE_BYTES")};
        }
    }

    @Test
    void theDatabaseIsAFileInTheDataFolder() {
        store.save(null, Drafts.check("Une phrase.\n"));
        assertTrue(Files.exists(folder.resolve("data").resolve("factcheck.mv.db")));
    }
}
