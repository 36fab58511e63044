package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factcheck.checks-per-minute}: past it, {@code POST /api/checks} answers 429 with Retry-After. */
class RateLimitApiTest {
    @TempDir
    Path temp;

    @Test
    void draftsPastTheLimitOfAnAddressAreRefusedWithTheWait() throws Exception {
        Path data = TestSupport.dataFolder(temp);
        try (EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, data, TestSupport.copyOfRules(temp.resolve("rules")),
                TestSupport.projectDir().resolve("webapp"), Map.of("factcheck.api-token", "limit-token",
                        "factcheck.checks-per-minute", "2"))) {
            HttpClient http = OpenApiContract.validating(HttpClient.newHttpClient());
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/checks"))
                    .header("Authorization", "Bearer limit-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Le conseil a voté le budget.\"}")).build();
            assertEquals(201, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(201, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> refused = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertEquals(429, refused.statusCode(), refused.body());
            long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(wait >= 1 && wait <= 30, "Retry-After " + wait);
            assertTrue(refused.body().contains("at most 2 drafts a minute from one address"), refused.body());
        }
    }

    /**
     * Behind a proxy ({@code serve --behind-proxy}) the limit counts the client address the proxy forwards, so that
     * the clients of one balancer are not one address; without the option a forwarded address is not believed.
     */
    @Test
    void behindAProxyTheForwardedAddressIsCounted() throws Exception {
        for (boolean behindProxy : new boolean[] {true, false}) {
            Path run = temp.resolve("proxy-" + behindProxy);
            try (EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, TestSupport.dataFolder(run),
                    TestSupport.copyOfRules(run.resolve("rules")), TestSupport.projectDir().resolve("webapp"),
                    Map.of("factcheck.api-token", "limit-token", "factcheck.checks-per-minute", "1",
                            "factcheck.parse-workers", "0"), null, behindProxy)) {
                HttpClient http = HttpClient.newHttpClient();
                URI checks = URI.create("http://127.0.0.1:" + server.port() + "/api/checks");
                int first = post(http, checks, "203.0.113.7");
                int again = post(http, checks, "203.0.113.7");
                int other = post(http, checks, "198.51.100.20");
                assertEquals(201, first);
                assertEquals(429, again, "one draft a minute from one address");
                assertEquals(behindProxy ? 201 : 429, other,
                        behindProxy ? "another client behind the proxy" : "a forwarded address is not believed");
            }
        }
    }

    /**
     * A draft refused before its body is read (past the limit) whose body is still on its way: its body is read and
     * dropped, the client gets its 429 whole, and the connection carries the client's next request; closed with the
     * body unread, the connection was reset under the answer, which the client could lose.
     */
    @Test
    void aRefusedDraftsBodyStillOnItsWayIsReadAndTheConnectionKept() throws Exception {
        Path run = temp.resolve("late-body");
        try (EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, TestSupport.dataFolder(run),
                TestSupport.copyOfRules(run.resolve("rules")), TestSupport.projectDir().resolve("webapp"),
                Map.of("factcheck.api-token", "limit-token", "factcheck.checks-per-minute", "1",
                        "factcheck.parse-workers", "0"))) {
            URI checks = URI.create("http://127.0.0.1:" + server.port() + "/api/checks");
            assertEquals(201, post(HttpClient.newHttpClient(), checks, "ignored"));
            byte[] body = ("{\"text\": \"" + "Le conseil a voté le budget. ".repeat(2_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(("POST /api/checks HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer limit-token\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300); // the server refuses on the head; the body comes after
                out.write(body);
                out.flush();
                String refused = answer(in);
                assertTrue(refused.startsWith("HTTP/1.1 429 "), refused);
                assertTrue(!refused.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), refused);
                out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String next = answer(in);
                assertTrue(next.startsWith("HTTP/1.1 200 "), "the next request on the connection: " + next);
            }
        }
    }

    /** One answer read from {@code in}: its head and a body of its Content-Length. */
    private static String answer(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new java.io.EOFException("the connection ended after: " + head);
            }
            head.append((char) c);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                .matcher(head);
        int n = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static int post(HttpClient http, URI checks, String client) throws Exception {
        return http.send(HttpRequest.newBuilder(checks).header("Authorization", "Bearer limit-token")
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Le conseil a voté le budget.\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
