package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build writes ({@code target/factcheck-cli}): its first check writes the class archive, the next
 * starts the resident checker, which does the checks after it; each prints what {@code java -jar} prints.
 */
class LauncherIT {
    @TempDir
    Path dir;

    private final Path launcher = TestSupport.projectDir().resolve("target/factcheck-cli");

    /** One run: exit status, standard output, standard error. */
    private record Run(int status, String out, String err) {
    }

    private Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("FACTCHECK_CACHE", dir.resolve("cache").toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("FACTCHECK_DAEMON_IDLE", "120"); // stops by itself should the test not stop it
        builder.environment().remove("FACTCHECK_DAEMON");
        builder.environment().remove("FACTCHECK_JAVA_OPTIONS");
        builder.environment().putAll(environment);
        Path err = dir.resolve("err.txt");
        Process p = builder.redirectError(err.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "ended");
        return new Run(p.exitValue(), out, Files.readString(err));
    }

    @AfterEach
    void stopTheResidentChecker() throws Exception {
        run(Map.of(), "daemon", "stop");
    }

    @Test
    void theFirstCheckArchivesTheClassesTheNextStartsTheResidentCheckerThatDoesTheOthers() throws Exception {
        Files.writeString(dir.resolve("draft.txt"), "Le maire Paul Grenier a parlé mardi 4 mars.\nPuis Paul Grenié a"
                + " répondu : « Tout est prêt.\n", StandardCharsets.UTF_8);
        Process reference = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                TestSupport.projectDir().resolve("target/factcheck-cli.jar").toString(), "check", "--date", "2025-03-05",
                "draft.txt").directory(dir.toFile()).redirectErrorStream(true).start();
        String expected = new String(reference.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(reference.waitFor(3, TimeUnit.MINUTES));
        assertEquals(1, reference.exitValue(), expected);
        assertTrue(expected.contains("name.spelling") && expected.contains("quote.unclosed"), expected);

        Run first = run(Map.of(), "check", "--date", "2025-03-05", "draft.txt");
        assertEquals(new Run(1, expected, ""), first);
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("classes-\\d+\\.jsa")), "archived");
        }
        assertFalse(Files.exists(dir.resolve("cache/daemon")), "no resident checker on the first check");

        Run second = run(Map.of(), "check", "--date", "2025-03-05", "draft.txt");
        assertEquals(new Run(1, expected, ""), second);
        Run third = run(Map.of(), "check", "--date", "2025-03-05", "draft.txt");
        assertEquals(new Run(1, expected, ""), third);
        Run status = run(Map.of(), "daemon", "status");
        assertEquals(0, status.status(), status.err());
        assertTrue(status.out().matches("(?s)resident checker: pid \\d+, .*, 2 checks \\(0 under way\\), .*rules loaded 1 times.*"),
                status.out());

        Run off = run(Map.of("FACTCHECK_DAEMON", "off"), "check", "--date", "2025-03-05", "draft.txt");
        assertEquals(new Run(1, expected, ""), off);
        assertTrue(run(Map.of(), "daemon", "status").out().contains(", 2 checks ("), "not sent to it");

        Run stop = run(Map.of(), "daemon", "stop");
        assertEquals(0, stop.status(), stop.err());
        assertEquals(1, run(Map.of(), "daemon", "status").status(), "none left");
    }

    /**
     * {@code bench} times warm checks with both of Java's compilers, as the service runs them, not with a quick
     * start's compiler alone; the options of {@code FACTCHECK_JAVA_OPTIONS} still come after the launcher's.
     */
    @Test
    void benchTimesWarmChecksWithTheCompilersOfTheService() throws Exception {
        String[] bench = {"bench", "--compilations", "1", "--warmup", "1", "--iterations", "2", "--scale", "0",
            "--formats", "txt"};
        Run run = run(Map.of(), bench);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.equals("compilers: both, as a service runs them")), run.out());
        Run quick = run(Map.of("FACTCHECK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1"), bench);
        assertEquals(0, quick.status(), quick.err());
        assertTrue(quick.out().contains("compilers: the quick one alone (-XX:TieredStopAtLevel=1)"), quick.out());
    }

    @Test
    void serveRunsWithTheServicesSettingsAndYoursAfterThem() throws Exception {
        // a check first, which writes the class archive the service then maps, into a folder whose name has a space
        Path cache = dir.resolve("cache folder");
        Files.writeString(dir.resolve("draft.txt"), "Le maire Paul Grenier a parlé mardi.\n", StandardCharsets.UTF_8);
        Run check = run(Map.of("FACTCHECK_CACHE", cache.toString()), "check", "--date", "2025-03-05", "draft.txt");
        assertTrue(check.status() <= 1, check.err());
        Path archive;
        try (Stream<Path> files = Files.list(cache)) {
            archive = files.filter(f -> f.getFileName().toString().matches("classes-\\d+\\.jsa")).findFirst()
                    .orElseThrow();
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("sh", launcher.toString(), "serve", "--port", String.valueOf(port),
                "--data", dir.resolve("data").toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile());
        builder.environment().put("FACTCHECK_CACHE", cache.toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("FACTCHECK_JAVA_OPTIONS", "-Xmx300m");
        Process serve = builder.start(); // the launcher execs Java: this is the service's own process
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
            int status = 0;
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (status != 200 && System.nanoTime() < end) {
                assertTrue(serve.isAlive(), () -> "the service stopped: " + log("serve.log"));
                try {
                    status = http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    status = 0; // not listening yet
                }
                if (status != 200) {
                    Thread.sleep(200);
                }
            }
            assertEquals(200, status, () -> log("serve.log"));
            Optional<String[]> arguments = serve.info().arguments();
            if (arguments.isPresent()) { // the system tells a process's arguments (Linux does)
                List<String> options = List.of(arguments.get());
                assertTrue(options.containsAll(List.of("-XX:+UseSerialGC", "-Xms32m", "-XX:MinHeapFreeRatio=25",
                        "-XX:MaxNewSize=64m", "-XX:Tier3InvocationThreshold=2000", "-XX:Tier3CompileThreshold=20000")),
                        options::toString);
                assertFalse(options.contains("-XX:TieredStopAtLevel=1"), "both compilers: " + options);
                assertTrue(options.contains("-XX:SharedArchiveFile=" + archive), "the archive, one argument: " + options);
                assertFalse(options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")), options::toString);
                assertTrue(options.indexOf("-Xmx300m") > options.indexOf("-Xmx256m") && options.contains("-Xmx256m"),
                        "the user's heap after the default, so that it wins: " + options);
            }
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(1, TimeUnit.MINUTES), "stopped");
        }
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
