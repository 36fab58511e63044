package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/openapi.json}, the API's contract: served as it is kept, well formed, and every operation of it
 * answered by the embedded server, in its successes and its errors, with responses that validate against it (through
 * {@link OpenApiContract#validating}); and the validation can fail: a response that breaks the contract is caught.
 */
class OpenApiTest {
    private static final String TOKEN = "oas-token-" + UUID.randomUUID();
    private static final String ADMIN_TOKEN = "oas-admin-token-" + UUID.randomUUID();
    private static final String CMS = "https://cms.example.org";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract CONTRACT = OpenApiContract.get();
    private static final OpenApiContract.Validating HTTP = OpenApiContract.validating(HttpClient.newHttpClient());

    @TempDir
    static Path temp;
    private static Path rules;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("users.properties"),
                "editor: editor-pw, editor\nadmin: admin-pw, admin, editor\nreader: reader-pw\n");
        rules = TestSupport.copyOfRules(temp.resolve("rules"));
        server = EmbeddedServer.start("127.0.0.1", 0, data, rules, TestSupport.projectDir().resolve("webapp"),
                Map.of("factcheck.api-token", TOKEN, "factcheck.admin-token", ADMIN_TOKEN,
                        "factcheck.reload-interval-seconds", "1", "factcheck.max-upload-bytes", "60000",
                        "factcheck.max-text-chars", "20000", "factcheck.parse-workers", "0",
                        "factcheck.cors-origins", CMS, "factcheck.webhook-secret", "oas-webhook-secret-" + UUID.randomUUID()));
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

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder b) throws Exception {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
        return r;
    }

    private static HttpRequest.BodyPublisher json(Object o) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(o));
    }

    /** An urlencoded form of name and value pairs. */
    private static HttpRequest.BodyPublisher form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            s.append(s.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(java.net.URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(s.toString());
    }

    private static HttpRequest.Builder postJson(String path, Object body) throws IOException {
        return withToken(path).header("Content-Type", "application/json").POST(json(body));
    }

    private static final String DRAFT = "Les Etats-Unis ont annoncé lundi une hausse de 10 % des droits de douane, a "
            + "déclaré Marie Dupont, ministre française du Commerce. « Nous restons ouverts au dialogue », a-t-elle "
            + "ajouté. Les États-Unis avaient réduit leurs droits de 5 % le 3 mars 2025.\n\n"
            + "La réunion aura lieu à Genève la semaine prochaine, a précisé le porte-parole.\n\n"
            + "La réunion aura lieu à Genève la semaine prochaine, a précisé le porte-parole.";

    @Test
    void theDescriptionIsServedAsItIsKept() throws Exception {
        HttpResponse<String> r = expect(200, send(withToken("/api/openapi.json")));
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        ObjectNode served = (ObjectNode) JSON.readTree(r.body());
        assertEquals("/", served.get("servers").get(0).get("url").asText(), "the webapp is at the server's root");
        ObjectNode kept = (ObjectNode) CONTRACT.document().deepCopy();
        served.remove("servers");
        kept.remove("servers");
        assertEquals(kept, served, "the description served is the one kept in the source");
        expect(401, send(HttpRequest.newBuilder(uri("/api/openapi.json"))));
        expect(405, send(withToken("/api/openapi.json").POST(HttpRequest.BodyPublishers.noBody())));
    }

    /**
     * The description is well formed: OpenAPI 3.1, each operation with a unique id, its path parameters and
     * responses, each security requirement naming a scheme it has; each {@code $ref} resolves; each schema is a
     * JSON Schema 2020-12 by its meta-schema. (No Maven Central artifact was found to carry the OpenAPI 3.1 schema of
     * whole documents, so the document's own structure is checked here, its schemas by the 2020-12 meta-schema.)
     */
    @Test
    void theDescriptionIsWellFormed() {
        JsonNode doc = CONTRACT.document();
        assertTrue(doc.get("openapi").asText().matches("3\\.1\\.\\d+"), doc.get("openapi").asText());
        Set<String> ids = new HashSet<>();
        Set<String> schemes = new HashSet<>();
        doc.get("components").get("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            Set<String> params = new TreeSet<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (m.find()) {
                params.add(m.group(1));
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                String where = op.getKey() + " " + path.getKey();
                assertTrue(Set.of("get", "put", "post", "delete", "options").contains(op.getKey()), where);
                assertTrue(ids.add(op.getValue().path("operationId").asText()), "a unique operationId: " + where);
                assertFalse(op.getValue().path("responses").isEmpty(), "responses: " + where);
                Set<String> declared = new TreeSet<>();
                for (JsonNode p : List.of(path.getValue().path("parameters"), op.getValue().path("parameters"))) {
                    p.forEach(parameter -> {
                        if (parameter.get("in").asText().equals("path")) {
                            declared.add(parameter.get("name").asText());
                        }
                    });
                }
                assertEquals(params, declared, "the path parameters of " + where);
                JsonNode security = op.getValue().has("security") ? op.getValue().get("security") : doc.get("security");
                for (JsonNode requirement : security) {
                    requirement.fieldNames().forEachRemaining(s -> assertTrue(schemes.contains(s), s + " in " + where));
                }
            }
        }
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/") && !doc.at(ref.substring(1)).isMissingNode(), "the reference " + ref + " resolves");
        }
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (Map.Entry<String, JsonNode> schema : doc.get("components").get("schemas").properties()) {
            assertEquals(List.of(), metaSchema.validate(schema.getValue()), "the schema " + schema.getKey());
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    /** Every operation answered, in its successes and errors; each answer validated by the client. */
    @Test
    void everyOperationAnswersAsDescribed() throws Exception {
        expect(200, send(HttpRequest.newBuilder(uri("/health"))));
        expect(200, send(withToken("/api/openapi.json")));
        expect(401, send(HttpRequest.newBuilder(uri("/api/openapi.json"))));

        // Drafts: JSON, a raw body with its options in the query, a form upload; and their errors.
        String doc = "oas-" + UUID.randomUUID();
        JsonNode first = JSON.readTree(expect(201, send(postJson("/api/checks", Map.of("text", DRAFT, "title",
                "Droits de douane", "language", "fr", "date", "2025-11-25", "documentId", doc)))).body());
        assertFalse(first.get("report").get("findings").isEmpty(), "a report with findings: " + first);
        assertFalse(first.get("report").get("quotes").isEmpty(), "and quotes: " + first);
        expect(201, send(withToken("/api/checks?language=en&date=today&filename=note.txt")
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("\"We will win,\" said Dana Hollis on Monday. Unemployment "
                        + "rose from 3.9% to 4.3% in March, about half of voters said."))));
        String boundary = "b" + UUID.randomUUID();
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentId\"\r\n\r\n" + doc
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nfr\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"draft.txt\"\r\nContent-Type: text/plain"
                + "\r\n\r\n" + DRAFT.substring(0, DRAFT.lastIndexOf("\n\n")) + "\r\n--" + boundary + "--\r\n";
        JsonNode second = JSON.readTree(expect(201, send(withToken("/api/checks")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form)))).body());
        assertEquals(2, second.get("revision").asInt());
        assertFalse(second.get("resolved").isEmpty(), "the repeated paragraph is resolved: " + second);
        expect(400, send(postJson("/api/checks", Map.of("text", "x", "colour", "red"))));
        expect(401, send(HttpRequest.newBuilder(uri("/api/checks")).header("Content-Type", "application/json")
                .POST(json(Map.of("text", "x")))));
        expect(403, send(HttpRequest.newBuilder(uri("/api/checks")).header("Authorization", basic("editor", "editor-pw"))
                .header("Content-Type", "application/json").POST(json(Map.of("text", "x")))));
        expect(413, send(withToken("/api/checks").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("a".repeat(70_000)))));
        expect(415, send(withToken("/api/checks").POST(HttpRequest.BodyPublishers.ofString("Le conseil a voté."))));
        expect(415, send(withToken("/api/checks").header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))));
        expect(422, send(postJson("/api/checks", Map.of("text", "Un mot. ".repeat(3000)))));
        expect(422, send(withToken("/api/checks").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(" \n "))));

        // Revisions, a check, reviews and their history.
        expect(200, send(withToken("/api/checks?documentId=" + doc + "&size=1")));
        expect(400, send(withToken("/api/checks")));
        expect(400, send(withToken("/api/checks?documentId=" + doc + "&size=0")));
        String id = first.get("id").asText();
        expect(200, send(withToken("/api/checks/" + id)));
        expect(200, send(withToken("/api/checks/" + second.get("id").asText())));
        expect(404, send(withToken("/api/checks/nope")));
        String finding = first.get("report").get("findings").get(0).get("id").asText();
        expect(200, send(postJson("/api/checks/" + id + "/findings/" + finding + "/review",
                Map.of("decision", "dismissed", "note", "house style"))));
        expect(200, send(postJson("/api/checks/" + id + "/findings/" + finding + "/review", Map.of("decision", "open"))));
        expect(400, send(postJson("/api/checks/" + id + "/findings/" + finding + "/review", Map.of("decision", "maybe"))));
        expect(404, send(postJson("/api/checks/" + id + "/findings/f999/review", Map.of("decision", "accepted"))));
        JsonNode history = JSON.readTree(expect(200, send(withToken("/api/checks/" + id + "/history"))).body());
        assertEquals(2, history.size(), history.toString());
        expect(404, send(withToken("/api/checks/nope/history")));
        expect(404, send(withToken("/api/checks/" + id + "/nothing")));
        expect(405, send(withToken("/api/checks/" + id).DELETE()));

        // Rules, and their reload by an admin.
        expect(200, send(withToken("/api/rules")));
        expect(200, send(HttpRequest.newBuilder(uri("/api/rules")).header("Authorization", basic("editor", "editor-pw"))));
        expect(401, send(HttpRequest.newBuilder(uri("/api/rules")).header("Authorization", "Bearer wrong")));
        expect(403, send(HttpRequest.newBuilder(uri("/api/rules")).header("Authorization", basic("reader", "reader-pw"))));
        HttpRequest.Builder reload = HttpRequest.newBuilder(uri("/api/admin/rules/reload"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody());
        expect(200, send(reload));
        expect(429, send(reload));
        expect(403, send(withToken("/api/admin/rules/reload").POST(HttpRequest.BodyPublishers.noBody())));
        Path drl = rules.resolve("quote.drl");
        String good = Files.readString(drl);
        Files.writeString(drl, good + "\nrule \"broken\" @id(\"quote.broken\") when then oops( end\n");
        try {
            Thread.sleep(1200);
            expect(422, send(reload));
        } finally {
            Files.writeString(drl, good);
        }

        // The session: its CSRF token, a call with it, a logout.
        OpenApiContract.Validating browser = OpenApiContract.validating(HttpClient.newBuilder()
                .cookieHandler(new CookieManager()).build());
        JsonNode csrf = JSON.readTree(expect(200, send(browser, HttpRequest.newBuilder(uri("/api/csrf"))
                .header("Authorization", basic("editor", "editor-pw")))).body());
        expect(201, send(browser, HttpRequest.newBuilder(uri("/api/checks")).header("Authorization", basic("editor", "editor-pw"))
                .header("X-CSRF-Token", csrf.get("token").asText()).header("Content-Type", "application/json")
                .POST(json(Map.of("text", "Le conseil a voté le budget mardi.")))));
        expect(403, send(browser, HttpRequest.newBuilder(uri("/api/logout")).POST(HttpRequest.BodyPublishers.noBody())));
        expect(204, send(browser, HttpRequest.newBuilder(uri("/api/logout")).header("X-CSRF-Token", csrf.get("token").asText())
                .POST(HttpRequest.BodyPublishers.noBody())));
        expect(401, send(browser, HttpRequest.newBuilder(uri("/api/csrf"))));
        expect(404, send(withToken("/api/csrf")));
        expect(404, send(withToken("/api/nothing")));

        // The webhook (admins): none, a bad URL, one registered and read, removed twice; refused to others.
        HttpRequest.Builder hook = HttpRequest.newBuilder(uri("/api/admin/webhook")).header("Authorization", "Bearer " + ADMIN_TOKEN);
        expect(204, send(hook.copy().DELETE()));
        expect(404, send(hook.copy()));
        expect(400, send(hook.copy().header("Content-Type", "application/json").PUT(json(Map.of("url", "ftp://cms.example.org/hook")))));
        expect(400, send(hook.copy().header("Content-Type", "application/json").PUT(json(Map.of("href", "https://cms.example.org/")))));
        expect(415, send(hook.copy().header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString(CMS))));
        expect(413, send(hook.copy().header("Content-Type", "application/json")
                .PUT(json(Map.of("url", CMS + "/" + "a".repeat(20_000))))));
        // a receiver that refuses connections: nothing is stored while the webhook is registered
        JsonNode registered = JSON.readTree(expect(200, send(hook.copy().header("Content-Type", "application/json")
                .PUT(json(Map.of("url", "http://127.0.0.1:9/hooks/factcheck"))))).body());
        assertEquals("admin-token", registered.get("createdBy").asText());
        assertEquals(registered.get("url"), JSON.readTree(expect(200, send(hook.copy())).body()).get("url"));
        expect(200, send(HttpRequest.newBuilder(uri("/api/admin/webhook")).header("Authorization", basic("admin", "admin-pw"))));
        expect(401, send(HttpRequest.newBuilder(uri("/api/admin/webhook")).DELETE()));
        expect(403, send(withToken("/api/admin/webhook").DELETE()));
        expect(403, send(withToken("/api/admin/webhook").header("Content-Type", "application/json")
                .PUT(json(Map.of("url", CMS)))));
        expect(403, send(withToken("/api/admin/webhook")));
        expect(204, send(hook.copy().DELETE()));
        expect(404, send(hook.copy()));
        expect(405, send(hook.copy().POST(HttpRequest.BodyPublishers.noBody())));

        // The LanguageTool API: its check (the token as the field apiKey, or as Authorization), its languages; its
        // errors in plain text, but the access filter's refusals (401, 403), which are problems.
        HttpRequest.Builder lt = HttpRequest.newBuilder(uri("/v2/check")).header("Content-Type", "application/x-www-form-urlencoded");
        JsonNode answer = JSON.readTree(expect(200, send(lt.copy().POST(form("apiKey", TOKEN, "language", "fr-FR",
                "text", DRAFT)))).body());
        assertFalse(answer.get("matches").isEmpty(), "matches: " + answer);
        assertTrue(answer.get("matches").get(0).has("factcheck"), answer.toString());
        expect(200, send(lt.copy().header("Authorization", "Bearer " + TOKEN).POST(form("language", "auto", "text", " "))));
        expect(400, send(lt.copy().POST(form("apiKey", TOKEN, "language", "de-DE", "text", "Guten Tag."))));
        expect(400, send(lt.copy().POST(form("apiKey", TOKEN, "language", "fr"))));
        expect(401, send(lt.copy().POST(form("apiKey", "wrong", "language", "fr", "text", "Bonjour."))));
        expect(403, send(lt.copy().header("Authorization", basic("reader", "reader-pw"))
                .POST(form("language", "fr", "text", "Bonjour."))));
        expect(403, send(lt.copy().header("Authorization", basic("editor", "editor-pw"))
                .POST(form("language", "fr", "text", "Bonjour."))));
        expect(413, send(lt.copy().header("Authorization", "Bearer " + TOKEN)
                .POST(form("language", "fr", "text", "a".repeat(70_000)))));
        expect(422, send(lt.copy().header("Authorization", "Bearer " + TOKEN)
                .POST(form("language", "fr", "text", "Un mot. ".repeat(3000)))));
        expect(405, send(HttpRequest.newBuilder(uri("/v2/check?apiKey=" + TOKEN))));
        // with no Authorization header the access filter reads the form first, for apiKey: past its limit, still
        // LanguageTool's plain text error
        HttpResponse<String> tooLong = expect(413, send(lt.copy().POST(form("apiKey", TOKEN, "language", "fr", "text",
                "a".repeat(250_000)))));
        assertTrue(tooLong.body().startsWith("Error: "), tooLong.body());
        JsonNode languages = JSON.readTree(expect(200, send(HttpRequest.newBuilder(uri("/v2/languages?apiKey=" + TOKEN)))).body());
        assertTrue(languages.toString().contains("\"longCode\":\"fr-CA\""), languages.toString());
        expect(200, send(withToken("/v2/languages")));
        expect(401, send(HttpRequest.newBuilder(uri("/v2/languages"))));
        expect(403, send(HttpRequest.newBuilder(uri("/v2/languages")).header("Authorization", basic("reader", "reader-pw"))));
        expect(404, send(withToken("/v2/nothing")));

        // Preflights of a page of a listed origin, and of another origin, on every path of the API.
        for (String path : CONTRACT.document().get("paths").properties().stream().map(Map.Entry::getKey)
                .filter(p -> p.startsWith("/api/") || p.startsWith("/v2/")).toList()) {
            String concrete = path.replaceAll("\\{[^}]+}", "x");
            preflight(concrete, CMS, 204);
            preflight(concrete, "https://evil.example.net", 403);
        }

        Set<String> missing = new TreeSet<>();
        Set<String> seen = new HashSet<>(HTTP.seen());
        seen.addAll(browser.seen());
        seen.addAll(PREFLIGHTS);
        for (String operation : CONTRACT.operations().keySet()) {
            if (seen.stream().noneMatch(s -> s.startsWith(operation + " 2"))) {
                missing.add(operation);
            }
        }
        assertEquals(Set.of(), missing, "operations never answered with success; seen: " + new TreeSet<>(seen));
        for (String error : List.of("post /api/checks 400", "post /api/checks 401", "post /api/checks 403",
                "post /api/checks 413", "post /api/checks 415", "post /api/checks 422", "get /api/checks 400",
                "get /api/checks/{id} 404", "post /api/checks/{id}/findings/{findingId}/review 400",
                "post /api/checks/{id}/findings/{findingId}/review 404", "get /api/checks/{id}/history 404",
                "get /api/rules 401", "get /api/rules 403", "post /api/admin/rules/reload 403",
                "post /api/admin/rules/reload 422", "post /api/admin/rules/reload 429", "get /api/csrf 401",
                "get /api/csrf 404", "post /api/logout 403", "get /api/openapi.json 401", "options /api/checks 403",
                "get /api/admin/webhook 404", "get /api/admin/webhook 403", "put /api/admin/webhook 400",
                "put /api/admin/webhook 403", "put /api/admin/webhook 413", "put /api/admin/webhook 415",
                "delete /api/admin/webhook 401", "delete /api/admin/webhook 403", "post /v2/check 400",
                "post /v2/check 401", "post /v2/check 403", "post /v2/check 413", "post /v2/check 422",
                "get /v2/check 405", "get /v2/languages 401", "get /v2/languages 403", "options /v2/check 403")) {
            assertTrue(seen.contains(error), error + " was answered; seen: " + new TreeSet<>(seen));
        }
    }

    private static final Set<String> PREFLIGHTS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A CORS preflight from {@code origin}, sent on a socket (the JDK's client will not send an Origin header
     * unless told before its first use), and its answer checked against the contract.
     */
    private static void preflight(String path, String origin, int expected) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("OPTIONS " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + origin
                    + "\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: authorization\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, end).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            Map<String, List<String>> fields = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                fields.computeIfAbsent(head[i].substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(head[i].substring(colon + 1).strip());
            }
            String body = raw.substring(end + 4);
            if (fields.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
                body = unchunk(body);
            }
            assertEquals(expected, status, "OPTIONS " + path + " from " + origin + ": " + raw);
            String[] operation = new String[1];
            List<String> problems = CONTRACT.problems("OPTIONS", path, status, HttpHeaders.of(fields, (a, b) -> true),
                    body, operation);
            assertEquals(List.of(), problems, raw);
            PREFLIGHTS.add(operation[0]);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int line = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, line).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, line + 2, line + 2 + size);
            at = line + 2 + size + 2;
        }
    }

    /** The validation can fail: real answers, broken on purpose, are each caught. */
    @Test
    void aResponseThatBreaksTheContractIsCaught() throws Exception {
        HttpResponse<String> created = expect(201, send(postJson("/api/checks", Map.of("text", DRAFT, "language", "fr",
                "date", "2025-11-25"))));
        HttpHeaders headers = created.headers();
        String body = created.body();
        String[] seen = new String[1];
        assertEquals(List.of(), CONTRACT.problems("POST", "/api/checks", 201, headers, body, seen));
        assertEquals("post /api/checks 201", seen[0]);

        Map<String, java.util.function.Consumer<ObjectNode>> breaks = new java.util.LinkedHashMap<>();
        breaks.put("no report", c -> c.remove("report"));
        breaks.put("a member unknown", c -> c.put("colour", "red"));
        breaks.put("a severity unknown", c -> ((ObjectNode) c.get("report").get("findings").get(0)).put("severity", "fatal"));
        breaks.put("a category unknown", c -> ((ObjectNode) c.get("report").get("findings").get(0)).put("category", "STYLE"));
        breaks.put("a decision unknown", c -> ((ObjectNode) c.get("reviews").get(0)).put("decision", "maybe"));
        breaks.put("a status unknown", c -> ((ObjectNode) c.get("reviews").get(0)).put("status", "old"));
        breaks.put("a negative offset", c -> ((ObjectNode) c.get("report").get("findings").get(0)).put("start", -1));
        breaks.put("a revision as text", c -> c.put("revision", "1"));
        breaks.put("a date that is none", c -> c.put("createdAt", "yesterday"));
        breaks.put("a finding without its rule", c -> ((ObjectNode) c.get("report").get("findings").get(0)).remove("rule"));
        breaks.put("a quote's attribution unknown", c -> ((ObjectNode) c.get("report").get("quotes").get(0))
                .put("attribution", "somewhere"));
        breaks.put("counts as an array", c -> c.set("counts", JSON.createArrayNode()));
        for (Map.Entry<String, java.util.function.Consumer<ObjectNode>> b : breaks.entrySet()) {
            ObjectNode broken = (ObjectNode) JSON.readTree(body);
            b.getValue().accept(broken);
            List<String> problems = CONTRACT.problems("POST", "/api/checks", 201, headers, broken.toString(), seen);
            assertFalse(problems.isEmpty(), b.getKey() + " is caught");
        }

        Map<String, List<String>> noLocation = new HashMap<>(headers.map());
        noLocation.remove("location");
        noLocation.remove("Location");
        assertTrue(CONTRACT.problems("POST", "/api/checks", 201, HttpHeaders.of(noLocation, (a, b) -> true), body, seen)
                .stream().anyMatch(p -> p.contains("Location")), "a 201 without Location is caught");
        assertFalse(CONTRACT.problems("POST", "/api/checks", 200, headers, body, seen).isEmpty(), "an undescribed status");
        HttpHeaders text = HttpHeaders.of(Map.of("Content-Type", List.of("text/plain")), (a, b) -> true);
        assertFalse(CONTRACT.problems("GET", "/api/rules", 200, text, "[]", seen).isEmpty(), "an undescribed type");
        HttpHeaders problemType = HttpHeaders.of(Map.of("Content-Type", List.of("application/problem+json")), (a, b) -> true);
        assertFalse(CONTRACT.problems("GET", "/api/checks/x", 404, problemType, "{\"type\":\"about:blank\",\"title\":"
                + "\"Not found\",\"status\":400}", seen).isEmpty(), "a problem whose status is not the answer's");
        assertFalse(CONTRACT.problems("DELETE", "/api/rules", 200, problemType, "{}", seen).isEmpty(),
                "a success of an operation the description lacks");
        assertTrue(CONTRACT.problems("GET", "/index.html", 200, text, "<html>", seen).isEmpty(), "the page is not the API");
        HttpHeaders basicChallenge = HttpHeaders.of(Map.of("Content-Type", List.of("application/problem+json"),
                "WWW-Authenticate", List.of("Basic realm=\"factcheck\"")), (a, b) -> true);
        assertTrue(CONTRACT.problems("GET", "/api/rules", 401, basicChallenge, "{\"type\":\"about:blank\",\"title\":"
                + "\"Unauthorized\",\"status\":401}", seen).stream().anyMatch(p -> p.contains("WWW-Authenticate")),
                "a Basic challenge is caught");
        HttpHeaders soon = HttpHeaders.of(Map.of("Content-Type", List.of("application/problem+json"),
                "Retry-After", List.of("soon")), (a, b) -> true);
        assertTrue(CONTRACT.problems("POST", "/api/checks", 429, soon, "{\"type\":\"about:blank\",\"title\":"
                + "\"Too many requests\",\"status\":429}", seen).stream().anyMatch(p -> p.contains("Retry-After")),
                "a Retry-After that is no number of seconds is caught");

        // LanguageTool's answer, and its errors in plain text.
        HttpResponse<String> lt = expect(200, send(HttpRequest.newBuilder(uri("/v2/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("apiKey", TOKEN, "language", "fr", "text", DRAFT))));
        assertEquals(List.of(), CONTRACT.problems("POST", "/v2/check", 200, lt.headers(), lt.body(), seen));
        Map<String, java.util.function.Consumer<ObjectNode>> ltBreaks = new java.util.LinkedHashMap<>();
        ltBreaks.put("no matches", a -> a.remove("matches"));
        ltBreaks.put("a member unknown", a -> a.put("colour", "red"));
        ltBreaks.put("a match without factcheck", a -> ((ObjectNode) a.get("matches").get(0)).remove("factcheck"));
        ltBreaks.put("a match's member unknown", a -> ((ObjectNode) a.get("matches").get(0)).put("colour", "red"));
        ltBreaks.put("a negative offset", a -> ((ObjectNode) a.get("matches").get(0)).put("offset", -1));
        ltBreaks.put("a type unknown", a -> ((ObjectNode) a.get("matches").get(0).get("type")).put("typeName", "Typo"));
        ltBreaks.put("an issue type unknown", a -> ((ObjectNode) a.get("matches").get(0).get("rule")).put("issueType", "x"));
        ltBreaks.put("a category unknown", a -> ((ObjectNode) a.get("matches").get(0).get("rule").get("category"))
                .put("id", "TYPOS"));
        ltBreaks.put("a severity unknown", a -> ((ObjectNode) a.get("matches").get(0).get("factcheck")).put("severity", "x"));
        ltBreaks.put("a related span without text", a -> ((ArrayNode) a.get("matches").get(0).get("factcheck")
                .get("relatedSpans")).addObject().put("offset", 0).put("length", 1));
        ltBreaks.put("premium", a -> ((ObjectNode) a.get("software")).put("premium", true));
        ltBreaks.put("no detected language", a -> ((ObjectNode) a.get("language")).remove("detectedLanguage"));
        for (Map.Entry<String, java.util.function.Consumer<ObjectNode>> b : ltBreaks.entrySet()) {
            ObjectNode broken = (ObjectNode) JSON.readTree(lt.body());
            b.getValue().accept(broken);
            assertFalse(CONTRACT.problems("POST", "/v2/check", 200, lt.headers(), broken.toString(), seen).isEmpty(),
                    "LanguageTool's answer with " + b.getKey() + " is caught");
        }
        HttpHeaders plain = HttpHeaders.of(Map.of("Content-Type", List.of("text/plain;charset=utf-8")), (a, b) -> true);
        assertEquals(List.of(), CONTRACT.problems("POST", "/v2/check", 400, plain, "Error: Missing 'language'", seen));
        assertFalse(CONTRACT.problems("POST", "/v2/check", 400, plain, "Missing 'language'", seen).isEmpty(),
                "a plain text error without its Error: is caught");
        assertFalse(CONTRACT.problems("POST", "/v2/check", 401, plain, "Error: no", seen).isEmpty(),
                "a 401 in plain text is caught");
        assertFalse(CONTRACT.problems("POST", "/v2/check", 418, plain, "Error: teapot", seen).isEmpty(),
                "an undescribed status in plain text is caught");
        assertFalse(CONTRACT.problems("POST", "/v2/check", 400, HttpHeaders.of(Map.of("Content-Type",
                List.of("application/json")), (a, b) -> true), "{}", seen).isEmpty(), "a JSON error is caught");
        assertFalse(CONTRACT.problems("GET", "/v2/check", 405, problemType, "{\"type\":\"about:blank\",\"title\":"
                + "\"Method not allowed\",\"status\":405}", seen).isEmpty(), "a /v2 method refused by a problem is caught");
        ArrayNode languages = (ArrayNode) JSON.readTree(expect(200, send(withToken("/v2/languages"))).body());
        ((ObjectNode) languages.get(0)).put("longCode", "French");
        assertFalse(CONTRACT.problems("GET", "/v2/languages", 200, lt.headers(), languages.toString(), seen).isEmpty(),
                "a long code that is none is caught");

        // The webhook as an admin reads it.
        HttpRequest.Builder hook = HttpRequest.newBuilder(uri("/api/admin/webhook")).header("Authorization", "Bearer " + ADMIN_TOKEN);
        HttpResponse<String> registered = expect(200, send(hook.copy().header("Content-Type", "application/json")
                .PUT(json(Map.of("url", "http://127.0.0.1:9/hooks/factcheck")))));
        expect(204, send(hook.copy().DELETE()));
        assertEquals(List.of(), CONTRACT.problems("GET", "/api/admin/webhook", 200, registered.headers(),
                registered.body(), seen));
        Map<String, java.util.function.Consumer<ObjectNode>> hookBreaks = new java.util.LinkedHashMap<>();
        hookBreaks.put("no url", h -> h.remove("url"));
        hookBreaks.put("a member unknown", h -> h.put("secret", "x"));
        hookBreaks.put("a date that is none", h -> h.put("createdAt", "yesterday"));
        hookBreaks.put("deliveries without lastStatus", h -> ((ObjectNode) h.get("deliveries")).remove("lastStatus"));
        hookBreaks.put("a status that is none", h -> ((ObjectNode) h.get("deliveries")).put("lastStatus", 42));
        hookBreaks.put("a negative count", h -> ((ObjectNode) h.get("deliveries")).put("delivered", -1));
        hookBreaks.put("no attempts", h -> ((ObjectNode) h.get("node")).put("attempts", 0));
        for (Map.Entry<String, java.util.function.Consumer<ObjectNode>> b : hookBreaks.entrySet()) {
            ObjectNode broken = (ObjectNode) JSON.readTree(registered.body());
            b.getValue().accept(broken);
            assertFalse(CONTRACT.problems("GET", "/api/admin/webhook", 200, registered.headers(), broken.toString(), seen)
                    .isEmpty(), "a webhook with " + b.getKey() + " is caught");
        }
        assertFalse(CONTRACT.problems("DELETE", "/api/admin/webhook", 204, problemType, "{}", seen).isEmpty(),
                "a body on a 204 is caught");
        assertFalse(CONTRACT.problems("PUT", "/api/admin/webhook", 409, problemType, "{\"type\":\"about:blank\","
                + "\"title\":\"Conflict\",\"status\":409}", seen).isEmpty(), "a 409 that is not the missing secret's");

        // Through the client: a mismatch fails the test that received it.
        ArrayNode rules = (ArrayNode) JSON.readTree(expect(200, send(withToken("/api/rules"))).body());
        ((ObjectNode) rules.get(0)).remove("severity");
        assertFalse(CONTRACT.problems("GET", "/api/rules", 200, HttpHeaders.of(Map.of("Content-Type",
                List.of("application/json")), (a, b) -> true), rules.toString(), seen).isEmpty());
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> HTTP.check(
                new Faked(created, 200)));
        assertTrue(refused.getMessage().contains("post /api/checks 200"), refused.getMessage());
    }

    /** A real response with another status. */
    private record Faked(HttpResponse<String> real, int statusCode) implements HttpResponse<String> {
        @Override
        public HttpRequest request() {
            return real.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return real.headers();
        }

        @Override
        public String body() {
            return real.body();
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public URI uri() {
            return real.uri();
        }

        @Override
        public HttpClient.Version version() {
            return real.version();
        }
    }
}
