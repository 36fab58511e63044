package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.factcheck.core.extract.Drafts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAR in a real Tomcat 11: its binary distribution (the test dependency {@code org.apache.tomcat:tomcat:zip},
 * whose file Maven passes as {@code factcheck.tomcat.zip}) unpacked into a temporary folder, listening on 127.0.0.1
 * and a free port, an editor and an admin in {@code conf/tomcat-users.xml}, the webapp deployed as
 * {@code /factcheck} with its settings in {@code conf/Catalina/localhost/factcheck.xml}, and started with
 * {@code catalina.sh run}. On H2: the seeds, a Word upload, Tomcat's login (the login form, Basic credentials for the
 * API) with the CSRF token, a logout, a decision carried over to a revision and kept across a restart. On PostgreSQL:
 * the container's DataSource from JNDI.
 */
class TomcatIT {
    private static final String TOKEN = "it-token-" + UUID.randomUUID();
    private static final String EDITOR_PASSWORD = "editor-" + UUID.randomUUID();
    private static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A draft with a spelling variant and a repeated paragraph; its revision drops the repeated paragraph. */
    private static final String DRAFT = "Harbour officials said on Monday that the anti-virus software had been installed"
            + " on every terminal. The antivirus update will be checked again next month, they added.\n\n"
            + "The ferry service between the two islands will resume on Friday after three weeks of repairs.\n\n"
            + "The ferry service between the two islands will resume on Friday after three weeks of repairs.\n";
    private static final String REVISED = DRAFT.substring(0, DRAFT.lastIndexOf("\n\nThe ferry")) + "\n";

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 {
        private Tomcat tomcat;

        @BeforeAll
        void start(@TempDir Path temp) throws Exception {
            tomcat = Tomcat.unpack(temp.resolve("tomcat"));
            tomcat.deploy(settings(temp.resolve("data")), "");
            tomcat.start();
        }

        @AfterAll
        void stop() throws InterruptedException {
            if (tomcat != null) {
                tomcat.stop();
            }
        }

        @Test
        void healthAndSecurityHeaders() throws Exception {
            HttpResponse<String> health = tomcat.send(tomcat.request("/health"));
            assertEquals(200, health.statusCode(), tomcat.brief(health));
            assertEquals("reachable", json(health).get("database").asText(), "H2 in the data folder");
            assertTrue(json(health).get("rules").asInt() >= 20, tomcat.brief(health));
            assertTrue(csp(health).contains("script-src 'self'"), "the CSP is on /health: " + csp(health));
            HttpResponse<String> rules = tomcat.send(tomcat.withToken("/api/rules"));
            assertEquals(200, rules.statusCode(), tomcat.brief(rules));
            assertTrue(csp(rules).contains("frame-ancestors 'none'"), "the CSP is on the API: " + csp(rules));
            assertEquals("no-store", rules.headers().firstValue("Cache-Control").orElse(""), "API answers are not cached");
        }

        @Test
        void theSeedsFindWhatTheyAreKnownFor() throws Exception {
            Path seeds = TestSupport.shared() == null ? null : TestSupport.shared().resolve("seeds");
            assumeTrue(seeds != null && Files.isDirectory(seeds), "skipped: ../shared/seeds is not beside the checkout");

            JsonNode report = submitFile(tomcat, seed(seeds, "003_"), "2023-06-14").get("report");
            assertEquals("2023-06-14", report.get("document").get("referenceDate").asText(), "003: the date given");
            assertTrue(findings(report, "name.variant").stream().anyMatch(f -> f.get("text").asText().equals("Chen Gang")),
                    "003: Chen Gang given for Qin Gang, in " + report.get("findings"));

            report = submitFile(tomcat, seed(seeds, "000_"), "2025-11-25").get("report");
            assertEquals(4, findings(report, "quote.unopened").size(), "000: four closing quotation marks with no opening "
                    + "one, in " + report.get("findings"));
            List<String> speakers = new ArrayList<>();
            for (JsonNode q : report.get("quotes")) {
                speakers.add(q.path("speaker").path("name").asText(null));
            }
            assertTrue(speakers.contains("Xi Jinping"), "000: Xi Jinping is quoted; speakers: " + speakers);
        }

        @Test
        void aWordUploadIsChecked() throws Exception {
            String documentId = "word-" + UUID.randomUUID();
            Path docx = TestSupport.projectDir().resolve("fixtures/DUPLICATE/en-repeated-paragraph/draft.docx");
            String boundary = "b" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentId\"\r\n\r\n" + documentId
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"draft.docx\"\r\n"
                    + "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = tomcat.send(tomcat.withToken("/api/checks")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(docx), tail))));
            assertEquals(201, r.statusCode(), tomcat.brief(r));
            JsonNode check = json(r);
            assertEquals(documentId, check.get("documentId").asText(), "the form's documentId");
            assertEquals("draft.docx", check.get("report").get("source").asText());
            List<JsonNode> repeated = findings(check.get("report"), "duplicate.paragraph");
            assertEquals(1, repeated.size(), "the fixture's repeated paragraph: " + check.get("report").get("findings"));
            assertTrue(repeated.get(0).get("text").asText().startsWith("Commuters who switched"), repeated.toString());
        }

        /**
         * The WAR's trimmed libraries read a Word draft with an embedded workbook, in the container, and skip the
         * workbook.
         */
        @Test
        void aWordUploadWithAnEmbeddedWorkbookIsCheckedWithoutIt() throws Exception {
            String first = "The council passed the city budget on Monday.";
            String second = "The mayor presented the accounts to the councillors.";
            byte[] docx = Drafts.docxWithEmbeddedWorkbook(Drafts.xlsx("Revenue of the attached workbook", 987654),
                    first, second);
            String boundary = "b" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"embeds.docx\""
                    + "\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = tomcat.send(tomcat.withToken("/api/checks")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, docx, tail))));
            assertEquals(201, r.statusCode(), tomcat.brief(r));
            assertEquals(first + "\n\n" + second, json(r).get("report").get("text").asText());
        }

        @Test
        void editorsAndAdminsLogInThroughTomcatAndNeedTheCsrfToken() throws Exception {
            HttpResponse<String> anonymous = tomcat.send(tomcat.request("/api/rules"));
            assertEquals(401, anonymous.statusCode(), "no credentials: " + tomcat.brief(anonymous));
            assertEquals("Bearer realm=\"factcheck\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""),
                    "the API's challenge, never Basic, which would open a browser's own dialog");
            assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("")
                    .replaceAll(";.*", ""), "a problem, not the login page: " + tomcat.brief(anonymous));
            assertTrue(csp(anonymous).contains("default-src 'none'"), "the CSP is on a refusal too");
            HttpResponse<String> page = tomcat.send(tomcat.request("/"));
            assertEquals(200, page.statusCode(), tomcat.brief(page));
            assertTrue(page.body().contains(FormLogin.LOGIN_FORM), "Tomcat answers with its login page: " + tomcat.brief(page));
            assertTrue(csp(page).contains("default-src 'none'"), "Tomcat's forward to its login page carries the CSP");
            HttpResponse<String> wrong = tomcat.send(tomcat.asUser("/api/rules", "editor", "wrong"));
            assertEquals(401, wrong.statusCode(), "a wrong password: " + tomcat.brief(wrong));
            assertEquals("application/problem+json", wrong.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));

