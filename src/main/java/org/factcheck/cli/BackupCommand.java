package org.factcheck.cli;

import org.factcheck.store.JdbcReviewStore;

import picocli.CommandLine.Command;

/** {@code backup [--data DIR] FILE.zip}: copies the embedded database of {@code serve}'s data folder into a zip. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the embedded database of a data folder into a zip file (stop serve first).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the backup is written", "2:no database there, in use, or the file cannot be written"})
final class BackupCommand extends DataFolderCommand {
    @Override
    String act() {
        JdbcReviewStore.backupH2(data, zip);
        return "backed up " + data + " to " + zip;
    }
}
