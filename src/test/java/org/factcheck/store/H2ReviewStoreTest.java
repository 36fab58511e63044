package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void theDatabaseIsAFileInTheDataFolder() {
        store.save(null, Drafts.check("Une phrase.\n"));
        assertTrue(Files.exists(folder.resolve("data").resolve("factcheck.mv.db")));
    }
}
