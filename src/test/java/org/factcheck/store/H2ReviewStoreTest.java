package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.factcheck.TestSupport;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.flywaydb.core.Flyway;
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

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(JdbcReviewStore.h2Url(folder.resolve("data")), "sa", "");
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
     * A stored check takes little room once its dead pages are gone: its report is saved deflated (the pages are not
     * compressed, but {@code compact} compresses what it rewrites). 2,000 saves of the bench article's check left
     * 6,426 bytes a check with the report as text, 2,684 deflated; the 200 here leave about 2,700.
     */
    @Test
    void aStoredCheckTakesLittleRoomOnceCompacted(@TempDir Path other) throws IOException {
        Report report = Drafts.check(TestSupport.benchArticle());
        Path file = other.resolve(JdbcReviewStore.H2_NAME + ".mv.db");
        int saves = 200;
        try (JdbcReviewStore s = JdbcReviewStore.h2(other, "", 0)) {
            for (int i = 0; i < saves; i++) {
                s.save(null, report);
            }
            System.out.printf("%,d bytes of file a check as saved%n", Files.size(file) / saves);
        }
        JdbcReviewStore.compactH2(other);
        long perCheck = Files.size(file) / saves;
        System.out.printf("%,d bytes of file a check compacted (report JSON %,d chars)%n", perCheck,
                ReportJson.write(report).length());
        assertTrue(perCheck < 4_000, "bytes of file a stored check: " + perCheck);
        try (JdbcReviewStore s = JdbcReviewStore.h2(other)) {
            assertEquals(report, s.find(s.save(null, report).id()).orElseThrow().report(), "read back whole");
        }
    }

    /**
     * A file written with its pages compressed (H2's {@code COMPRESS=TRUE}, as before the reports were deflated) opens
     * as it is: its checks read back, new ones are added.
     */
    @Test
    void aFileWrittenCompressedStillReads(@TempDir Path other) {
        Report report = Drafts.check(Drafts.FIRST);
        String id;
        assertFalse(JdbcReviewStore.h2Url(other).contains("COMPRESS"));
        try (JdbcReviewStore s = JdbcReviewStore.jdbc(JdbcReviewStore.h2Url(other) + ";COMPRESS=TRUE", "sa", "")) {
            id = s.save("doc", report).id();
        }
        try (JdbcReviewStore s = JdbcReviewStore.h2(other)) {
            assertEquals(report, s.find(id).orElseThrow().report());
            s.save("doc", report);
            assertEquals(2, s.revisions("doc", 0, 5).total());
        }
    }

    /**
     * A database of the schema before reports were saved deflated (4) takes the new column when the store opens it,
     * and its checks read as they were saved: the next revision follows them, carrying their findings.
     */
    @Test
    void aDatabaseOfTheSchemaBeforeDeflatedReportsMigratesAndItsChecksRead(@TempDir Path other) throws SQLException {
        String url = JdbcReviewStore.h2Url(other);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("4").load().migrate();
        Report report = Drafts.check(Drafts.FIRST);
        ReportFinding finding = report.findings().get(0);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement check = c.prepareStatement("INSERT INTO checks (id, document_id, revision, created_at,"
                     + " report, finding_count) VALUES ('old', 'doc', 1, CURRENT_TIMESTAMP, ?, ?)");
             PreparedStatement found = c.prepareStatement("INSERT INTO findings (check_id, finding_id, seq, rule,"
                     + " finding_key, flagged_text, status, decision) VALUES ('old', ?, 0, ?, ?, ?, 'new', 'open')")) {
            check.setString(1, ReportJson.write(report));
            check.setInt(2, report.findings().size());
            check.executeUpdate();
            found.setString(1, finding.id());
            found.setString(2, finding.rule());
            found.setString(3, FindingKey.of(finding));
            found.setString(4, finding.text());
            found.executeUpdate();
        }
        try (JdbcReviewStore s = JdbcReviewStore.h2(other)) {
            assertEquals(report, s.find("old").orElseThrow().report());
            StoredCheck next = s.save("doc", report);
            assertEquals(2, next.revision());
            assertEquals("old", next.previousId());
            assertEquals("carried", next.findings().get(0).status());
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
     * without it, each commit's chunk keeps a page or two live for good (H2 rewrites such chunks only in the background
     * writer that a write delay brings), so the file and H2's list of chunks grow by every save. The bench article's
     * check, whose deflated report fills a page of its own: with the short draft's, smaller than a page, fewer chunks
     * stayed (614 to 850 of the 1,201), and the files' sizes came too close to tell apart in every run. With it, the chunks
     * of a spell of saves are rewritten, and the next spell writes into the space they leave. A round that found
     * nothing sparse writes nothing: a chunk rewritten is full and is not taken again (H2's public {@code compact}
     * takes the oldest chunks first, full or not). H2's retention time is 0 here, so that a chunk may be rewritten at
     * once rather than after 45 s.
     */
    @Test
    void theHousekeepingKeepsTheChunksFewAndTheFileBoundedAndRewritesNothingFull(@TempDir Path kept,
            @TempDir Path notKept) throws InterruptedException, IOException {
        Report report = Drafts.check(TestSupport.benchArticle());
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
