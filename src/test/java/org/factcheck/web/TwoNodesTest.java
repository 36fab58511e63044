package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.factcheck.store.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of the service, two embedded servers in this JVM, each with its own data folder, on one PostgreSQL
 * ({@link TestPostgres}) and one rules folder: revisions of one document saved at once through both keep their
 * numbering and decisions, and a reload of the rules on one node is followed by the other within its poll interval.
 */
class TwoNodesTest {
    private static final String TOKEN = "test-token-" + UUID.randomUUID();
    private static final String ADMIN_TOKEN = "test-admin-token-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = OpenApiContract.validating(HttpClient.newHttpClient());
    /** The poll interval of the nodes, in seconds. */
    private static final int POLL_SECONDS = 1;

    @TempDir
    static Path temp;
    private static Path rules;
    private static EmbeddedPostgres postgres;
    private static EmbeddedServer nodeA;
    private static EmbeddedServer nodeB;

    @BeforeAll
    static void start() throws Exception {
        postgres = TestPostgres.start();
        rules = TestSupport.copyOfRules(temp.resolve("rules"));
        nodeA = node("a");
        nodeB = node("b");
    }

    private static EmbeddedServer node(String name) throws Exception {
        Path data = temp.resolve("data-" + name);
        Files.createDirectories(data);
        Files.writeString(data.resolve("users.properties"), "editor: editor-pw, editor\nadmin: admin-pw, admin, editor\n");
        Map<String, String> settings = new HashMap<>();
        settings.put("factcheck.api-token", TOKEN);
        settings.put("factcheck.admin-token", ADMIN_TOKEN);
        settings.put("factcheck.db.url", postgres.getJdbcUrl("postgres", "postgres"));
        settings.put("factcheck.db.user", "postgres");
        settings.put("factcheck.rules-poll-seconds", String.valueOf(POLL_SECONDS));
        settings.put("factcheck.parse-workers", "0");
        return EmbeddedServer.start("127.0.0.1", 0, data, rules, TestSupport.projectDir().resolve("webapp"), settings);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {nodeA, nodeB, postgres}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static HttpRequest.Builder on(EmbeddedServer node, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                .header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String brief(HttpResponse<String> r) {
        return r.statusCode() + " " + (r.body().length() > 400 ? r.body().substring(0, 400) + "…" : r.body());
    }

    private static final String DRAFT = "Les Etats-Unis ont annoncé lundi une hausse des droits de douane. "
            + "Le ministre a rappelé que les États-Unis restaient ouverts au dialogue.\n\n"
            + "La réunion aura lieu à Genève la semaine prochaine, a précisé le porte-parole.\n\n"
            + "La réunion aura lieu à Genève la semaine prochaine, a précisé le porte-parole.";

    private static JsonNode submit(EmbeddedServer node, String documentId) throws Exception {
        Map<String, String> body = new HashMap<>(Map.of("text", DRAFT, "language", "fr", "date", "2025-11-25"));
        if (documentId != null) {
            body.put("documentId", documentId);
        }
        HttpResponse<String> r = send(on(node, "/api/checks", TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        assertEquals(201, r.statusCode(), brief(r));
        return JSON.readTree(r.body());
    }

    private static JsonNode health(EmbeddedServer node) throws Exception {
        HttpResponse<String> r = send(on(node, "/health", TOKEN));
        assertEquals(200, r.statusCode(), brief(r));
        return JSON.readTree(r.body());
    }

    private static JsonNode finding(JsonNode check, String rule) {
        for (JsonNode f : check.get("report").get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + check.get("report").get("findings"));
    }

    private static JsonNode review(JsonNode check, String findingId) {
        for (JsonNode r : check.get("reviews")) {
            if (r.get("findingId").asText().equals(findingId)) {
                return r;
            }
        }
        throw new AssertionError("no review of " + findingId + " in " + check.get("reviews"));
    }

    @Test
    void revisionsSavedAtOnceThroughBothNodesAreNumberedInTurnAndCarryTheDecisions() throws Exception {
        String doc = "doc-" + UUID.randomUUID();
        JsonNode first = submit(nodeA, doc);
        assertEquals(1, first.get("revision").asInt());
        String spelling = finding(first, "spelling.variant").get("id").asText();
        HttpResponse<String> decided = send(on(nodeA, "/api/checks/" + first.get("id").asText() + "/findings/" + spelling
                + "/review", TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"dismissed\",\"note\":\"house style\"}")));
        assertEquals(200, decided.statusCode(), brief(decided));

        int saves = 8;
        ExecutorService pool = Executors.newFixedThreadPool(saves);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                EmbeddedServer node = i % 2 == 0 ? nodeA : nodeB;
                Callable<JsonNode> save = () -> {
                    go.await();
                    return submit(node, doc);
                };
                results.add(pool.submit(save));
            }
            go.countDown();
            TreeSet<Integer> revisions = new TreeSet<>();
            for (Future<JsonNode> f : results) {
                JsonNode check = f.get();
                revisions.add(check.get("revision").asInt());
                JsonNode carried = review(check, finding(check, "spelling.variant").get("id").asText());
                assertEquals("dismissed", carried.get("decision").asText(), "the decision taken on node A is carried");
                assertEquals("house style", carried.get("note").asText());
            }
            TreeSet<Integer> expected = new TreeSet<>();
            for (int i = 2; i <= saves + 1; i++) {
                expected.add(i);
            }
            assertEquals(expected, revisions, "distinct consecutive revisions, whichever node saved them");
        } finally {
            pool.shutdownNow();
        }

        // Each revision points at the one before it, as either node lists them.
        JsonNode list = JSON.readTree(send(on(nodeB, "/api/checks?documentId=" + doc + "&size=50", TOKEN)).body());
        assertEquals(saves + 1, list.get("total").asInt(), list.toString());
        List<String> newestFirst = new ArrayList<>();
        for (JsonNode item : list.get("items")) {
            newestFirst.add(item.get("id").asText());
        }
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            JsonNode check = JSON.readTree(send(on(nodeA, "/api/checks/" + newestFirst.get(i), TOKEN)).body());
            assertEquals(newestFirst.get(i + 1), check.get("previousId").asText(), "revision " + check.get("revision"));
        }

        // A revision saved afterwards on node B carries the decision too.
        JsonNode onB = submit(nodeB, doc);
        assertEquals(saves + 2, onB.get("revision").asInt());
        assertEquals("dismissed", review(onB, finding(onB, "spelling.variant").get("id").asText()).get("decision").asText());
    }

