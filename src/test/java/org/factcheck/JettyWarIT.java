package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/factcheck.war}, unchanged, in a Jetty 12 (Jakarta EE 11) server on 127.0.0.1: the webapp loads its
 * own classes and libraries from the WAR (webapp first), and serves the API; the review page asks for a login through
 * its form, which renews the session, and a logout ends it.
 */
class JettyWarIT {
    @TempDir
    Path temp;

    @Test
    void theWarServesTheApi() throws Exception {
        Path war = TestSupport.projectDir().resolve("target/factcheck.war");
        assertTrue(Files.isRegularFile(war), "run after package: " + war);
        Path users = temp.resolve("users.properties");
        Files.writeString(users, "editor: war-pw, editor\n");
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebAppContext app = new WebAppContext();
        app.setContextPath("/factcheck");
        app.setWar(war.toString());
        app.setParentLoaderPriority(false);
        app.setThrowUnavailableOnStartupException(true);
        app.setTempDirectory(temp.resolve("work").toFile());
        app.setInitParameter("factcheck.data", temp.resolve("data").toString());
        app.setInitParameter("factcheck.api-token", "war-token");
        app.getSecurityHandler().setLoginService(new HashLoginService("factcheck", ResourceFactory.of(server).newResource(users)));
        server.setHandler(app);
        server.start();
        try {
            String base = "http://127.0.0.1:" + connector.getLocalPort() + "/factcheck";
            HttpClient http = org.factcheck.web.OpenApiContract.validating(HttpClient.newHttpClient());
            ObjectMapper json = new ObjectMapper();
            assertTrue(app.getClassLoader().loadClass("org.factcheck.web.ApiServlet").getClassLoader() == app.getClassLoader(),
                    "the servlets come from the WAR, not from the test's class path");

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());

            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/checks"))
                    .header("Authorization", "Bearer war-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of(
                            "text", "Les Etats-Unis et les États-Unis ont signé.", "language", "fr", "documentId", "w1"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            JsonNode check = json.readTree(created.body());
            String finding = check.get("report").get("findings").get(0).get("id").asText();

            HttpResponse<String> reviewed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/checks/"
                            + check.get("id").asText() + "/findings/" + finding + "/review"))
                    .header("Authorization", "Bearer war-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\": \"accepted\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reviewed.statusCode(), reviewed.body());

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, page.statusCode(), "the review page needs a login");
            FormLogin browser = new FormLogin();
            HttpResponse<String> login = browser.get(URI.create(base + "/"));
            assertEquals(200, login.statusCode(), login.body());
            assertEquals(URI.create(base + "/login.html?login"), login.uri(), "Jetty redirects to its login page");
            assertTrue(login.body().contains(FormLogin.LOGIN_FORM), login.body());
            String before = browser.sessionId();
            HttpResponse<String> reached = browser.submit(login, "editor", "war-pw");
            assertEquals(URI.create(base + "/"), reached.uri(), "back to the page asked for");
            assertTrue(reached.body().contains(FormLogin.REVIEW_PAGE), reached.body());
            assertNotEquals(before, browser.sessionId(), "a new session id at login");
            JsonNode csrf = json.readTree(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/csrf"))).body());
            assertEquals("editor", csrf.get("user").asText(), csrf.toString());
            HttpResponse<String> out = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/logout"))
                    .header("X-CSRF-Token", csrf.get("token").asText()).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(204, out.statusCode(), out.body());
            HttpResponse<String> anonymous = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/csrf")));
            assertEquals(401, anonymous.statusCode(), "logged out: " + anonymous.body());
            assertEquals("Bearer realm=\"factcheck\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("")
                    .replaceAll(";.*", ""), "the API answers a problem, not the login page");
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/api/nothing"))
                    .header("Authorization", "Bearer war-token").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertTrue(missing.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
            HttpResponse<String> notAllowed = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, notAllowed.statusCode());
            assertEquals("application/problem+json", notAllowed.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
            assertTrue(notAllowed.headers().firstValue("Content-Security-Policy").isPresent(),
                    "the container's own errors pass the headers filter too");
        } finally {
            server.stop();
        }
    }
}
