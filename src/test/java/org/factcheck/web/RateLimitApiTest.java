package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private static int post(HttpClient http, URI checks, String client) throws Exception {
        return http.send(HttpRequest.newBuilder(checks).header("Authorization", "Bearer limit-token")
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Le conseil a voté le budget.\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
