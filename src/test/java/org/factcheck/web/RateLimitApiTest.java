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
}