            JsonNode check = submitText(tomcat, "documentId=csrf-" + UUID.randomUUID() + "&date=2025-11-25", DRAFT);
            String review = "/api/checks/" + check.get("id").asText() + "/findings/"
                    + findingOf(check, "duplicate.paragraph") + "/review";

            HttpClient browser = browser();
            HttpResponse<String> csrf = tomcat.send(browser, tomcat.asUser("/api/csrf", "editor", EDITOR_PASSWORD));
            assertEquals(200, csrf.statusCode(), tomcat.brief(csrf));
            assertEquals("editor", json(csrf).get("user").asText());
            assertFalse(json(csrf).get("admin").asBoolean(), "the editor is no admin");
            String token = json(csrf).get("token").asText();

            HttpRequest.Builder accept = tomcat.asUser(review, "editor", EDITOR_PASSWORD)
                    .header("Content-Type", "application/json").POST(body(Map.of("decision", "accepted")));
            HttpResponse<String> refused = tomcat.send(browser, accept.copy());
            assertEquals(403, refused.statusCode(), "a POST without X-CSRF-Token is refused: " + tomcat.brief(refused));
            HttpResponse<String> ok = tomcat.send(browser, accept.copy().header("X-CSRF-Token", token));
            assertEquals(200, ok.statusCode(), "a POST with X-CSRF-Token: " + tomcat.brief(ok));
            assertEquals("accepted", json(ok).get("decision").asText());
            assertEquals("editor", json(ok).get("decidedBy").asText(), "the decision is the logged-in editor's");

