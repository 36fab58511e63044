package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook on the embedded server: registered by an admin, each stored check's summary POSTed to a receiver the
 * test runs on 127.0.0.1, signed, after the check has answered, retried with growing waits on 5xx, not retried on
 * a 400; refused to anyone but an admin, for a bad URL, and on a service without a secret.
 */
class WebhookApiTest {
    private static final String TOKEN = "hook-token-" + UUID.randomUUID();
    private static final String ADMIN_TOKEN = "hook-admin-token-" + UUID.randomUUID();
    private static final String SECRET = "hook-secret-" + UUID.randomUUID();
    private static final long BACKOFF_MS = 300;
    private static final int ATTEMPTS = 4;
    private static final long TIMEOUT_MS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = OpenApiContract.validating(HttpClient.newHttpClient());
    private static final String DRAFT = "Les Etats-Unis ont annoncé lundi une hausse des droits de douane. "
            + "Le ministre a rappelé que les États-Unis restaient ouverts au dialogue.\n\n"
            + "La réunion aura lieu à Genève la semaine prochaine, a précisé le porte-parole.\n\n"
            + "La réunion aura lieu à Genève la semaine prochaine, a précisé le porte-parole.";

    @TempDir
    static Path temp;
    private static Path rules;
    private static EmbeddedServer server;
    private Receiver receiver;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("users.properties"), "editor: editor-pw, editor\nadmin: admin-pw, admin, editor\n");
        rules = TestSupport.copyOfRules(temp.resolve("rules"));
        server = EmbeddedServer.start("127.0.0.1", 0, data, rules, TestSupport.projectDir().resolve("webapp"),
                Map.of("factcheck.api-token", TOKEN, "factcheck.admin-token", ADMIN_TOKEN, "factcheck.parse-workers", "0",
                        "factcheck.webhook-secret", SECRET, "factcheck.webhook-backoff-ms", String.valueOf(BACKOFF_MS),
                        "factcheck.webhook-attempts", String.valueOf(ATTEMPTS),
                        "factcheck.webhook-timeout-ms", String.valueOf(TIMEOUT_MS)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** A webhook receiver on 127.0.0.1: records each request, answers the statuses scripted (then 200). */
    static final class Receiver implements AutoCloseable {
        record Request(long arrived, AtomicLong answered, Map<String, List<String>> headers, byte[] body) {
            String header(String name) {
                List<String> v = headers.get(name);
                return v == null ? null : v.get(0);
            }
        }

        final HttpServer http;
        final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
        final ConcurrentLinkedDeque<Integer> script = new ConcurrentLinkedDeque<>();
        /** When set, the first request waits for it before it is answered. */
        volatile CountDownLatch hold;
        final AtomicLong answeredCount = new AtomicLong();

        Receiver() throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/hook", exchange -> {
                Request r;
                try (InputStream in = exchange.getRequestBody()) {
                    r = new Request(System.nanoTime(), new AtomicLong(), Map.copyOf(exchange.getRequestHeaders()),
                            in.readAllBytes());
                }
                requests.add(r);
                CountDownLatch h = hold;
                if (h != null) {
                    hold = null;
                    try {
                        h.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                Integer status = script.poll();
                if (status != null && status == 429) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                }
                exchange.sendResponseHeaders(status == null ? 200 : status, -1);
                exchange.close();
                r.answered().set(System.nanoTime());
                answeredCount.incrementAndGet();
            });
            http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            http.start();
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/hook";
        }

        Request next() throws InterruptedException {
            Request r = requests.poll(30, TimeUnit.SECONDS);
            assertNotNull(r, "no delivery within 30 s");
            return r;
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpRequest.Builder as(String token, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder put(String token, String json) {
        return as(token, "/api/admin/webhook").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    private static JsonNode register(String url) throws Exception {
        HttpResponse<String> r = send(put(ADMIN_TOKEN, JSON.writeValueAsString(Map.of("url", url))));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode hook() throws Exception {
        HttpResponse<String> r = send(as(ADMIN_TOKEN, "/api/admin/webhook"));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** The webhook once {@code done} of its deliveries are over (delivered or given up). */
    private static JsonNode hookAfter(long done) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode h;
        do {
            h = hook();
            JsonNode d = h.get("deliveries");
            if (d.get("delivered").asLong() + d.get("failed").asLong() >= done) {
                return h;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("deliveries not over: " + h);
    }

    private static JsonNode submit(String documentId) throws Exception {
        HttpResponse<String> r = send(as(TOKEN, "/api/checks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", DRAFT, "language", "fr",
                        "date", "2025-11-25", "documentId", documentId)))));
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** The signature computed here, apart from the service's code: HMAC-SHA256 of "timestamp.body". */
    private static String signature(String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '.');
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void aStoredCheckIsDeliveredAfterItsAnswerSignedAndRetriedWithGrowingWaits() throws Exception {
        JsonNode registered = register(receiver.url());
        assertEquals(receiver.url(), registered.get("url").asText());
        assertEquals("admin-token", registered.get("createdBy").asText());
        assertTrue(registered.get("node").get("secretConfigured").asBoolean());

        CountDownLatch release = new CountDownLatch(1);
        receiver.hold = release;
        receiver.script.addAll(List.of(500, 500, 200));
        String doc = "doc-" + UUID.randomUUID();
        JsonNode check = submit(doc);
        // The check has answered, and its delivery has reached the receiver, which holds it unanswered: the check
        // did not wait for the delivery.
        List<Receiver.Request> got = new ArrayList<>();
        got.add(receiver.next());
        assertEquals(0, receiver.answeredCount.get(), "the check answered before its delivery was done");
        release.countDown();
        for (int i = 0; i < 2; i++) {
            got.add(receiver.next());
        }
        JsonNode after = hookAfter(1);
        assertEquals(3, got.size());
        assertNull(receiver.requests.poll(), "no attempt after the 200");

        String delivery = got.get(0).header("X-factcheck-delivery");
        assertNotNull(delivery);
        for (Receiver.Request r : got) {
            assertEquals("application/json", r.header("Content-type"));
            assertEquals("check.stored", r.header("X-factcheck-event"));
            assertNull(r.header("Upgrade"), "HTTP/1.1, no h2c upgrade");
            assertEquals(delivery, r.header("X-factcheck-delivery"), "one delivery id through the attempts");
            assertArrayEquals(got.get(0).body(), r.body(), "one body through the attempts");
            String timestamp = r.header("X-factcheck-timestamp");
            assertTrue(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond()) < 300, timestamp);
            assertEquals(signature(timestamp, r.body()), r.header("X-factcheck-signature"));
        }

        JsonNode body = JSON.readTree(got.get(0).body());
        assertEquals("check.stored", body.get("event").asText());
        assertEquals(delivery, body.get("deliveryId").asText());
        assertEquals(check.get("id").asText(), body.get("checkId").asText());
        assertEquals(doc, body.get("documentId").asText());
        assertEquals(1, body.get("revision").asInt());
        assertEquals(check.get("createdAt").asText(), body.get("createdAt").asText());
        assertEquals("/api/checks/" + check.get("id").asText(), body.get("path").asText());
        int findings = check.get("counts").get("findings").asInt();
        assertTrue(findings >= 2, check.get("counts").toString());
        assertEquals(findings, body.get("findings").asInt());
        assertEquals(check.get("counts").get("open").asInt(), body.get("open").asInt());
        assertEquals(findings, body.get("newFindings").asInt());
        int bySeverity = 0;
        for (String s : List.of("error", "warning", "info")) {
            bySeverity += body.get("bySeverity").get(s).asInt();
        }
        assertEquals(findings, bySeverity);
        assertTrue(body.get("byCategory").get("SPELLING").asInt() >= 1, body.toString());
        assertTrue(body.get("byCategory").get("DUPLICATE").asInt() >= 1, body.toString());
        assertFalse(new String(got.get(0).body(), StandardCharsets.UTF_8).contains("Genève"), "no text of the draft");

        // The waits after each 500 grow: the back-off, then twice it (each give or take a fifth).
        long wait1 = got.get(1).arrived() - got.get(0).answered().get();
        long wait2 = got.get(2).arrived() - got.get(1).answered().get();
        assertTrue(wait1 >= TimeUnit.MILLISECONDS.toNanos(BACKOFF_MS * 8 / 10), "first wait " + wait1 / 1_000_000 + " ms");
        assertTrue(wait2 >= TimeUnit.MILLISECONDS.toNanos(BACKOFF_MS * 2 * 8 / 10), "second wait " + wait2 / 1_000_000 + " ms");
        assertTrue(wait2 > wait1, "waits " + wait1 / 1_000_000 + " then " + wait2 / 1_000_000 + " ms");

        JsonNode d = after.get("deliveries");
        assertEquals(1, d.get("delivered").asLong());
        assertEquals(0, d.get("failed").asLong());
        assertEquals(200, d.get("lastStatus").asInt());
        assertTrue(d.get("lastError").isNull());
        assertEquals(0, d.get("consecutiveFailures").asInt());
        assertFalse(d.get("lastDeliveredAt").isNull());
        assertEquals(0, after.get("node").get("dropped").asLong());
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        register(receiver.url());
        receiver.script.add(400);
        submit("doc-" + UUID.randomUUID());
        receiver.next();
        JsonNode d = hookAfter(1).get("deliveries");
        assertEquals(1, d.get("failed").asLong());
        assertEquals(400, d.get("lastStatus").asInt());
        assertTrue(d.get("lastError").asText().contains("not retried"), d.toString());
        // a retry would have come within the back-off and a fifth; wait five times that
        assertNull(receiver.requests.poll(BACKOFF_MS * 6, TimeUnit.MILLISECONDS), "a 400 is not retried");
    }

    @Test
    void aTooManyRequestsIsRetriedNoSoonerThanItsRetryAfter() throws Exception {
        register(receiver.url());
        receiver.script.add(429); // with Retry-After: 1, more than the back-off and its jitter
        submit("doc-" + UUID.randomUUID());
        Receiver.Request first = receiver.next();
        Receiver.Request second = receiver.next();
        long wait = second.arrived() - first.answered().get();
        assertTrue(wait >= TimeUnit.MILLISECONDS.toNanos(1000), "waited " + wait / 1_000_000 + " ms");
        JsonNode d = hookAfter(1).get("deliveries");
        assertEquals(1, d.get("delivered").asLong());
    }

    @Test
    void anAnswerPastTheTimeoutIsRetried() throws Exception {
        register(receiver.url());
        CountDownLatch release = new CountDownLatch(1);
        receiver.hold = release;
        submit("doc-" + UUID.randomUUID());
        Receiver.Request first = receiver.next();
        Receiver.Request second = receiver.next(); // the first is still held, past the timeout
        release.countDown();
        assertEquals(first.header("X-factcheck-delivery"), second.header("X-factcheck-delivery"));
        long wait = second.arrived() - first.arrived();
        assertTrue(wait >= TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS + BACKOFF_MS * 8 / 10), wait / 1_000_000 + " ms");
        JsonNode d = hookAfter(1).get("deliveries");
        assertEquals(1, d.get("delivered").asLong(), "the attempt that timed out does not count");
        assertEquals(0, d.get("failed").asLong());
    }

    @Test
    void noConnectionIsRetriedThenGivenUp() throws Exception {
        String url = receiver.url();
        receiver.close(); // nothing listens there any more
        register(url);
        submit("doc-" + UUID.randomUUID());
        JsonNode d = hookAfter(1).get("deliveries");
        assertEquals(1, d.get("failed").asLong());
        assertTrue(d.get("lastStatus").isNull(), d.toString());
        assertTrue(d.get("lastError").asText().contains("ConnectException"), d.toString());
        assertTrue(d.get("lastError").asText().contains("given up after " + ATTEMPTS + " attempts"), d.toString());
    }

    @Test
    void aDeliveryIsGivenUpAfterItsAttempts() throws Exception {
        register(receiver.url());
        for (int i = 0; i < ATTEMPTS; i++) {
            receiver.script.add(503);
        }
        submit("doc-" + UUID.randomUUID());
        for (int i = 0; i < ATTEMPTS; i++) {
            receiver.next();
        }
        JsonNode d = hookAfter(1).get("deliveries");
        assertEquals(1, d.get("failed").asLong());
        assertEquals(1, d.get("consecutiveFailures").asInt());
        assertEquals(503, d.get("lastStatus").asInt());
        assertTrue(d.get("lastError").asText().contains("given up after " + ATTEMPTS + " attempts"), d.toString());
        assertNull(receiver.requests.poll(BACKOFF_MS * 10, TimeUnit.MILLISECONDS));
    }

    @Test
    void aDeletedWebhookReceivesNothing() throws Exception {
        register(receiver.url());
        assertEquals(204, send(as(ADMIN_TOKEN, "/api/admin/webhook").DELETE()).statusCode());
        assertEquals(204, send(as(ADMIN_TOKEN, "/api/admin/webhook").DELETE()).statusCode(), "deleting none is fine");
        HttpResponse<String> none = send(as(ADMIN_TOKEN, "/api/admin/webhook"));
        assertEquals(404, none.statusCode(), none.body());
        submit("doc-" + UUID.randomUUID());
        assertNull(receiver.requests.poll(1500, TimeUnit.MILLISECONDS), "nothing is sent without a webhook");
    }

    @Test
    void onlyAnAdminReadsRegistersOrDeletesTheWebhook() throws Exception {
        JsonNode before = register(receiver.url());
        String other = "{\"url\": \"https://cms.example.org/hook\"}";
        String basicEditor = "Basic " + Base64.getEncoder().encodeToString("editor:editor-pw".getBytes(StandardCharsets.UTF_8));
        for (HttpRequest.Builder b : List.of(HttpRequest.newBuilder(uri("/api/admin/webhook")),
                HttpRequest.newBuilder(uri("/api/admin/webhook")).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(other)),
                HttpRequest.newBuilder(uri("/api/admin/webhook")).DELETE(),
                put("wrong-" + ADMIN_TOKEN, other))) {
            HttpResponse<String> r = send(b);
            assertEquals(401, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        for (HttpRequest.Builder b : List.of(as(TOKEN, "/api/admin/webhook"), put(TOKEN, other),
                as(TOKEN, "/api/admin/webhook").DELETE(),
                HttpRequest.newBuilder(uri("/api/admin/webhook")).header("Authorization", basicEditor))) {
            HttpResponse<String> r = send(b);
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("lacks the role admin"), r.body());
        }
        assertEquals(before.get("url"), hook().get("url"), "nothing changed");
        String basicAdmin = "Basic " + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, send(HttpRequest.newBuilder(uri("/api/admin/webhook")).header("Authorization", basicAdmin))
                .statusCode(), "an admin account reads it");
    }

    @Test
    void badUrlsAndBodiesAreRefused() throws Exception {
        JsonNode before = register(receiver.url());
        for (String url : List.of("ftp://cms.example.org/hook", "/api/hook", "cms.example.org/hook", "http://",
                "https://user:pw@cms.example.org/hook", "https://cms.example.org/hook#x", "http://exa mple.org/",
                "javascript:alert(1)", "", "https://cms.example.org/" + "a".repeat(2100))) {
            HttpResponse<String> r = send(put(ADMIN_TOKEN, JSON.writeValueAsString(Map.of("url", url))));
            assertEquals(400, r.statusCode(), url + ": " + r.body());
            assertTrue(r.body().contains("'url'"), r.body());
        }
        for (String body : List.of("{}", "{\"url\": 3}", "{\"href\": \"https://cms.example.org/\"}", "not json", "[]")) {
            HttpResponse<String> r = send(put(ADMIN_TOKEN, body));
            assertEquals(400, r.statusCode(), body + ": " + r.body());
        }
        HttpResponse<String> form = send(as(ADMIN_TOKEN, "/api/admin/webhook").header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(receiver.url())));
        assertEquals(415, form.statusCode(), form.body());
        HttpResponse<String> post = send(as(ADMIN_TOKEN, "/api/admin/webhook").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, post.statusCode(), post.body());
        assertEquals("GET, PUT, DELETE", post.headers().firstValue("Allow").orElse(""));
        assertEquals(before.get("url"), hook().get("url"), "nothing changed");
    }

    @Test
    void withoutASecretNoWebhookIsRegistered() throws Exception {
        Path data = TestSupport.dataFolder(temp.resolve("unsigned"));
        try (EmbeddedServer unsigned = EmbeddedServer.start("127.0.0.1", 0, data, rules,
                TestSupport.projectDir().resolve("webapp"), Map.of("factcheck.admin-token", ADMIN_TOKEN,
                        "factcheck.parse-workers", "0"))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + unsigned.port()
                    + "/api/admin/webhook")).header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + receiver.url() + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(409, r.statusCode(), r.body());
            assertTrue(r.body().contains("factcheck.webhook-secret"), r.body());
            assertTrue(r.body().contains("never sent unsigned"), r.body());
        }
    }

    @Test
    void aShortSecretStopsTheStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebConfig.read(name -> name.equals("factcheck.webhook-secret") ? "short" : null));
        assertTrue(e.getMessage().contains("at least 16 characters"), e.getMessage());
        assertEquals(6, WebConfig.read(name -> null).webhook().attempts());
        assertFalse(WebConfig.read(name -> null).webhook().signed());
        assertFalse(WebConfig.read(name -> name.equals("factcheck.webhook-secret") ? SECRET : null).webhook()
                .toString().contains(SECRET), "the secret is never printed");
    }
}
