package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void theDatabaseIsAFileInTheDataFolder() {
        store.save(null, Drafts.check("Une phrase.\n"));
        assertTrue(Files.exists(folder.resolve("data").resolve("factcheck.mv.db")));
    }
}
