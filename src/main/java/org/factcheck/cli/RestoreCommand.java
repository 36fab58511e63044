package org.factcheck.cli;

import org.factcheck.store.JdbcReviewStore;

import picocli.CommandLine.Command;

/** {@code restore [--data DIR] FILE.zip}: puts a backup's database into a data folder that holds none. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put the database of a backup into a data folder that holds none (then start serve on it).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the database is restored", "2:the folder holds a database, or the file is no backup"})
final class RestoreCommand extends DataFolderCommand {
    @Override
    String act() {
        JdbcReviewStore.restoreH2(zip, data);
        return "restored " + zip + " into " + data;
    }
}
