package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.factcheck.TestSupport;
import org.factcheck.core.CheckRequest;
import org.factcheck.store.JdbcReviewStore;
import org.factcheck.store.StoredCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore}: the embedded database of a data folder, to a zip and back into another. */
class BackupCommandTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoredIntoAnEmptyFolderHoldsTheChecks() throws Exception {
        Path data = dir.resolve("data");
        String id;
        try (JdbcReviewStore store = JdbcReviewStore.h2(data)) {
            StoredCheck saved = store.save("doc-1", TestSupport.checker().check(new CheckRequest("d.txt",
                    "« Le budget est voté, a dit la maire.\n".getBytes(StandardCharsets.UTF_8), "fr",
                    LocalDate.of(2025, 11, 25))));
            id = saved.id();
        }
        Path zip = dir.resolve("backup.zip");
        CliRun backup = CliRun.of("backup", "--data", data.toString(), zip.toString());
        assertEquals(0, backup.status(), backup.err());
        assertTrue(Files.size(zip) > 0);

        Path restored = dir.resolve("restored");
        CliRun restore = CliRun.of("restore", "--data", restored.toString(), zip.toString());
        assertEquals(0, restore.status(), restore.err());
        try (JdbcReviewStore store = JdbcReviewStore.h2(restored)) {
            assertEquals("doc-1", store.find(id).orElseThrow().documentId());
        }

        CliRun again = CliRun.of("restore", "--data", restored.toString(), zip.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("holds a database already"), again.err());
        CliRun none = CliRun.of("backup", "--data", dir.resolve("nothing").toString(), zip.toString());
        assertEquals(2, none.status());
        assertTrue(none.err().contains("no database in"), none.err());
        Path notABackup = Files.writeString(dir.resolve("other.zip"), "not a zip");
        CliRun bad = CliRun.of("restore", "--data", dir.resolve("fresh").toString(), notABackup.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("factcheck: the restore failed") || bad.err().contains("is not a backup"), bad.err());
    }

    @Test
    void compactRewritesTheDatabaseSmallerAndKeepsEveryCheck() throws Exception {
        Path data = dir.resolve("data");
        java.util.List<String> ids = new java.util.ArrayList<>();
        var report = TestSupport.checker().check(new CheckRequest("d.txt",
                "« Le budget est voté, a dit la maire.\n".getBytes(StandardCharsets.UTF_8), "fr", LocalDate.of(2025, 11, 25)));
        try (JdbcReviewStore store = JdbcReviewStore.h2(data)) {
            for (int i = 0; i < 60; i++) {
                ids.add(store.save("doc-" + (i % 7), report).id());
            }
        }
        long before = Files.size(data.resolve("factcheck.mv.db"));
        CliRun compact = CliRun.of("compact", "--data", data.toString());
        assertEquals(0, compact.status(), compact.err());
        assertTrue(compact.out().startsWith("compacted "), compact.out());
        long after = Files.size(data.resolve("factcheck.mv.db"));
        assertTrue(after < before / 2, before + " -> " + after);
        try (JdbcReviewStore store = JdbcReviewStore.h2(data)) {
            for (String id : ids) {
                assertTrue(store.find(id).isPresent(), id);
            }
            assertEquals(9, store.revisions("doc-0", 0, 1).total());
        }

        CliRun none = CliRun.of("compact", "--data", dir.resolve("nothing").toString());
        assertEquals(2, none.status());
        assertTrue(none.err().contains("no database in"), none.err());
    }
}
