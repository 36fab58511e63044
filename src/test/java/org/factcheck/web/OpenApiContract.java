package org.factcheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

/**
 * The API's contract, {@code openapi.json} (the resource {@link OpenApiServlet} serves as {@code /api/openapi.json}),
 * held against real responses: for a response to an API path ({@code /api/…}, {@code /health}, and LanguageTool's
 * {@code /v2/…}), the operation of its method and path template must declare its status (or a {@code 4XX}-style
 * range, or {@code default}), its content type, and each header it marks required; its body must validate against the
 * response's schema, with networknt's validator in the OpenAPI 3.1 dialect (JSON Schema 2020-12, formats asserted),
 * the whole description being the schema resource so that each {@code $ref} resolves in it. A JSON body is validated
 * as JSON; any other (LanguageTool's {@code text/plain} errors) as one string. A response to a method or path the
 * description does not have (a 405, a 404 of an unknown resource) must be an error whose body is a {@code Problem};
 * but a method a {@code /v2} path lacks is refused in LanguageTool's way, by a plain text {@code LtError}.
 *
 * <p>{@link #validating(HttpClient)} wraps a client so that every response it receives is checked and a mismatch
 * fails the test with an {@link AssertionError}; it records which operations and statuses it saw.
 */
public final class OpenApiContract {
    /** Where the description is found on the class path: beside the servlet that serves it. */
    public static final String RESOURCE = "/org/factcheck/web/" + OpenApiServlet.RESOURCE;
    /** The description's IRI for the validator, which never fetches it: it is given the text. */
    private static final String IRI = "https://factcheck.invalid/api/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final OpenApiContract INSTANCE = new OpenApiContract();
    /** An API path, at the server's root or under a context path of one segment; group 1 is the path in the webapp. */
    private static final Pattern UNDER_CONTEXT = Pattern.compile("^(?:/[^/]+)??(/api|/api/.*|/health|/v2/.*)$");

    private final String text;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final List<Template> templates = new ArrayList<>();

    /** A path of the description, as a pattern of the request's path. */
    private record Template(String path, Pattern pattern) {
    }

    private OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            document = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The description is the validator's schema resource: its root's members (openapi, info, paths…) are no
        // keywords, which the validator would log once each.
        System.setProperty("org.slf4j.simpleLogger.log.com.networknt.schema.keyword.UnknownKeywordFactory", "error");
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b
                .schemas(Map.of(IRI, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            StringBuilder regex = new StringBuilder("^");
            for (String part : path.split("(?=\\{)|(?<=\\})")) {
                regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
            }
            templates.add(new Template(path, Pattern.compile(regex.append('$').toString())));
        }
    }

    /** The contract of the description on the class path. */
    public static OpenApiContract get() {
        return INSTANCE;
    }

    /** The description, as JSON. */
    public JsonNode document() {
        return document;
    }

    /** The description's text, as the resource holds it. */
    public String text() {
        return text;
    }

    /**
     * A client whose every response is checked against the contract. The webapp may be at the server's root or one
     * segment below it (a WAR's context path, "/factcheck"): {@code /factcheck/api/rules} is {@code /api/rules}.
     */
    public static Validating validating(HttpClient client) {
        return new Validating(client);
    }

