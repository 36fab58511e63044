package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * {@code factcheck.cors-origins}: a listed origin's preflight is answered before authentication and its calls carry
 * its origin back, never {@code *} nor credentials; another origin gets no CORS header and a refused preflight.
 */
class CorsTest {
    private static final String CMS = "https://cms.example.org";

    @TempDir
    Path temp;

    @Test
    void onlyTheConfiguredOriginsMayCallTheApiAcrossOrigins() throws Exception {
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "origin");
        try (EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, TestSupport.dataFolder(temp),
                TestSupport.copyOfRules(temp.resolve("rules")), TestSupport.projectDir().resolve("webapp"),
                Map.of("factcheck.api-token", "cors-token", "factcheck.cors-origins", CMS + ", http://localhost:3000",
                        "factcheck.parse-workers", "0"))) {
            HttpClient http = OpenApiContract.validating(HttpClient.newHttpClient());
            URI checks = URI.create("http://127.0.0.1:" + server.port() + "/api/checks");

            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(checks)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", CMS)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, preflight.statusCode(), preflight.body());
            assertEquals(CMS, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            String allowedHeaders = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("");
            assertTrue(allowedHeaders.contains("Authorization") && allowedHeaders.contains("Content-Type"), allowedHeaders);
            assertTrue(preflight.headers().allValues("Vary").contains("Origin"), preflight.headers().toString());
            assertFalse(preflight.headers().firstValue("Access-Control-Allow-Credentials").isPresent());

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(checks).header("Origin", CMS)
                    .header("Authorization", "Bearer cors-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Le conseil a voté le budget.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, post.statusCode(), post.body());
            assertEquals(CMS, post.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(post.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Location"));

            HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(checks).header("Origin", CMS)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Un texte.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, noToken.statusCode(), "a listed origin still needs the token");
            assertEquals(CMS, noToken.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                    "its page may read why");

            String other = "https://evil.example.net";
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(checks)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", other)
                    .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, refused.statusCode());
            assertFalse(refused.headers().firstValue("Access-Control-Allow-Origin").isPresent());
            HttpResponse<String> otherGet = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/api/rules")).header("Origin", other).header("Authorization", "Bearer cors-token")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, otherGet.statusCode(), "the server answers; the browser withholds it");
            assertFalse(otherGet.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        } finally {
            System.clearProperty("jdk.httpclient.allowRestrictedHeaders");
        }
    }

    @Test
    void aWildcardOrAPathIsNoOrigin() {
        for (String bad : new String[] {"*", "https://cms.example.org/path", "cms.example.org"}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> WebConfig.read(name -> name.equals("factcheck.cors-origins") ? bad : null));
            assertTrue(e.getMessage().contains("factcheck.cors-origins"), e.getMessage());
        }
        assertEquals(java.util.Set.of("https://a.example", "http://localhost:3000"), WebConfig.read(name ->
                name.equals("factcheck.cors-origins") ? "https://a.example, http://localhost:3000" : null).corsOrigins());
    }
}
