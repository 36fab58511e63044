package org.factcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factcheck.store.JdbcReviewStore;
import org.factcheck.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backup [--data DIR] FILE.zip}: copies the embedded database of {@code serve}'s data folder into a zip. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the embedded database of a data folder into a zip file (stop serve first).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the backup is written", "2:no database there, in use, or the file cannot be written"})
final class BackupCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})", defaultValue = "factcheck-data")
    Path data;

    @Parameters(paramLabel = "FILE.zip", description = "the backup to write")
    Path zip;

    @Override
    public Integer call() {
        try {
            JdbcReviewStore.backupH2(data, zip);
        } catch (StoreException e) {
            System.err.println("factcheck: " + e.getMessage());
            return 2;
        }
        System.out.println("backed up " + data + " to " + zip);
        return 0;
    }
}
