package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image, {@code target/factcheck-image.tar}, runs without a container engine: its layers are checked
 * ({@code tar tf}) and unpacked in their order into a root folder, given what an engine gives a container (/proc, the
 * device files of /dev, /etc/hosts), and its entrypoint and command run there by {@code unshare} (that root, a PID
 * namespace of its own) as the image's user, in its working directory, with its environment and the passwords and API
 * token a deployment passes. Its service must answer {@code /health} on 127.0.0.1 (inside a container it listens on
 * 0.0.0.0, the image's default, which this test replaces by a port of 127.0.0.1: it shares the machine's network),
 * check a Word draft through the API in a parser process, keep its data in the volume /data as that user, and stop
 * on SIGTERM. The time from the start to the first {@code /health} 200 is printed. Skipped, with the reason, where
 * the image was not built (not on Linux, or {@code -Dimage.skip}), when not root, or where namespaces are not
 * allowed.
 */
class ContainerImageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "container-image-token";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theImageRunsItsServiceFromItsOwnLayersAndConfiguration() throws Exception {
        Path image = TestSupport.projectDir().resolve("target/factcheck-image.tar");
        Path jar = TestSupport.projectDir().resolve("target/factcheck-cli.jar");
        assumeTrue(Files.isRegularFile(image), "ContainerImageIT skipped: target/factcheck-image.tar was not built "
                + "(it is built on Linux, unless -Dimage.skip)");
        assumeTrue(Files.getLastModifiedTime(image).compareTo(Files.getLastModifiedTime(jar)) >= 0,
                "ContainerImageIT skipped: target/factcheck-image.tar is older than the jar (built with -Dimage.skip)");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")) && ((Integer) Files.getAttribute(Path.of("/proc/self"),
                "unix:uid")) == 0, "ContainerImageIT skipped: running the image without an engine needs root");
        String refused = namespacesRefused();
        assumeTrue(refused == null, () -> "ContainerImageIT skipped: unshare cannot make a PID and mount namespace "
                + "here: " + refused);

        Path archive = Files.createDirectories(dir.resolve("archive"));
        run(List.of("tar", "xf", image.toString(), "-C", archive.toString()));
        JsonNode manifest = JSON.readTree(archive.resolve("manifest.json").toFile()).get(0);
        List<String> layers = new ArrayList<>();
        manifest.get("Layers").forEach(l -> layers.add(l.asText()));
        assertEquals(3, layers.size(), "three layers: system, Java, the CLI jar");
        assertLayer(archive.resolve(layers.get(0)), List.of("etc/passwd", "usr/lib/locale/C.utf8/LC_CTYPE"),
                "libc.so.6");
        assertLayer(archive.resolve(layers.get(1)), List.of("opt/java/bin/java", "opt/java/lib/modules"), null);
        assertEquals(List.of("app/", "app/factcheck-cli.jar"), entries(archive.resolve(layers.get(2))));

        JsonNode config = JSON.readTree(archive.resolve(manifest.get("Config").asText()).toFile()).get("config");
        List<String> cmd = strings(config.get("Cmd"));
        assertEquals(List.of("serve", "--host", "0.0.0.0", "--port", "8080", "--data", "/data/factcheck-data"), cmd);
        assertTrue(config.get("Volumes").has("/data"), config.toString());
        assertTrue(config.get("ExposedPorts").has("8080/tcp"), config.toString());
        String[] user = config.get("User").asText().split(":");
        assertFalse("0".equals(user[0]), "the image's user is not root");

        Path root = Files.createDirectories(dir.resolve("root"));
        for (String layer : layers) {
            run(List.of("tar", "--warning=no-unknown-keyword", "-xzf", archive.resolve(layer).toString(), "-C",
                    root.toString()));
        }
        assertEquals(-1, Files.mismatch(root.resolve("app/factcheck-cli.jar"), jar), "the image holds the built jar");
        assertTrue(Files.getPosixFilePermissions(root.resolve("data")).contains(PosixFilePermission.OTHERS_WRITE),
                "the image's user may write /data");
        giveWhatAnEngineGives(root);

        int port = freePort();
        List<String> command = new ArrayList<>(List.of("unshare", "--fork", "--pid", "--mount-proc=/proc",
                "--kill-child=SIGTERM", "--root=" + root, "--wd=" + config.get("WorkingDir").asText(),
                "--setgid=" + user[1], "--setuid=" + user[0]));
        command.addAll(strings(config.get("Entrypoint")));
        List<String> args = new ArrayList<>(cmd);
        args.set(args.indexOf("--host") + 1, "127.0.0.1");
        args.set(args.indexOf("--port") + 1, String.valueOf(port));
        command.addAll(args);
        Path log = dir.resolve("image.log");
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().clear();
        strings(config.get("Env")).forEach(e -> b.environment().put(e.substring(0, e.indexOf('=')),
                e.substring(e.indexOf('=') + 1)));
        b.environment().putAll(Map.of("FACTCHECK_API_TOKEN", TOKEN, "FACTCHECK_EDITOR_PASSWORD", "editor-password-1",
                "FACTCHECK_ADMIN_PASSWORD", "admin-password-1"));

        long start = System.nanoTime();
        Process process = b.start();
        boolean stopped;
        try {
            awaitHealth(process, port, log);
            System.out.printf("ContainerImageIT: the image's service answered /health 200 %.1f s after its start%n",
                    (System.nanoTime() - start) / 1e9);

            Path docx = TestSupport.projectDir().resolve("fixtures/QUOTE/fr-unclosed-guillemet/draft.docx");
            HttpResponse<String> check = http.send(request(port, "/api/checks?language=fr&date=2025-11-25"
                    + "&filename=draft.docx").header("Content-Type",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    .POST(HttpRequest.BodyPublishers.ofFile(docx)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, check.statusCode(), check.body());
            JsonNode findings = JSON.readTree(check.body()).get("report").get("findings");
            assertEquals("quote.unclosed", findings.get(0).get("rule").asText(), check.body());
            assertEquals("Guillemet ouvrant « jamais refermé.", findings.get(0).get("message").asText());

            Path users = root.resolve("data/factcheck-data/users.properties");
            assertTrue(Files.isRegularFile(users), "the data folder is in /data");
            assertEquals(Integer.parseInt(user[0]), Files.getAttribute(users, "unix:uid"), "written as the image's user");
        } finally {
            stopped = stop(process);
        }
        assertTrue(stopped, () -> "the service did not stop within 30 s of SIGTERM: " + log(log));
        assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("factcheck is serving on"),
                () -> log(log));
    }

    /**
     * Stops the service as an engine does, with SIGTERM to the container's first process (unshare itself ignores it);
     * true when it and unshare ended within 30 s, else every process of the container is killed.
     */
    private static boolean stop(Process unshare) throws InterruptedException {
        List<ProcessHandle> inside = unshare.descendants().toList();
        unshare.children().forEach(ProcessHandle::destroy);
        if (unshare.waitFor(30, TimeUnit.SECONDS)) {
            return true;
        }
        inside.forEach(ProcessHandle::destroyForcibly);
        unshare.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    /** The reason this machine refuses a PID and mount namespace (unshare's error), or null when it allows them. */
    private static String namespacesRefused() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("unshare", "--fork", "--pid", "--mount-proc", "true").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? null : out;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** A layer holds each of {@code paths} and an entry whose name ends with {@code suffix} (unless null). */
    private static void assertLayer(Path layer, List<String> paths, String suffix) throws Exception {
        List<String> entries = entries(layer);
        for (String p : paths) {
            assertTrue(entries.contains(p), p + " in " + layer.getFileName());
        }
        if (suffix != null) {
            assertTrue(entries.stream().anyMatch(e -> e.endsWith("/" + suffix)), suffix + " in " + layer.getFileName());
        }
        assertTrue(entries.stream().noneMatch(e -> e.contains("WEB-INF")), "no exploded WAR in " + layer.getFileName());
    }

    private static List<String> entries(Path layer) throws Exception {
        return List.of(run(List.of("tar", "--warning=no-unknown-keyword", "-tzf", layer.toString())).split("\n"));
    }

    /** /proc (mounted by unshare), the devices an engine creates, and the /etc/hosts it writes. */
    private static void giveWhatAnEngineGives(Path root) throws Exception {
        Files.createDirectories(root.resolve("proc"));
        Path dev = Files.createDirectories(root.resolve("dev"));
        for (String[] d : new String[][] {{"null", "3"}, {"zero", "5"}, {"random", "8"}, {"urandom", "9"}}) {
            run(List.of("mknod", "-m", "666", dev.resolve(d[0]).toString(), "c", "1", d[1]));
        }
        Files.writeString(root.resolve("etc/hosts"), "127.0.0.1\tlocalhost\n::1\tlocalhost\n");
    }

    /** A free port of 127.0.0.1 among 18400-18499, the ports kept for this test. */
    private static int freePort() {
        for (int port = 18400; port < 18500; port++) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // the next one
            }
        }
        throw new IllegalStateException("no free port among 18400-18499");
    }

    private void awaitHealth(Process process, int port, Path log) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < end) {
            assertTrue(process.isAlive(), () -> "the image's service stopped: " + log(log));
            try {
                if (http.send(request(port, "/health").build(), HttpResponse.BodyHandlers.discarding()).statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no health after 3 minutes: " + log(log));
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Runs a command of this machine; its output, or an assertion error with it when it fails. */
    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, () -> command + ": " + out);
        return out;
    }

    private static String log(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
