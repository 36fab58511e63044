package org.factcheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factcheck.core.Checker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code daemon status|stop}: the resident checker that the launcher ({@code target/factcheck-cli check}) starts,
 * for this jar and cache folder.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "Show (status) or stop (stop) the resident checker that target/factcheck-cli check starts for"
                + " this jar and cache folder.")
public final class DaemonCommand implements Callable<Integer> {
    enum Action { status, stop }

    @Parameters(paramLabel = "status|stop", description = "status or stop")
    Action action;

    @Override
    public Integer call() {
        Path jar = ResidentClient.ownJar();
        Path cache = Checker.cacheFolder();
        if (jar == null || cache == null) {
            System.out.println("no resident checker: " + (jar == null ? "these classes are not in a jar"
                    : "the cache folder is off"));
            return action == Action.status ? 1 : 0;
        }
        Resident.Place place = Resident.place(jar, cache.toAbsolutePath());
        Integer status = ResidentClient.ask(place, action == Action.status ? Resident.STATUS : Resident.STOP,
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
        if (status == null) {
            System.out.println("no resident checker is running for " + jar + " (cache folder " + cache + ")");
            return action == Action.status ? 1 : 0;
        }
        if (action == Action.stop) {
            System.out.println("stopped the resident checker");
        }
        return status;
    }
}
