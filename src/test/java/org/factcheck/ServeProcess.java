package org.factcheck;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} from the built jar in a process of its own, on a free port of 127.0.0.1, with an API token: for the
 * integration tests that kill it or watch its memory. Its output goes to a log file beside the data folder.
 */
final class ServeProcess implements AutoCloseable {
    static final String TOKEN = "serve-process-token";

    final int port;
    final Process process;
    private final Path log;
    private final HttpClient http = org.factcheck.web.OpenApiContract.validating(HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build());

    private ServeProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code serve} on {@code data} with the heap {@code xmx} ("512m") and waits until it is healthy. */
    static ServeProcess start(Path data, String xmx) throws Exception {
        return start(data, xmx, List.of());
    }

    /** As {@link #start(Path, String)}, with more options for the JVM ({@code -Djava.io.tmpdir=…}). */
    static ServeProcess start(Path data, String xmx, List<String> javaOptions) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = data.resolveSibling("serve-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", TestSupport.projectDir().resolve("target/factcheck-cli.jar").toString(), "serve",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--data", data.toString()));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().put("FACTCHECK_API_TOKEN", TOKEN);
        ServeProcess s = new ServeProcess(port, b.start(), log);
        s.awaitHealth();
        return s;
    }

    private void awaitHealth() throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < end) {
            assertTrue(process.isAlive(), () -> "the server stopped: " + log());
            try {
                if (http.send(request("/health").build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no health after 2 minutes: " + log());
    }

    /** A request to the server, with the API token and a 30 s timeout. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The most resident memory the process has had, in kB (Linux), or -1 where the system does not tell. */
    long peakResidentKb() throws IOException {
        return statusKb(process.pid(), "VmHWM:");
    }

    /**
     * The resident memory of the server and of its child processes (the parsers) now, in kB (Linux), or -1 where
     * the system does not tell.
     */
    long residentKbWithChildren() {
        long server = statusKb(process.pid(), "VmRSS:");
        if (server < 0) {
            return -1;
        }
        return server + process.descendants().mapToLong(p -> Math.max(0, statusKb(p.pid(), "VmRSS:"))).sum();
    }

    /** A line of /proc/PID/status in kB, or -1 (no such process, or no such file). */
    private static long statusKb(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone, or the system has no /proc
        }
        return -1;
    }

    /** SIGKILL: no shutdown hook runs, the database is not closed. */
    void kill() throws InterruptedException {
        java.util.List<ProcessHandle> parsers = process.descendants().toList();
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        // the parsers read their drafts from the server's pipes: at its death, their input ends and they exit
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle parser : parsers) {
            while (parser.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(!parser.isAlive(), "a parser process outlived the killed server: " + parser.pid());
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
