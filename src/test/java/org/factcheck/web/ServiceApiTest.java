package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API on the embedded server (the WAR's webapp, H2 in a temporary data folder, on 127.0.0.1 and a free
 * port): submitting drafts in each form, reviews, revisions, authentication, CSRF, limits, problems, reload, and a
 * decision that survives a restart.
 */
class ServiceApiTest {
    private static final String TOKEN = "test-token-" + UUID.randomUUID();
    private static final String ADMIN_TOKEN = "test-admin-token-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = OpenApiContract.validating(HttpClient.newHttpClient());

    @TempDir
    static Path temp;
    private static Path data;
    private static Path rules;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("users.properties"), "editor: editor-pw, editor\nadmin: admin-pw, admin, editor\n");
        rules = TestSupport.copyOfRules(temp.resolve("rules"));
        server = startServer();
    }

    private static EmbeddedServer startServer() throws Exception {
        return EmbeddedServer.start("127.0.0.1", 0, data, rules, TestSupport.projectDir().resolve("webapp"),
                Map.of("factcheck.api-token", TOKEN, "factcheck.admin-token", ADMIN_TOKEN, "factcheck.reload-interval-seconds",
                        "2", "factcheck.max-upload-bytes", "60000", "factcheck.max-text-chars", "20000"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpRequest.Builder withToken(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN);
    }

    private static HttpRequest.Builder asUser(String path, String user, String password) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The start of a response, for assertion messages. */
    private static String brief(HttpResponse<String> r) {
        return r.statusCode() + " " + (r.body().length() > 400 ? r.body().substring(0, 400) + "…" : r.body());
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static HttpRequest.BodyPublisher body(Object o) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(o));
    }

    private static final String DRAFT = "Les Etats-Unis ont annoncé lundi une hausse des droits de douane. "
            + "Le ministre a rappelé que les États-Unis restaient ouverts au dialogue.\n\n"
            + "La réunion aura lieu à Genève la semaine prochaine, a précisé le porte-parole.\n\n"
            + "La réunion aura lieu à Genève la semaine prochaine, a précisé le porte-parole.";

    private static JsonNode submit(String documentId, String text) throws Exception {
        HttpResponse<String> r = send(withToken("/api/checks").header("Content-Type", "application/json")
                .POST(body(Map.of("text", text, "language", "fr", "date", "2025-11-25", "documentId", documentId))));
        assertEquals(201, r.statusCode(), brief(r));
        return json(r);
    }

    private static String findingOf(JsonNode check, String rule) {
        for (JsonNode f : check.get("report").get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f.get("id").asText();
            }
        }
        throw new AssertionError("no " + rule + " in " + check.get("report").get("findings"));
    }

    @Test
    void healthSaysRulesAndDatabase() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/health")));
        assertEquals(200, r.statusCode(), brief(r));
        assertEquals("up", json(r).get("status").asText());
        assertEquals("reachable", json(r).get("database").asText());
        assertTrue(json(r).get("rules").asInt() >= 20, brief(r));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"),
                "every response carries the CSP");
    }

    @Test
    void aRevisionCarriesDecisionsOverAndListsWhatWasResolved() throws Exception {
        String doc = "doc-" + UUID.randomUUID();
        JsonNode first = submit(doc, DRAFT);
        assertEquals(1, first.get("revision").asInt());
        String spelling = findingOf(first, "spelling.variant");
        String duplicate = findingOf(first, "duplicate.paragraph");
        for (JsonNode review : first.get("reviews")) {
            assertEquals("new", review.get("status").asText());
            assertEquals("open", review.get("decision").asText());
        }

        HttpResponse<String> r = send(withToken("/api/checks/" + first.get("id").asText() + "/findings/" + spelling + "/review")
                .header("Content-Type", "application/json")
                .POST(body(Map.of("decision", "dismissed", "note", "house style allows both"))));
        assertEquals(200, r.statusCode(), brief(r));
        assertEquals("dismissed", json(r).get("decision").asText());
        assertEquals("api-token", json(r).get("decidedBy").asText());
        assertNotNull(json(r).get("decidedAt"));

        JsonNode history = json(send(withToken("/api/checks/" + first.get("id").asText() + "/history")));
        assertEquals(1, history.size(), history.toString());
        assertEquals(spelling, history.get(0).get("findingId").asText());
        assertEquals("dismissed", history.get(0).get("decision").asText());
        assertEquals("api-token", history.get(0).get("decidedBy").asText());
        assertEquals(404, send(withToken("/api/checks/nope/history")).statusCode());

        // The revision fixes the repeated paragraph and keeps both spellings.
        String revised = DRAFT.substring(0, DRAFT.lastIndexOf("\n\n"));
        JsonNode second = submit(doc, revised);
        assertEquals(2, second.get("revision").asInt());
        assertEquals(first.get("id").asText(), second.get("previousId").asText());
        String carried = findingOf(second, "spelling.variant");
        JsonNode review = null;
        for (JsonNode x : second.get("reviews")) {
            if (x.get("findingId").asText().equals(carried)) {
                review = x;
            }
        }
        assertNotNull(review);
        assertEquals("carried", review.get("status").asText());
        assertEquals("dismissed", review.get("decision").asText(), "the decision survives the revision");
        assertEquals("house style allows both", review.get("note").asText());
        assertEquals(1, second.get("resolved").size(), second.get("resolved").toString());
        assertEquals(duplicate, second.get("resolved").get(0).get("findingId").asText());
        assertEquals("duplicate.paragraph", second.get("resolved").get(0).get("rule").asText());

        JsonNode list = json(send(withToken("/api/checks?documentId=" + doc + "&size=1")));
        assertEquals(2, list.get("total").asInt());
        assertEquals(1, list.get("items").size());
        assertEquals(2, list.get("items").get(0).get("revision").asInt(), "newest first");
        JsonNode page2 = json(send(withToken("/api/checks?documentId=" + doc + "&size=1&page=1")));
        assertEquals(1, page2.get("items").get(0).get("revision").asInt());

        // A restart of the server on the same data folder loses nothing.
        server.close();
        server = startServer();
        JsonNode again = json(send(withToken("/api/checks/" + second.get("id").asText())));
        boolean found = false;
        for (JsonNode x : again.get("reviews")) {
            if (x.get("findingId").asText().equals(carried)) {
                assertEquals("dismissed", x.get("decision").asText());
                found = true;
            }
        }
        assertTrue(found, again.toString());
    }

    @Test
    void draftsAsRawBodiesAndUploads() throws Exception {
        HttpResponse<String> html = send(withToken("/api/checks?language=en&date=2025-11-25")
                .header("Content-Type", "text/html; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("<html><body><p>\"We will win,\" said Dana Hollis.</p>"
                        + "<p>She added: <script>alert(1)</script><img src=x onerror=alert(2)></p></body></html>")));
        assertEquals(201, html.statusCode(), brief(html));
        assertEquals("application/json", html.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(html.headers().firstValue("Location").orElse("").startsWith("/api/checks/"));

        Path docx = TestSupport.projectDir().resolve("fixtures/DUPLICATE/en-repeated-paragraph/draft.docx");
        String boundary = "b" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentId\"\r\n\r\nword-doc\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"draft.docx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> upload = send(withToken("/api/checks").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, Files.readAllBytes(docx), tail))));
        assertEquals(201, upload.statusCode(), brief(upload));
        assertEquals("word-doc", json(upload).get("documentId").asText());
        assertEquals("draft.docx", json(upload).get("report").get("source").asText());
        assertTrue(json(upload).get("report").get("findings").size() > 0, "the fixture's repeated paragraph is found");
    }

    @Test
    void aRuleOffByDefaultIsTurnedOnByTheCheck() throws Exception {
        String text = "Le budget\n\nLe conseil s'est réuni mardi pour parler du budget.\n\n"
                + "« Nous ne relèverons pas les impôts des petits commerces cette année. »\n\nLe vote aura lieu vendredi.";
        HttpResponse<String> plain = send(withToken("/api/checks").header("Content-Type", "application/json")
                .POST(body(Map.of("text", text, "language", "fr", "date", "2025-11-25"))));
        assertEquals(201, plain.statusCode(), brief(plain));
        assertFalse(plain.body().contains("quote.no-speaker"), brief(plain));
        HttpResponse<String> on = send(withToken("/api/checks").header("Content-Type", "application/json")
                .POST(body(Map.of("text", text, "language", "fr", "date", "2025-11-25", "enable", "quote.no-speaker"))));
        assertEquals(201, on.statusCode(), brief(on));
        findingOf(json(on), "quote.no-speaker");
        HttpResponse<String> rules = send(withToken("/api/rules"));
        assertTrue(rules.body().contains("\"onByDefault\":false"), brief(rules));
    }

    @Test
    void badInputGetsAProblemNamingWhatIsWrong() throws Exception {
        HttpResponse<String> r = send(withToken("/api/checks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\", \"colour\": \"red\"}")));
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(json(r).get("detail").asText().contains("colour"), brief(r));

        r = send(withToken("/api/checks").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{oops")));
        assertEquals(400, r.statusCode(), brief(r));

        r = send(withToken("/api/checks").header("Content-Type", "application/json").POST(body(Map.of("text", "Bonjour.", "date", "25/11/2025"))));
        assertEquals(400, r.statusCode(), brief(r));
        assertTrue(json(r).get("detail").asText().contains("YYYY-MM-DD"), brief(r));

        r = send(withToken("/api/checks").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("a".repeat(70_000))));
        assertEquals(413, r.statusCode(), brief(r));
        assertEquals("close", r.headers().firstValue("Connection").orElse(""));

        r = send(withToken("/api/checks").header("Content-Type", "text/plain; charset=x-no-such-charset")
                .POST(HttpRequest.BodyPublishers.ofString("Le conseil a voté.")));
        assertEquals(415, r.statusCode(), brief(r));
        assertTrue(json(r).get("detail").asText().contains("x-no-such-charset"), brief(r));

        r = send(withToken("/api/checks").header("Content-Type", "application/json").POST(body(Map.of("text", "Un mot. ".repeat(3000)))));
        assertEquals(422, r.statusCode(), brief(r));
        assertEquals("too-long", json(r).get("kind").asText(), brief(r));

        r = send(withToken("/api/checks/nope"));
        assertEquals(404, r.statusCode());

        r = send(withToken("/api/checks").header("Content-Type", "application/json")
                .POST(body(Map.of("text", "Bonjour.", "enable", "quote.nobody"))));
        assertEquals(400, r.statusCode(), brief(r));
        assertTrue(json(r).get("detail").asText().contains("quote.no-speaker"), "names the rules off by default: " + brief(r));

        JsonNode check = submit("bad-review-" + UUID.randomUUID(), DRAFT);
        r = send(withToken("/api/checks/" + check.get("id").asText() + "/findings/f1/review").header("Content-Type", "application/json")
                .POST(body(Map.of("decision", "maybe"))));
        assertEquals(400, r.statusCode());
        assertTrue(json(r).get("detail").asText().contains("accepted, dismissed, open"), brief(r));
        r = send(withToken("/api/checks/" + check.get("id").asText() + "/findings/f999/review").header("Content-Type", "application/json")
                .POST(body(Map.of("decision", "accepted"))));
        assertEquals(404, r.statusCode(), brief(r));

        r = send(withToken("/api/rules").DELETE());
        assertEquals(405, r.statusCode());
    }

    @Test
    void editorsAndAdminsThroughTheContainerWithCsrf() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")));
        assertEquals(302, page.statusCode(), "the page needs a login: " + brief(page));
        assertEquals(uri("/login.html?login"), page.uri().resolve(page.headers().firstValue("Location").orElse("")));
        assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent(), "the redirect to the login has the CSP");
        for (HttpRequest.Builder b : List.of(HttpRequest.newBuilder(uri("/api/rules")),
                HttpRequest.newBuilder(uri("/api/checks")).header("Content-Type", "application/json").POST(body(Map.of("text", "x"))),
                HttpRequest.newBuilder(uri("/api/rules")).header("Authorization", "Bearer wrong"),
                asUser("/api/rules", "editor", "wrong"),
                HttpRequest.newBuilder(uri("/api/rules")).header("Authorization", "Basic not-base64"))) {
            HttpResponse<String> anonymous = send(b);
            assertEquals(401, anonymous.statusCode(), "the API answers, never redirects to the login page: " + brief(anonymous));
            assertEquals("Bearer realm=\"factcheck\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""),
                    "no Basic challenge, which would open a browser's own login dialog");
            assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("")
                    .replaceAll(";.*", ""));
            assertEquals(401, json(anonymous).get("status").asInt(), brief(anonymous));
            assertTrue(anonymous.headers().firstValue("Location").isEmpty());
        }

        HttpResponse<String> rules = send(asUser("/api/rules", "editor", "editor-pw"));
        assertEquals(200, rules.statusCode(), brief(rules));
        boolean listed = false;
        for (JsonNode rule : json(rules)) {
            listed |= rule.get("id").asText().equals("quote.two-speakers") && rule.get("category").asText().equals("QUOTE");
        }
        assertTrue(listed, brief(rules));

        HttpClient browser = OpenApiContract.validating(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        HttpRequest.Builder post = asUser("/api/checks", "editor", "editor-pw").header("Content-Type", "application/json")
                .POST(body(Map.of("text", "Une phrase.")));
        assertEquals(403, browser.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "a browser's POST without the CSRF token is refused");
        HttpResponse<String> csrf = browser.send(asUser("/api/csrf", "editor", "editor-pw").build(), HttpResponse.BodyHandlers.ofString());
        String token = json(csrf).get("token").asText();
        HttpResponse<String> ok = browser.send(post.header("X-CSRF-Token", token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, ok.statusCode(), brief(ok));

        assertEquals(403, send(asUser("/api/admin/rules/reload", "editor", "editor-pw").POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode(), "reloading the rules is an admin's");
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryOrCutShortIsABadRequest() throws Exception {
        HttpResponse<String> noBoundary = send(withToken("/api/checks").header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")));
        assertEquals(400, noBoundary.statusCode(), brief(noBoundary));
        assertTrue(json(noBoundary).get("detail").asText().startsWith("the request body cannot be read"), brief(noBoundary));
        HttpResponse<String> cut = send(withToken("/api/checks").header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"d.txt\"\r\nContent-Type: text/plain\r\n\r\nLe conseil a vot")));
        assertEquals(400, cut.statusCode(), brief(cut));
        assertEquals(200, send(HttpRequest.newBuilder(uri("/health"))).statusCode(), "the server goes on");
    }

    @Test
    void aBodyTrickledSlowerThanTheMinimumRateIsCutOff() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/checks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN + "\r\nContent-Type: "
                    + "text/plain\r\nContent-Length: 50000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            try {
                for (int i = 0; i < 40; i++) { // a byte every quarter second, for ten seconds at most
                    out.write('a');
                    out.flush();
                    Thread.sleep(250);
                }
            } catch (java.io.IOException cutOff) {
                // the server closed the connection: what we want
            }
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(raw.isEmpty() || raw.startsWith("HTTP/1.1 408") || raw.startsWith("HTTP/1.1 400"), raw);
            assertTrue(System.nanoTime() - start < 15_000_000_000L, "cut off in time");
            assertFalse(raw.startsWith("HTTP/1.1 201"), raw);
        }
    }

    @Test
    void noResponseNamesTheContainerAndTheDataIsTheUsers() throws Exception {
        for (HttpRequest.Builder b : List.of(HttpRequest.newBuilder(uri("/health")), withToken("/api/rules"),
                HttpRequest.newBuilder(uri("/api/rules")), withToken("/no/such/page"))) {
            HttpResponse<String> r = send(b);
            assertTrue(r.headers().firstValue("Server").isEmpty(), r.headers().map().toString());
            assertFalse(r.body().toLowerCase(java.util.Locale.ROOT).contains("jetty"), brief(r));
        }
        // A malformed request line never reaches the webapp: the server's own answer is a problem too, not its page.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
            assertTrue(raw.contains("application/problem+json"), raw);
            assertFalse(raw.toLowerCase(java.util.Locale.ROOT).contains("jetty") || raw.contains("<html"), raw);
        }
        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data)));
        }
    }

    @Test
    void aReloadThatFailsKeepsTheOldRulesServing() throws Exception {
        HttpClient browser = OpenApiContract.validating(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        String token = json(browser.send(asUser("/api/csrf", "admin", "admin-pw").build(), HttpResponse.BodyHandlers.ofString()))
                .get("token").asText();
        HttpRequest reload = asUser("/api/admin/rules/reload", "admin", "admin-pw").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = browser.send(reload, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), brief(r));
        // Reloads are rate-limited (2 s between starts in this server): asked again at once, 429 with Retry-After.
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/api/admin/rules/reload"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(429, again.statusCode(), brief(again));
        long wait = Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 2, "Retry-After " + wait);
        // The API token is an editor's: no reload, whatever the interval.
        HttpResponse<String> byToken = send(withToken("/api/admin/rules/reload").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, byToken.statusCode(), brief(byToken));
        assertTrue(byToken.body().contains("api-token lacks the role admin"), brief(byToken));
        Thread.sleep(wait * 1000 + 200);
        HttpResponse<String> byAdminToken = send(HttpRequest.newBuilder(uri("/api/admin/rules/reload"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, byAdminToken.statusCode(), brief(byAdminToken));
        Thread.sleep(2200);

        Path drl = rules.resolve("quote.drl");
        String good = Files.readString(drl);
        Files.writeString(drl, good + "\nrule \"broken\" @id(\"quote.broken\") when then oops( end\n");
        try {
            r = browser.send(reload, HttpResponse.BodyHandlers.ofString());
            assertEquals(422, r.statusCode(), brief(r));
            assertTrue(json(r).get("errors").size() > 0, brief(r));
            assertEquals(201, send(withToken("/api/checks").header("Content-Type", "application/json")
                    .POST(body(Map.of("text", "Les Etats-Unis et les États-Unis.")))).statusCode(), "the old rules still serve");
        } finally {
            Files.writeString(drl, good);
        }
    }
}
