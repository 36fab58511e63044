package org.factcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factcheck.store.StoreException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command on the embedded database of a data folder and a zip file ({@code backup}, {@code restore}): exit 0 with
 * one line saying what was done, or 2 with one line saying why not.
 */
abstract class DataFolderCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})", defaultValue = "factcheck-data")
    Path data;

    @Parameters(paramLabel = "FILE.zip", description = "the backup file")
    Path zip;

    /** Does the work, throwing what stops it; returns the line that says what was done. */
    abstract String act();

    @Override
    public final Integer call() {
        try {
            System.out.println(act());
            return 0;
        } catch (StoreException e) {
            System.err.println("factcheck: " + e.getMessage());
            return 2;
        }
    }
}