            HttpResponse<String> reload = tomcat.send(browser, tomcat.asUser("/api/admin/rules/reload", "editor",
                    EDITOR_PASSWORD).header("X-CSRF-Token", token).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, reload.statusCode(), "reloading the rules is an admin's: " + tomcat.brief(reload));
            HttpClient adminBrowser = browser();
            String adminToken = json(tomcat.send(adminBrowser, tomcat.asUser("/api/csrf", "admin", ADMIN_PASSWORD)))
                    .get("token").asText();
            reload = tomcat.send(adminBrowser, tomcat.asUser("/api/admin/rules/reload", "admin", ADMIN_PASSWORD)
                    .header("X-CSRF-Token", adminToken).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, reload.statusCode(), "the admin reloads the rules: " + tomcat.brief(reload));
        }

        @Test
        void theReviewPageLogsInThroughTheFormAndOut() throws Exception {
            URI home = tomcat.request("/").build().uri();
            FormLogin browser = new FormLogin();
            HttpResponse<String> login = browser.get(home);
            assertEquals(home, login.uri(), "Tomcat shows its login page in place of the page");
            assertTrue(login.body().contains(FormLogin.LOGIN_FORM), tomcat.brief(login));
            HttpResponse<String> failed = browser.submit(login, "editor", "not-the-password");
            assertEquals(200, failed.statusCode(), tomcat.brief(failed));
            assertTrue(failed.uri().getPath().endsWith("/j_security_check") && failed.body().contains(FormLogin.LOGIN_FORM),
                    "a failed login answers the form again (its script shows the error): " + tomcat.brief(failed));
            assertTrue(csp(failed).contains("default-src 'none'"), "the error page carries the CSP");

            String before = browser.sessionId();
            HttpResponse<String> reached = browser.submit(failed, "editor", EDITOR_PASSWORD);
            assertEquals(home, reached.uri(), "back to the page asked for: " + tomcat.brief(reached));
            assertTrue(reached.body().contains(FormLogin.REVIEW_PAGE), tomcat.brief(reached));
            String after = browser.sessionId();
            assertTrue(before != null && after != null && !before.equals(after), "a new session id at login: " + before
                    + " then " + after);
            HttpResponse<String> fixed = tomcat.send(tomcat.request("/api/csrf").header("Cookie", "JSESSIONID=" + before));
            assertEquals(401, fixed.statusCode(), "the id from before the login authenticates nothing");

            JsonNode csrf = json(browser.send(tomcat.request("/api/csrf")));
            assertEquals("editor", csrf.get("user").asText(), csrf.toString());
            JsonNode check = submitText(tomcat, "documentId=form-" + UUID.randomUUID() + "&date=2025-11-25", DRAFT);
            HttpResponse<String> decided = browser.send(tomcat.request("/api/checks/" + check.get("id").asText()
                    + "/findings/" + findingOf(check, "spelling.variant") + "/review").header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf.get("token").asText()).POST(body(Map.of("decision", "accepted"))));
            assertEquals(200, decided.statusCode(), "a decision in the logged-in session: " + tomcat.brief(decided));
            assertEquals("editor", json(decided).get("decidedBy").asText());

            HttpResponse<String> out = browser.send(tomcat.request("/api/logout")
                    .header("X-CSRF-Token", csrf.get("token").asText()).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(204, out.statusCode(), tomcat.brief(out));
            HttpResponse<String> gone = tomcat.send(tomcat.request("/api/csrf").header("Cookie", "JSESSIONID=" + after));
            assertEquals(401, gone.statusCode(), "the session's cookie authenticates nothing after the logout: "
                    + tomcat.brief(gone));
            assertTrue(browser.get(home).body().contains(FormLogin.LOGIN_FORM), "the page asks for a login again");
        }

        @Test
        void aDecisionIsCarriedOverToARevisionAndSurvivesARestart() throws Exception {
            String query = "documentId=harbour-" + UUID.randomUUID() + "&date=2025-11-25";
            JsonNode first = submitText(tomcat, query, DRAFT);
            assertEquals(1, first.get("revision").asInt());
            String duplicate = findingOf(first, "duplicate.paragraph");
            HttpResponse<String> dismissed = tomcat.send(tomcat.withToken("/api/checks/" + first.get("id").asText()
                    + "/findings/" + findingOf(first, "spelling.variant") + "/review").header("Content-Type", "application/json")
                    .POST(body(Map.of("decision", "dismissed", "note", "house style allows both"))));
            assertEquals(200, dismissed.statusCode(), tomcat.brief(dismissed));
            assertEquals("dismissed", json(dismissed).get("decision").asText());
            assertEquals("api-token", json(dismissed).get("decidedBy").asText(), "the API token's user decided");

            JsonNode second = submitText(tomcat, query, REVISED);
            assertEquals(2, second.get("revision").asInt(), "the second revision of the document");
            assertEquals(first.get("id").asText(), second.get("previousId").asText());
            String spelling = findingOf(second, "spelling.variant");
            JsonNode carried = reviewOf(second, spelling);
            assertEquals("carried", carried.get("status").asText(), carried.toString());
            assertEquals("dismissed", carried.get("decision").asText(), "the decision is carried over");
            assertEquals("house style allows both", carried.get("note").asText());
            assertEquals(1, second.get("resolved").size(), "the fixed finding is resolved: " + second.get("resolved"));
            assertEquals(duplicate, second.get("resolved").get(0).get("findingId").asText());
            assertEquals("duplicate.paragraph", second.get("resolved").get(0).get("rule").asText());

            tomcat.stop();
            tomcat.start();
            HttpResponse<String> again = tomcat.send(tomcat.withToken("/api/checks/" + second.get("id").asText()));
            assertEquals(200, again.statusCode(), "the check is still there after a restart: " + tomcat.brief(again));
            JsonNode kept = reviewOf(json(again), spelling);
            assertEquals("dismissed", kept.get("decision").asText(), "the decision survives the restart");
            assertEquals("house style allows both", kept.get("note").asText());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgresFromJndi {
        private Path data;
        private EmbeddedPostgres postgres;
        private Tomcat tomcat;

        @BeforeAll
        void start(@TempDir Path temp) throws Exception {
            data = temp.resolve("data");
            tomcat = Tomcat.unpack(temp.resolve("tomcat"));
            tomcat.addLibrary(dependency("factcheck.postgresql.jar", "org.postgresql:postgresql:jar"));
            postgres = startPostgres();
            tomcat.deploy(settings(data), """
                      <Resource name="jdbc/factcheck" auth="Container" type="javax.sql.DataSource"
                                driverClassName="org.postgresql.Driver" url="jdbc:postgresql://127.0.0.1:%d/postgres"
                                username="postgres" password="" maxTotal="8"/>
                    """.formatted(postgres.getPort()));
            tomcat.start();
        }

        @AfterAll
        void stop() throws Exception {
            try {
                if (tomcat != null) {
                    tomcat.stop();
                }
            } finally {
                if (postgres != null) {
                    postgres.close();
                }
            }
        }

        @Test
        void healthSaysTheDatabaseIsReachable() throws Exception {
            HttpResponse<String> health = tomcat.send(tomcat.request("/health"));
            assertEquals(200, health.statusCode(), tomcat.brief(health));
            assertEquals("reachable", json(health).get("database").asText(), tomcat.brief(health));
        }

        @Test
        void aReviewedCheckIsStoredInPostgres() throws Exception {
            String documentId = "pg-" + UUID.randomUUID();
            JsonNode check = submitText(tomcat, "documentId=" + documentId + "&date=2025-11-25", DRAFT);
            String finding = findingOf(check, "spelling.variant");
            HttpResponse<String> r = tomcat.send(tomcat.withToken("/api/checks/" + check.get("id").asText() + "/findings/"
                    + finding + "/review").header("Content-Type", "application/json")
                    .POST(body(Map.of("decision", "dismissed", "note", "both are fine"))));
            assertEquals(200, r.statusCode(), tomcat.brief(r));

            try (Connection c = postgres.getPostgresDatabase().getConnection();
                 PreparedStatement q = c.prepareStatement("SELECT c.document_id, f.rule, f.decision, f.decided_by"
                         + " FROM checks c JOIN findings f ON f.check_id = c.id WHERE c.id = ? AND f.finding_id = ?")) {
                q.setString(1, check.get("id").asText());
                q.setString(2, finding);
                try (ResultSet row = q.executeQuery()) {
                    assertTrue(row.next(), "the check is a row of PostgreSQL's checks table: the webapp used the JNDI "
                            + "DataSource");
                    assertEquals(documentId, row.getString("document_id"));
                    assertEquals("spelling.variant", row.getString("rule"));
                    assertEquals("dismissed", row.getString("decision"));
                    assertEquals("api-token", row.getString("decided_by"));
                }
            }
            assertFalse(Files.exists(data), "no H2 database in the data folder");
        }
    }

    // --- the API ----------------------------------------------------------------------------------------------------

    private static Map<String, String> settings(Path data) {
        return Map.of("factcheck.data", data.toString(), "factcheck.api-token", TOKEN);
    }

    private static HttpClient browser() {
        return org.factcheck.web.OpenApiContract.validating(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** Submits a plain-text draft as a raw body, with the query's parameters; expects 201. */
    private static JsonNode submitText(Tomcat tomcat, String query, String text) throws Exception {
        return submit(tomcat, query, text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode submitFile(Tomcat tomcat, Path file, String date) throws Exception {
        return submit(tomcat, "date=" + date + "&filename=" + URLEncoder.encode(file.getFileName().toString(),
                StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    private static JsonNode submit(Tomcat tomcat, String query, byte[] content) throws Exception {
        HttpResponse<String> r = tomcat.send(tomcat.withToken("/api/checks?" + query)
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
        assertEquals(201, r.statusCode(), tomcat.brief(r));
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith(Tomcat.CONTEXT + "/api/checks/"),
                "Location under the context path: " + r.headers().map());
        return json(r);
    }

    private static Path seed(Path seeds, String prefix) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(seeds, prefix + "*.txt")) {
            for (Path p : files) {
                return p;
            }
        }
        throw new AssertionError("no seed " + prefix + "*.txt in " + seeds);
    }

    private static List<JsonNode> findings(JsonNode report, String rule) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                out.add(f);
            }
        }
        return out;
    }

    private static String findingOf(JsonNode check, String rule) {
        List<JsonNode> found = findings(check.get("report"), rule);
        assertFalse(found.isEmpty(), "no " + rule + " in " + check.get("report").get("findings"));
        return found.get(0).get("id").asText();
    }

    private static JsonNode reviewOf(JsonNode check, String findingId) {
        for (JsonNode r : check.get("reviews")) {
            if (r.get("findingId").asText().equals(findingId)) {
                return r;
            }
        }
        throw new AssertionError("no review of " + findingId + " in " + check.get("reviews"));
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static HttpRequest.BodyPublisher body(Object o) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(o));
    }

    private static String csp(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Security-Policy").orElse("");
    }

    // --- the set-up -------------------------------------------------------------------------------------------------

    /** A dependency's file, which the failsafe configuration passes as a system property. */
    private static Path dependency(String property, String coordinates) {
        String file = System.getProperty(property);
        assertTrue(file != null && Files.isRegularFile(Path.of(file)), "the test dependency " + coordinates
                + " is missing: run through Maven (mvn verify), which passes its file as " + property + " (got " + file + ")");
        return Path.of(file);
    }

    /** The store tests' PostgreSQL server, which also runs where the tests run as root. */
    private static EmbeddedPostgres startPostgres() throws Exception {
        return org.factcheck.store.TestPostgres.start();
    }

    /** One Tomcat: its folder (CATALINA_HOME and CATALINA_BASE), its port, and its process while it runs. */
    static final class Tomcat {
        static final String CONTEXT = "/factcheck";
        private static final Duration START_LIMIT = Duration.ofSeconds(120);
        private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
        private static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);
        private static final HttpClient HTTP = org.factcheck.web.OpenApiContract.validating(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build());

        private final Path home;
        private int port;
        private int starts;
        private Process process;

        private Tomcat(Path home) {
            this.home = home;
        }

        /** Unpacks the distribution into {@code home}, without its webapps, with an editor and an admin. */
        static Tomcat unpack(Path home) throws IOException {
            unzip(dependency("factcheck.tomcat.zip", "org.apache.tomcat:tomcat:zip"), home);
            try (DirectoryStream<Path> scripts = Files.newDirectoryStream(home.resolve("bin"), "*.sh")) {
                for (Path script : scripts) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            deleteTree(home.resolve("webapps")); // docs, examples, manager, ROOT
            Files.createDirectories(home.resolve("webapps"));
            Files.createDirectories(home.resolve("logs"));
            Files.writeString(home.resolve("conf/tomcat-users.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
                      <role rolename="editor"/>
                      <role rolename="admin"/>
                      <user username="editor" password="%s" roles="editor"/>
                      <user username="admin" password="%s" roles="admin,editor"/>
                    </tomcat-users>
                    """.formatted(EDITOR_PASSWORD, ADMIN_PASSWORD));
            return new Tomcat(home);
        }

        /** Deploys the WAR as {@link #CONTEXT}: its context file sets these parameters and holds these resources. */
        void deploy(Map<String, String> parameters, String resources) throws IOException {
            Path war = TestSupport.projectDir().resolve("target/factcheck.war");
            assertTrue(Files.isRegularFile(war), "run after package: " + war + " is missing");
            Files.copy(war, home.resolve("webapps" + CONTEXT + ".war"));
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Context>\n");
            parameters.forEach((name, value) -> xml.append("  <Parameter name=\"").append(attribute(name))
                    .append("\" value=\"").append(attribute(value)).append("\" override=\"false\"/>\n"));
            xml.append(resources).append("</Context>\n");
            Path file = home.resolve("conf/Catalina/localhost" + CONTEXT + ".xml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml);
        }

        void addLibrary(Path jar) throws IOException {
            Files.copy(jar, home.resolve("lib").resolve(jar.getFileName()));
        }

        /** Starts Tomcat on a free port of 127.0.0.1 and waits until {@code /health} answers 200. */
        void start() throws Exception {
            port = freePort();
            Files.writeString(home.resolve("conf/server.xml"), serverXml(port));
            starts++;
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/catalina.sh").toString(), "run")
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("CATALINA_") || k.startsWith("JPDA_") || k.startsWith("FACTCHECK_")
                    || k.equals("JAVA_OPTS") || k.equals("JRE_HOME"));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("CATALINA_HOME", home.toString());
            env.put("CATALINA_BASE", home.toString());
            process = builder.start();
            awaitHealth();
        }

        private void awaitHealth() throws Exception {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (true) {
                int status = healthStatus();
                if (status == 200) {
                    return;
                }
                if (!process.isAlive()) {
                    fail("Tomcat exited with " + process.exitValue() + " before /health answered\n" + logTail());
                }
                if (status > 0 && Files.readString(console()).contains("Server startup in")) {
                    fail("Tomcat started, but " + CONTEXT + "/health answers " + status + "\n" + logTail());
                }
                if (System.nanoTime() > deadline) {
                    fail(CONTEXT + "/health did not answer 200 within " + START_LIMIT.toSeconds() + " s\n" + logTail());
                }
                Thread.sleep(250);
            }
        }

        private int healthStatus() throws InterruptedException {
            try {
                return HTTP.send(request("/health").timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1; // not listening yet, or still deploying
            }
        }

        /** Stops Tomcat (SIGTERM: its shutdown hook stops the webapp), forcibly past {@link #STOP_LIMIT}. */
        void stop() throws InterruptedException {
            if (process == null) {
                return;
            }
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            process = null;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + CONTEXT + path)).timeout(REQUEST_LIMIT);
        }

        HttpRequest.Builder withToken(String path) {
            return request(path).header("Authorization", "Bearer " + TOKEN);
        }

        HttpRequest.Builder asUser(String path, String user, String password) {
            return request(path).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return send(HTTP, request);
        }

        HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** A response's status and the start of its body, for assertion messages; the logs' tail on a server error. */
        String brief(HttpResponse<String> r) {
            String body = r.body().length() > 400 ? r.body().substring(0, 400) + "…" : r.body();
            return r.statusCode() + " " + body + (r.statusCode() >= 500 ? "\n" + logTail() : "");
        }

        /** The console of the current start (catalina.sh run: Tomcat's log and the webapp's own). */
        private Path console() {
            return home.resolve("logs/console-" + starts + ".out");
        }

        /** The last lines of the console and of Tomcat's log of the webapp (where a failed start is told). */
        String logTail() {
            StringBuilder out = new StringBuilder();
            out.append("--- ").append(console().getFileName()).append(" (Tomcat and the webapp), last lines ---\n")
                    .append(tail(console(), 80));
            try (Stream<Path> logs = Files.list(home.resolve("logs"))) {
                logs.filter(p -> p.getFileName().toString().startsWith("localhost.")).max(Comparator.naturalOrder())
                        .ifPresent(p -> out.append("--- logs/").append(p.getFileName()).append(" (the webapp's container log)"
                                + ", last lines ---\n").append(tail(p, 60)));
            } catch (IOException e) {
                out.append("(logs unreadable: ").append(e).append(")\n");
            }
            return out.toString();
        }

        private static String tail(Path file, int lines) {
            try {
                List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
            } catch (IOException e) {
                return "(" + file.getFileName() + " unreadable: " + e + ")\n";
            }
        }

        /** The stock server.xml's listeners, users and host; HTTP only, on 127.0.0.1; no shutdown port, no AJP. */
        private static String serverXml(int port) {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Server port="-1" shutdown="SHUTDOWN">
                      <Listener className="org.apache.catalina.startup.VersionLoggerListener"/>
                      <Listener className="org.apache.catalina.core.AprLifecycleListener"/>
                      <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener"/>
                      <Listener className="org.apache.catalina.mbeans.GlobalResourcesLifecycleListener"/>
                      <Listener className="org.apache.catalina.core.ThreadLocalLeakPreventionListener"/>
                      <GlobalNamingResources>
                        <Resource name="UserDatabase" auth="Container" type="org.apache.catalina.UserDatabase"
                                  factory="org.apache.catalina.users.MemoryUserDatabaseFactory"
                                  pathname="conf/tomcat-users.xml"/>
                      </GlobalNamingResources>
                      <Service name="Catalina">
                        <Connector address="127.0.0.1" port="%d" protocol="HTTP/1.1" connectionTimeout="20000"/>
                        <Engine name="Catalina" defaultHost="localhost">
                          <Realm className="org.apache.catalina.realm.LockOutRealm">
                            <Realm className="org.apache.catalina.realm.UserDatabaseRealm" resourceName="UserDatabase"/>
                          </Realm>
                          <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
                        </Engine>
                      </Service>
                    </Server>
                    """.formatted(port);
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        private static String attribute(String value) {
            return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        }

        /** Unpacks the zip into {@code to}, without its top folder ({@code apache-tomcat-11.0.x/}). */
        private static void unzip(Path zip, Path to) throws IOException {
            Path root = to.toAbsolutePath().normalize();
            try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    String name = e.getName().substring(e.getName().indexOf('/') + 1);
                    Path target = root.resolve(name).normalize();
                    if (name.isEmpty() || !target.startsWith(root)) {
                        continue;
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                    }
                }
            }
            assertTrue(Files.isRegularFile(root.resolve("bin/catalina.sh")), "no bin/catalina.sh in " + zip);
        }

        private static void deleteTree(Path dir) throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