    @Test
    void aReloadOnOneNodeIsFollowedByTheOtherWithinItsPollInterval() throws Exception {
        String before = finding(submit(nodeB, null), "duplicate.paragraph").get("message").asText();
        String changed = "Paragraphe en double (message changed " + UUID.randomUUID() + ")";
        assertNotEquals(changed, before);
        Path messages = rules.resolve("fr/messages.properties");
        // ISO-8859-1 both ways keeps every other byte of the file as it is, whatever its encoding
        String file = Files.readString(messages, StandardCharsets.ISO_8859_1);
        assertTrue(file.contains("\nduplicate.paragraph=") || file.startsWith("duplicate.paragraph="), "the message is in the file");
        Files.writeString(messages, file.replaceAll("(?m)^duplicate\\.paragraph=.*$", changed.replace("$", "\\$")
                .replaceFirst("^", "duplicate.paragraph=")), StandardCharsets.ISO_8859_1);

        HttpResponse<String> reload = reload(nodeA);
        assertEquals(200, reload.statusCode(), brief(reload));
        long generation = JSON.readTree(reload.body()).get("generation").asLong();
        assertEquals(generation, health(nodeA).get("rulesGeneration").asLong());
        assertEquals(changed, finding(submit(nodeA, null), "duplicate.paragraph").get("message").asText(),
                "node A checks with its reloaded rules at once");

        long reloaded = System.nanoTime();
        String seenOnB = before;
        // The poll interval, plus the time a reload takes to compile the rules on a shared CPU
        long deadline = reloaded + (POLL_SECONDS + 30) * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            seenOnB = finding(submit(nodeB, null), "duplicate.paragraph").get("message").asText();
            if (seenOnB.equals(changed)) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(changed, seenOnB, "node B follows node A's reload");
        assertEquals(generation, health(nodeB).get("rulesGeneration").asLong(), "and says so on /health");
        System.out.printf("node B checked with the reloaded rules %d ms after node A's reload%n",
                (System.nanoTime() - reloaded) / 1_000_000);
    }

    /**
     * A reload that compiled but whose generation the database could not record says so: the rules are in force on
     * the node, the other nodes will not follow. The generation's table is renamed away for the reload.
     */
    @Test
    void aReloadWhoseGenerationIsNotRecordedSaysTheOtherNodesWillNotFollow() throws Exception {
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
             java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE rules_generation RENAME TO rules_generation_away");
            HttpResponse<String> reload;
            try {
                reload = reload(nodeA);
            } finally {
                st.execute("ALTER TABLE rules_generation_away RENAME TO rules_generation");
            }
            assertEquals(503, reload.statusCode(), brief(reload));
            JsonNode problem = JSON.readTree(reload.body());
            assertTrue(problem.get("detail").asText().contains("in force on this node")
                    && problem.get("detail").asText().contains("the other nodes will not follow"), reload.body());
        }
    }

    /** A reload of the rules on {@code node}, asked again past the reload interval while a reload of another test holds it. */
    private static HttpResponse<String> reload(EmbeddedServer node) throws Exception {
        HttpResponse<String> reload;
        do {
            reload = send(on(node, "/api/admin/rules/reload", ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
            if (reload.statusCode() == 429) {
                Thread.sleep(1000L * Long.parseLong(reload.headers().firstValue("Retry-After").orElse("1")));
            }
        } while (reload.statusCode() == 429);
        return reload;
    }
}
