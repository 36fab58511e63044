package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

class LoadCommandTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

    /** A stand-in for the service on a free port of 127.0.0.1: 201 for a draft, 503 for one named "busy.txt". */
    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/checks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String query = exchange.getRequestURI().getRawQuery();
            seen.add(exchange.getRequestMethod() + " " + query + " " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
            String name = query.replaceAll(".*filename=([^&]*).*", "$1");
            bodies.put(name, body);
            byte[] answer = (name.equals("busy.txt") ? "{\"title\":\"too many checks at once\"}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(name.equals("busy.txt") ? 503 : 201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void sendsEachDraftInTurnWithTheTokenAndTheOptionsAndCountsTheAnswers() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Le ministre a parlé.");
        Path b = Files.writeString(dir.resolve("b.md"), "# Titre\n\nUn texte.");
        Path token = Files.writeString(dir.resolve("token"), "sesame\n");
        Path log = dir.resolve("requests.csv");
        CliRun r = CliRun.of("load", "--url", url(), "--clients", "2", "--rate", "40", "--duration", "0.5",
                "--token-file", token.toString(), "--date", "2025-11-25", "--language", "fr", "--log", log.toString(),
                a.toString(), b.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        // at a rate, the number of requests is the rate times the duration, whatever the answers' speed
        assertEquals(20, seen.size(), seen.toString());
        assertTrue(r.out().contains("answered: 20 in "), r.out());
        assertTrue(r.out().contains("201 × 20"), r.out());
        assertTrue(r.out().contains("latency from when due (ms): median "), r.out());
        assertTrue(r.out().contains("service time from sending (ms): median "), r.out());
        assertEquals(10, seen.stream().filter(s -> s.contains("filename=a.txt")).count(), seen.toString());
        assertTrue(seen.contains("POST date=2025-11-25&language=fr&filename=a.txt Bearer sesame text/plain; charset=utf-8"),
                seen.toString());
        assertTrue(seen.contains("POST date=2025-11-25&language=fr&filename=b.md Bearer sesame text/markdown; charset=utf-8"),
                seen.toString());
        assertArrayEquals(Files.readAllBytes(b), bodies.get("b.md"));
        List<String> lines = Files.readAllLines(log);
        assertEquals("due_epoch_ms,latency_us,service_us,status", lines.get(0));
        assertEquals(21, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",201")), lines.toString());
    }

    @Test
    void failsWithTheFirstAnswerWhenTheServiceRefuses() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "Un texte.");
        Path busy = Files.writeString(dir.resolve("busy.txt"), "Un autre.");
        CliRun r = CliRun.of("load", "--url", url(), "--clients", "1", "--rate", "20", "--duration", "0.5",
                ok.toString(), busy.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("201 × 5, 503 × 5"), r.out());
        assertTrue(r.err().contains("5 of 10 requests failed; the first: status 503: {\"title\":\"too many checks at once\"}"),
                r.err());
        // a service that refuses during the warm-up: nothing measured, the run stops there
        CliRun warm = CliRun.of("load", "--url", url(), "--clients", "1", "--rate", "20", "--warmup", "0.2",
                "--duration", "30", busy.toString());
        assertEquals(1, warm.status(), warm.out() + warm.err());
        assertTrue(warm.err().contains("4 of 4 warm-up requests failed; the first: status 503"), warm.err());
        assertTrue(!warm.out().contains("answered"), warm.out());
        // the bundled article by default, sent as text
        seen.clear();
        CliRun article = CliRun.of("load", "--url", url(), "--clients", "1", "--rate", "10", "--duration", "0.2");
        assertEquals(0, article.status(), article.err());
        assertTrue(article.out().contains("1 draft (article-fr.txt, "), article.out());
        assertEquals(2, seen.size(), seen.toString());
    }

    /** A WAR deployed under a context path: the API under it, as the address given says. */
    @Test
    void sendsToTheApiUnderTheAddressGiven() {
        AtomicInteger underPath = new AtomicInteger();
        server.createContext("/desk/api/checks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            underPath.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        CliRun r = CliRun.of("load", "--url", url() + "/desk", "--clients", "1", "--rate", "10", "--duration", "0.3");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals(3, underPath.get());
        assertTrue(seen.isEmpty(), seen.toString());
        assertTrue(r.out().startsWith("load: " + url() + "/desk/api/checks, 1 client, 10 checks/s asked, 0.3 s measured"),
                r.out());
    }

    @Test
    void refusesBadOptionsAndMissingDraftsBeforeSendingAnything() {
        CliRun none = CliRun.of("load", "--url", url(), dir.resolve("absent.txt").toString());
        assertEquals(2, none.status());
        assertTrue(none.err().contains("no draft at "), none.err());
        CliRun clients = CliRun.of("load", "--url", url(), "--clients", "0");
        assertEquals(2, clients.status());
        assertTrue(clients.err().contains("--clients must be at least 1"), clients.err());
        CliRun scheme = CliRun.of("load", "--url", "ftp://127.0.0.1/");
        assertEquals(2, scheme.status());
        assertTrue(scheme.err().contains("--url needs an http or https address"), scheme.err());
        assertTrue(seen.isEmpty(), seen.toString());
    }

    @Test
    void aServiceThatDoesNotAnswerIsAFailureNotAHang() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        CliRun r = CliRun.of("load", "--url", "http://127.0.0.1:" + port, "--clients", "1", "--rate", "10",
                "--duration", "0.2");
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("no answer × 2"), r.out());
        assertTrue(r.err().contains("2 of 2 requests failed; the first: ConnectException"), r.err());
    }

    /**
     * At a rate, a stall delays every request due during it, and each counts from when it was due: one request of
     * 300 ms at 100 a second makes some 30 late ones, where the service time (from the sending) shows only the one.
     */
    @Test
    void countsFromWhenARequestWasDueNotFromWhenItCouldBeSent() {
        LoadCommand.Sender stalling = index -> {
            if (index == 10) {
                Thread.sleep(300);
            }
            return LoadCommand.Answer.of(200);
        };
        LoadCommand.Run run = LoadCommand.Run.of(stalling, 1, 100, 600_000_000L, Long.MAX_VALUE, null);
        assertEquals(60, run.size());
        long lateFromDue = Arrays.stream(run.latencies()).filter(l -> l >= 50_000_000L).count();
        long lateFromSent = Arrays.stream(run.serviceTimes()).filter(l -> l >= 50_000_000L).count();
        assertEquals(1, lateFromSent);
        assertTrue(lateFromDue >= 20, "requests due during the stall count it: " + lateFromDue);
        assertTrue(run.lateness() >= 250_000_000L, "the request due after the stall was sent late: " + run.lateness());
    }

    /** With no rate each client sends again when answered: never more requests at once than clients. */
    @Test
    void aClosedLoopKeepsAtMostOneRequestAClient() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        LoadCommand.Sender slow = index -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(20);
            inFlight.decrementAndGet();
            return LoadCommand.Answer.of(201);
        };
        List<Integer> progress = new CopyOnWriteArrayList<>();
        LoadCommand.Run run = LoadCommand.Run.of(slow, 3, 0, 300_000_000L, 100_000_000L,
                (answered, elapsed) -> progress.add(answered));
        assertTrue(most.get() <= 3 && most.get() >= 2, "at once: " + most.get());
        // each request takes at least 20 ms: no client sends more than 300 / 20 + 1 in 300 ms
        assertTrue(run.size() <= 3 * 16 && run.size() >= 3, "requests: " + run.size());
        assertEquals(Map.of(201, run.size()), run.statuses());
        assertTrue(!progress.isEmpty() && progress.size() <= 3, "progress told every 100 ms: " + progress);
        // with no rate, a request is due when sent: latency and service time are one
        assertArrayEquals(run.latencies(), run.serviceTimes());
    }

    @Test
    void percentilesAreNearestRanks() {
        long[] sorted = new long[100];
        Arrays.setAll(sorted, i -> i + 1);
        assertEquals(50, LoadCommand.percentile(sorted, 0.5));
        assertEquals(99, LoadCommand.percentile(sorted, 0.99));
        assertEquals(100, LoadCommand.percentile(sorted, 0.999));
        assertEquals(7, LoadCommand.percentile(new long[] {7}, 0.5));
    }
}
