package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.FormLogin;
import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login page of {@code serve} (the embedded Jetty, its accounts file): the page and what it loads open to all,
 * a login through the form that renews the session's id and reaches the review page, a failed one sent back to the
 * form with {@code ?error}, a logout after which the session's cookie authenticates nothing, and the accounts'
 * throttling, which refuses the form and Basic credentials alike.
 */
class LoginPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = OpenApiContract.validating(HttpClient.newHttpClient());

    @TempDir
    static Path temp;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        server = startServer(temp.resolve("server"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static EmbeddedServer startServer(Path folder) throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("users.properties"), "editor: editor-pw, editor\nadmin: admin-pw, admin, editor\n");
        return EmbeddedServer.start("127.0.0.1", 0, data, TestSupport.projectDir().resolve("rules"),
                TestSupport.projectDir().resolve("webapp"), Map.of());
    }

    private static URI uri(EmbeddedServer on, String path) {
        return URI.create("http://127.0.0.1:" + on.port() + path);
    }

    private static URI uri(String path) {
        return uri(server, path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String brief(HttpResponse<String> r) {
        return r.statusCode() + " " + r.uri() + " " + (r.body().length() > 300 ? r.body().substring(0, 300) + "…" : r.body());
    }

    /** GET /api/csrf with only this session cookie. */
    private static HttpResponse<String> csrfWithCookie(String sessionId) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/csrf")).header("Cookie", "JSESSIONID=" + sessionId));
    }

    @Test
    void theLoginPageAndWhatItLoadsNeedNoLogin() throws Exception {
        for (String path : List.of("/login.html?login", "/login.js", "/app.css")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)));
            assertEquals(200, r.statusCode(), brief(r));
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
        }
        String page = send(HttpRequest.newBuilder(uri("/login.html?login"))).body();
        assertTrue(page.contains(FormLogin.LOGIN_FORM) && page.contains("name=\"j_username\"")
                && page.contains("name=\"j_password\"") && page.contains("<script src=\"login.js\""), page);
        assertTrue(!page.contains("<style") && !page.contains(" style=") && !page.contains("<script>")
                && !Pattern.compile("\\son[a-z]+=").matcher(page).find(),
                "nothing inline, which the CSP would refuse: " + page);
        for (String path : List.of("/", "/index.html", "/app.js")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)));
            assertEquals(302, r.statusCode(), path + ": " + brief(r));
            assertEquals(uri("/login.html?login"), r.uri().resolve(r.headers().firstValue("Location").orElse("")), path);
        }
    }

    @Test
    void aLoginThroughTheFormRenewsTheSessionAndReachesThePage() throws Exception {
        FormLogin browser = new FormLogin();
        HttpResponse<String> login = browser.get(uri("/"));
        assertEquals(200, login.statusCode(), brief(login));
        assertTrue(login.body().contains(FormLogin.LOGIN_FORM), brief(login));
        String before = browser.sessionId();
        assertNotNull(before, "the container keeps the address asked for in a session");

        HttpResponse<String> page = browser.submit(login, "editor", "editor-pw");
        assertEquals(200, page.statusCode(), brief(page));
        assertEquals(uri("/"), page.uri(), "back to the page asked for");
        assertTrue(page.body().contains(FormLogin.REVIEW_PAGE) && page.body().contains("id=\"logout\""), brief(page));
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""),
                "the page is asked for again each time: no copy of it shows after a logout");
        String after = browser.sessionId();
        assertNotNull(after);
        assertNotEquals(before, after, "the session's id changes at login (no session fixation)");
        assertEquals(401, csrfWithCookie(before).statusCode(), "the id from before the login authenticates nothing");

        HttpResponse<String> csrf = browser.send(HttpRequest.newBuilder(uri("/api/csrf")));
        assertEquals(200, csrf.statusCode(), brief(csrf));
        assertEquals("editor", JSON.readTree(csrf.body()).get("user").asText());
        assertEquals(200, csrfWithCookie(after).statusCode(), "the session's cookie alone is the login");
    }

    @Test
    void aFailedLoginGoesBackToTheFormWithTheError() throws Exception {
        FormLogin browser = new FormLogin();
        HttpResponse<String> login = browser.get(uri("/"));
        HttpResponse<String> failed = browser.submit(login, "editor", "not-the-password");
        assertEquals(200, failed.statusCode(), brief(failed));
        assertEquals(uri("/login.html?error"), failed.uri(), "the error page: the form, with the error shown");
        assertTrue(failed.body().contains(FormLogin.LOGIN_FORM) && failed.body().contains("id=\"login-failed\""), brief(failed));
        HttpResponse<String> csrf = browser.send(HttpRequest.newBuilder(uri("/api/csrf")));
        assertEquals(401, csrf.statusCode(), brief(csrf));

        HttpResponse<String> page = browser.submit(failed, "editor", "editor-pw");
        assertEquals(uri("/"), page.uri(), "the second try still returns to the page asked for");
        assertTrue(page.body().contains(FormLogin.REVIEW_PAGE), brief(page));
    }

    @Test
    void aLogoutEndsTheSessionForGood() throws Exception {
        FormLogin browser = new FormLogin();
        assertTrue(browser.logIn(uri("/"), "admin", "admin-pw").body().contains(FormLogin.REVIEW_PAGE));
        String session = browser.sessionId();
        JsonNode csrf = JSON.readTree(browser.send(HttpRequest.newBuilder(uri("/api/csrf"))).body());
        assertTrue(csrf.get("admin").asBoolean(), csrf.toString());

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(uri("/api/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, refused.statusCode(), "a logout without the CSRF token is refused: " + brief(refused));
        assertEquals(405, browser.send(HttpRequest.newBuilder(uri("/api/logout"))).statusCode(), "a GET logs nobody out");
        assertEquals(200, csrfWithCookie(session).statusCode(), "still logged in");

        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(uri("/api/logout"))
                .header("X-CSRF-Token", csrf.get("token").asText()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, out.statusCode(), brief(out));
        HttpResponse<String> after = csrfWithCookie(session);
        assertEquals(401, after.statusCode(), "the old session cookie authenticates nothing: " + brief(after));
        assertEquals("application/problem+json", after.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals(401, browser.send(HttpRequest.newBuilder(uri("/api/rules"))).statusCode());
        assertTrue(browser.get(uri("/")).body().contains(FormLogin.LOGIN_FORM), "the page asks for a login again");
    }

    @Test
    void basicCredentialsLogInForTheCallOnly() throws Exception {
        FormLogin script = new FormLogin();
        String basic = "Basic " + Base64.getEncoder().encodeToString("editor:editor-pw".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> rules = script.send(HttpRequest.newBuilder(uri("/api/rules")).header("Authorization", basic));
        assertEquals(200, rules.statusCode(), brief(rules));
        String left = script.sessionId();
        if (left != null) {
            assertEquals(401, csrfWithCookie(left).statusCode(), "no session stays logged in after a Basic call");
        }
        HttpResponse<String> csrf = script.send(HttpRequest.newBuilder(uri("/api/csrf")).header("Authorization", basic));
        String token = JSON.readTree(csrf.body()).get("token").asText();
        HttpResponse<String> created = script.send(HttpRequest.newBuilder(uri("/api/checks")).header("Authorization", basic)
                .header("X-CSRF-Token", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Une phrase.\", \"language\": \"fr\"}")));
        assertEquals(201, created.statusCode(), "Basic credentials in the session of the CSRF token: " + brief(created));
    }

    @Test
    void tooManyFailuresRefuseTheFormAndBasicCredentialsAlike(@TempDir Path own) throws Exception {
        try (EmbeddedServer throttled = startServer(own)) { // a server of its own: this one refuses 127.0.0.1 for 15 min
            FormLogin browser = new FormLogin();
            HttpResponse<String> page = browser.get(uri(throttled, "/"));
            for (int i = 0; i < 5; i++) {
                page = browser.submit(page, "editor", "guess-" + i);
                assertEquals(uri(throttled, "/login.html?error"), page.uri(), brief(page));
            }
            page = browser.submit(page, "editor", "editor-pw");
            assertEquals(uri(throttled, "/login.html?error"), page.uri(), "refused, even with the password: " + brief(page));
            HttpResponse<String> basic = send(HttpRequest.newBuilder(uri(throttled, "/api/rules")).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8))));
            assertEquals(401, basic.statusCode(), "the address is refused for Basic credentials too: " + brief(basic));
        }
    }
}
