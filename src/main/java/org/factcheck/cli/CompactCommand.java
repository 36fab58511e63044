package org.factcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factcheck.store.JdbcReviewStore;
import org.factcheck.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code compact [--data DIR]}: rewrites the embedded database of a data folder without its dead space. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Rewrite the embedded database of a data folder without its dead space (stop serve first).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the database is compacted", "2:no database there, or in use"})
final class CompactCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})", defaultValue = "factcheck-data")
    Path data;

    @Override
    public Integer call() {
        Path file = data.resolve("factcheck.mv.db");
        try {
            long before = size(file);
            JdbcReviewStore.compactH2(data);
            System.out.printf("compacted %s: %,d KB before, %,d KB after%n", data, before / 1024, size(file) / 1024);
            return 0;
        } catch (StoreException e) {
            System.err.println("factcheck: " + e.getMessage());
            return 2;
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
