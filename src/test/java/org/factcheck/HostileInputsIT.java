package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile input through the API of {@code serve} in its own process (its heap at 512 MB, drafts read in its
 * child processes): the answer each must get (a 4xx naming the fault's kind, or a check of the text read right) in
 * under 10 s, then {@code /health} and an ordinary check; at the end, the server's resident memory, and its
 * parsers', under bounds. And the command line stops promptly on SIGTERM in the middle of a batch.
 */
class HostileInputsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyHostileInputGetsItsAnswerAndTheServerStaysHealthy() throws Exception {
        List<String> failures = new ArrayList<>();
        long peakWithParsers = 0;
        try (ServeProcess server = ServeProcess.start(TestSupport.dataFolder(dir), "512m")) {
            for (HostileInputs.Input input : HostileInputs.all()) {
                long start = System.nanoTime();
                HttpResponse<String> r = server.send(server.request("/api/checks?language=fr&date=2025-11-25&filename="
                                + URLEncoder.encode(input.file(), StandardCharsets.UTF_8))
                        .header("Content-Type", input.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(input.bytes())).build());
                long ms = (System.nanoTime() - start) / 1_000_000;
                peakWithParsers = Math.max(peakWithParsers, server.residentKbWithChildren());
                System.out.printf("HostileInputsIT: %s answered %d in %d ms%n", input, r.statusCode(), ms);
                JsonNode body = JSON.readTree(r.body());
                if (input.refused()) {
                    if (r.statusCode() != 422 && r.statusCode() != 415
                            || !input.kinds().contains(body.path("kind").asText())) {
                        failures.add(input + ": " + r.statusCode() + " " + r.body());
                    }
                } else if (r.statusCode() != 201) {
                    failures.add(input + ": " + r.statusCode() + " " + r.body());
                } else if (input.text() != null && !input.text().equals(body.get("report").get("text").asText())) {
                    failures.add(input + ": read as " + body.get("report").get("text").asText());
                }
                if (ms >= 10_000) {
                    failures.add(input + ": answered in " + ms + " ms");
                }
                int health = server.send(server.request("/health").build()).statusCode();
                HttpResponse<String> ordinary = server.send(server.request("/api/checks?language=fr")
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString("Le conseil a voté le budget lundi.\n")).build());
                if (health != 200 || ordinary.statusCode() != 201) {
                    failures.add("after " + input + ": health " + health + ", an ordinary check " + ordinary.statusCode());
                }
            }
            long peakKb = server.peakResidentKb();
            System.out.printf("HostileInputsIT: server peak RSS %d MB, with its parsers %d MB%n", peakKb / 1024,
                    peakWithParsers / 1024);
            assertEquals(List.of(), failures);
            assertTrue(peakKb < 1024 * 1024, "server peak RSS " + peakKb / 1024 + " MB");
            assertTrue(peakWithParsers < 1536 * 1024, "with its parsers " + peakWithParsers / 1024 + " MB");
        }
    }

    @Test
    void theCommandLineStopsPromptlyOnSigterm() throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TestSupport.projectDir().resolve("target/factcheck-cli.jar").toString(), "check",
                "--format", "json"));
        String text = "Le conseil municipal a voté le budget de la ville lundi soir, « à l'unanimité ». ".repeat(2_000);
        for (int i = 0; i < 200; i++) {
            args.add(Files.writeString(dir.resolve("draft-" + i + ".txt"), i + " " + text).toString());
        }
        Process cli = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile()).start();
        Thread.sleep(4000);
        assertTrue(cli.isAlive(), "the batch is still running when the signal comes");
        long start = System.nanoTime();
        cli.destroy(); // SIGTERM
        assertTrue(cli.waitFor(5, TimeUnit.SECONDS), "the command line stopped within 5 s of SIGTERM");
        System.out.printf("HostileInputsIT: the command line stopped %d ms after SIGTERM (status %d)%n",
                (System.nanoTime() - start) / 1_000_000, cli.exitValue());
        assertEquals(143, cli.exitValue(), "the status of a process ended by SIGTERM");
    }
}
