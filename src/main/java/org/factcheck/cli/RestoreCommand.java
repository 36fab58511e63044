package org.factcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factcheck.store.JdbcReviewStore;
import org.factcheck.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore [--data DIR] FILE.zip}: puts a backup's database into a data folder that holds none. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put the database of a backup into a data folder that holds none (then start serve on it).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the database is restored", "2:the folder holds a database, or the file is no backup"})
final class RestoreCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})", defaultValue = "factcheck-data")
    Path data;

    @Parameters(paramLabel = "FILE.zip", description = "a backup written by the backup command")
    Path zip;

    @Override
    public Integer call() {
        try {
            JdbcReviewStore.restoreH2(zip, data);
        } catch (StoreException e) {
            System.err.println("factcheck: " + e.getMessage());
            return 2;
        }
        System.out.println("restored " + zip + " into " + data);
        return 0;
    }
}