    /**
     * What is wrong with a response by the contract: empty when it holds. {@code path} is the request's path under
     * the webapp; {@code body} is null when it was not read as text.
     *
     * @return the mismatches, and as {@code seen[0]} the operation it was found to answer ("post /api/checks 201"),
     *         or null for a path that is not the API's
     */
    public List<String> problems(String method, String path, int status, HttpHeaders headers, String body, String[] seen) {
        List<String> problems = new ArrayList<>();
        String m = method.toLowerCase(Locale.ROOT);
        if (!path.equals("/api") && !path.startsWith("/api/") && !path.equals("/health") && !path.startsWith("/v2/")) {
            return problems; // the page, the login page, static files: not the API
        }
        String contentType = headers.firstValue("Content-Type").map(t -> t.replaceAll(";.*", "").strip()
                .toLowerCase(Locale.ROOT)).orElse(null);
        JsonNode pathItem = null;
        String template = null;
        for (Template t : templates) {
            if (t.pattern().matcher(path).matches()) {
                template = t.path();
                pathItem = document.get("paths").get(t.path());
                break;
            }
        }
        if (pathItem == null || !pathItem.has(m)) {
            // Not an operation of the API: an error, as a problem.
            String where = m + " " + path + " " + status + " (not an operation of the description)";
            seen[0] = m + " " + (template != null ? template : "(unknown path)") + " " + status;
            if (status < 400) {
                problems.add(where + ": only an error may answer it");
            }
            if (pathItem != null && template.startsWith("/v2/")) {
                // LanguageTool's servlets refuse a method as they fail: "Error: …" in plain text
                if (!"text/plain".equals(contentType)) {
                    problems.add(where + ": Content-Type " + contentType + ", not text/plain (LanguageTool's error)");
                } else if (body != null) {
                    problems.addAll(validate("/components/schemas/LtError", JSON.getNodeFactory().textNode(body),
                            where + " body"));
                }
            } else if (!"application/problem+json".equals(contentType)) {
                problems.add(where + ": Content-Type " + contentType + ", not application/problem+json");
            } else if (body != null) {
                problems.addAll(validate("/components/schemas/Problem", body, where));
            }
            return problems;
        }
        String pointer = "/paths/" + escape(template) + "/" + m + "/responses";
        JsonNode responses = document.at(pointer);
        String code = String.valueOf(status);
        String key = responses.has(code) ? code : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        String where = m + " " + template + " " + status;
        seen[0] = where;
        if (key == null) {
            problems.add(where + ": the status is not described (described: " + names(responses) + ")");
            return problems;
        }
        pointer += "/" + key;
        JsonNode response = responses.get(key);
        if (response.has("$ref")) {
            pointer = local(response.get("$ref").asText());
            response = document.at(pointer);
        }
        for (Map.Entry<String, JsonNode> h : properties(response.get("headers"))) {
            String headerPointer = pointer + "/headers/" + escape(h.getKey());
            if (h.getValue().has("$ref")) {
                headerPointer = local(h.getValue().get("$ref").asText());
            }
            JsonNode header = document.at(headerPointer);
            Optional<String> value = headers.firstValue(h.getKey());
            if (value.isEmpty()) {
                if (header.path("required").asBoolean(false)) {
                    problems.add(where + ": the required header " + h.getKey() + " is missing");
                }
            } else if (header.has("schema")) {
                // A header is text: a number where its schema wants an integer.
                JsonNode instance = header.get("schema").path("type").asText().equals("integer")
                        && value.get().matches("-?[0-9]{1,18}") ? JSON.getNodeFactory().numberNode(Long.parseLong(value.get()))
                        : JSON.getNodeFactory().textNode(value.get());
                problems.addAll(validate(headerPointer + "/schema", instance, where + " header " + h.getKey()));
            }
        }
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            if (body != null && !body.isEmpty()) {
                problems.add(where + ": the response has no content by the description, but a body: " + brief(body));
            }
            return problems;
        }
        if (contentType == null || !content.has(contentType)) {
            problems.add(where + ": Content-Type " + contentType + " is not described (described: " + names(content) + ")");
            return problems;
        }
        if (body != null && content.get(contentType).has("schema")) {
            String schema = pointer + "/content/" + escape(contentType) + "/schema";
            problems.addAll(isJson(contentType) ? validate(schema, body, where)
                    : validate(schema, JSON.getNodeFactory().textNode(body), where + " body"));
        }
        return problems;
    }

    /** What is wrong with {@code body} by the schema at {@code pointer} in the description (a JSON pointer). */
    public List<String> validate(String pointer, String body, String where) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(where + ": the body is not JSON: " + brief(body));
        }
        if (instance == null || instance.isMissingNode()) {
            return List.of(where + ": the body is empty");
        }
        return validate(pointer, instance, where + " body");
    }

    /** What is wrong with {@code instance} by the schema at {@code pointer} in the description. */
    private List<String> validate(String pointer, JsonNode instance, String where) {
        String body = instance.toString();
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(IRI + "#" + p)));
        List<String> problems = new ArrayList<>();
        for (com.networknt.schema.Error e : schema.validate(instance)) {
            problems.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage() + " (schema " + e.getSchemaLocation()
                    + ") in " + brief(body));
        }
        return problems;
    }

    /** Whether a body of this media type is JSON: {@code application/json}, or a {@code +json} type. */
    private static boolean isJson(String contentType) {
        return contentType.equals("application/json") || contentType.endsWith("+json");
    }

    /** A JSON pointer of a local reference ("#/components/…"). */
    private static String local(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local references are expected: " + ref);
        }
        return ref.substring(1);
    }

    /** A token of a JSON pointer. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static Iterable<Map.Entry<String, JsonNode>> properties(JsonNode node) {
        return node == null ? List.of() : node.properties();
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String brief(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Every operation of the description, as "method path" ("post /api/checks"), with its operation id. */
    public Map<String, String> operations() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> o : p.getValue().properties()) {
                if (METHODS.contains(o.getKey())) {
                    out.put(o.getKey() + " " + p.getKey(), o.getValue().path("operationId").asText());
                }
            }
        }
        return out;
    }

    /**
     * A client that checks every response it receives against the contract and throws an {@link AssertionError} on a
     * mismatch; the operations and statuses it saw are in {@link #seen()}.
     */
    public static final class Validating extends HttpClient {
        private final HttpClient client;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();

        private Validating(HttpClient client) {
            this.client = client;
        }

        /** Each "method template status" answered so far ("post /api/checks 201"). */
        public Set<String> seen() {
            return seen;
        }

        /** Checks one response; an {@link AssertionError} on a mismatch. */
        public <T> HttpResponse<T> check(HttpResponse<T> response) {
            HttpRequest request = response.request();
            Matcher api = UNDER_CONTEXT.matcher(response.uri().getRawPath() == null ? "" : response.uri().getRawPath());
            if (!api.matches()) {
                return response; // the page, the login page, static files: not the API
            }
            String path = api.group(1);
            Object body = response.body();
            String[] operation = new String[1];
            List<String> problems = INSTANCE.problems(request.method(), path, response.statusCode(), response.headers(),
                    body instanceof String s ? s : null, operation);
            if (operation[0] != null) {
                seen.add(operation[0]);
            }
            if (!problems.isEmpty()) {
                throw new AssertionError("the response breaks the API's contract (" + RESOURCE + "):\n  "
                        + String.join("\n  ", problems));
            }
            return response;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            return check(client.send(request, handler));
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return client.sendAsync(request, handler).thenApply(this::check);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            return client.sendAsync(request, handler, push).thenApply(this::check);
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return client.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return client.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return client.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return client.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return client.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return client.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return client.authenticator();
        }

        @Override
        public Version version() {
            return client.version();
        }

        @Override
        public Optional<Executor> executor() {
            return client.executor();
        }
    }
}
