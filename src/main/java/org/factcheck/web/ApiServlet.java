package org.factcheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.rules.RuleSetException;
import org.factcheck.service.CheckService;
import org.factcheck.store.CheckSummary;
import org.factcheck.store.Decision;
import org.factcheck.store.Page;
import org.factcheck.store.StoreException;
import org.factcheck.store.StoredCheck;
import org.factcheck.store.StoredFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

/**
 * The HTTP API, mapped to {@code /api/*}: checks (submit, read, list a document's revisions), reviews of findings,
 * the rules in force and their reload. Errors are RFC 9457 problems whose detail names the bad field or value.
 */
public final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final Pattern CHECK = Pattern.compile("/checks/([^/]+)");
    private static final Pattern HISTORY = Pattern.compile("/checks/([^/]+)/history");
    private static final Pattern REVIEW = Pattern.compile("/checks/([^/]+)/findings/([^/]+)/review");
    private static final Set<String> JSON_FIELDS = Set.of("text", "title", "language", "date", "documentId");
    private static final Set<String> REVIEW_FIELDS = Set.of("decision", "note");
    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_DOCUMENT_ID = 200;
    private static final long DRAIN_BYTES = 1024 * 1024;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            route(request, response);
        } catch (ApiException e) {
            if (e.status() == 413) {
                // The rest of the body may not have been read: the connection cannot carry another request.
                response.setHeader("Connection", "close");
            }
            Problems.write(request, response, e);
        } catch (StoreException e) {
            LOG.error("review store failed", e);
            Problems.write(request, response, 503, "Service unavailable", e.getMessage(), Map.of());
        } catch (RuntimeException | ServletException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            Problems.write(request, response, 500, "Internal server error", "the request failed; the log has the details",
                    Map.of());
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String method = request.getMethod();
        Matcher m;
        if (path.equals("/checks")) {
            switch (method) {
                case "POST" -> submit(request, response);
                case "GET" -> revisions(request, response);
                default -> throw notAllowed(response, "GET, POST");
            }
        } else if ((m = REVIEW.matcher(path)).matches()) {
            if (!method.equals("POST")) {
                throw notAllowed(response, "POST");
            }
            review(request, response, m.group(1), m.group(2));
        } else if ((m = HISTORY.matcher(path)).matches()) {
            if (!method.equals("GET")) {
                throw notAllowed(response, "GET");
            }
            history(response, m.group(1));
        } else if ((m = CHECK.matcher(path)).matches()) {
            if (!method.equals("GET")) {
                throw notAllowed(response, "GET");
            }
            String id = m.group(1);
            StoredCheck c = service().find(id).orElseThrow(() -> ApiException.notFound("no check " + id));
            Json.write(response, 200, CheckView.of(c));
        } else if (path.equals("/rules")) {
            if (!method.equals("GET")) {
                throw notAllowed(response, "GET");
            }
            Json.write(response, 200, service().checker().rules());
        } else if (path.equals("/admin/rules/reload")) {
            if (!method.equals("POST")) {
                throw notAllowed(response, "POST");
            }
            reload(response);
        } else {
            throw ApiException.notFound("no API resource " + path + " (see GET /api/rules, /api/checks)");
        }
    }

    private static ApiException notAllowed(HttpServletResponse response, String allowed) {
        response.setHeader("Allow", allowed);
        return new ApiException(405, "Method not allowed", "allowed: " + allowed);
    }

    private CheckService service() {
        return (CheckService) getServletContext().getAttribute(Attributes.SERVICE);
    }

    private WebConfig config() {
        return (WebConfig) getServletContext().getAttribute(Attributes.CONFIG);
    }

    // --- POST /api/checks ----------------------------------------------------------------------------------------

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long max = config().maxUploadBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(request.getInputStream(), max);
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        Submission s;
        if (type.startsWith("multipart/form-data")) {
            s = multipart(request, max);
        } else if (type.startsWith("application/json")) {
            s = fromJson(read(request.getInputStream(), max));
        } else if (type.isEmpty()) {
            throw new ApiException(415, "Unsupported media type", "a draft needs a Content-Type: multipart/form-data, "
                    + "application/json ({text, title, language, date, documentId}), or the draft's own type");
        } else {
            s = new Submission(filename(request.getParameter("filename"), type), read(request.getInputStream(), max),
                    request.getParameter("language"), request.getParameter("date"), request.getParameter("documentId"));
        }
        String documentId = blankToNull(s.documentId());
        if (documentId != null && documentId.length() > MAX_DOCUMENT_ID) {
            throw ApiException.badRequest("'documentId' may have " + MAX_DOCUMENT_ID + " characters at most");
        }
        StoredCheck stored;
        try {
            stored = service().submit(documentId,
                    new CheckRequest(s.source(), s.content(), blankToNull(s.language()), date(s.date())));
        } catch (DraftException.UnsupportedLanguage e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (DraftException e) {
            int status = e instanceof DraftException.Unsupported ? 415 : 422;
            throw new ApiException(status, status == 415 ? "Unsupported media type" : "Unprocessable draft",
                    s.source() + ": " + e.getMessage(), Map.of("kind", e.kind()));
        }
        response.setHeader("Location", request.getContextPath() + "/api/checks/" + stored.id());
        Json.write(response, 201, CheckView.of(stored));
    }

    /** A draft as submitted: its name, bytes and options. */
    private record Submission(String source, byte[] content, String language, String date, String documentId) {
    }

    private Submission multipart(HttpServletRequest request, long max) throws IOException, ServletException {
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException e) {
            throw tooLarge(max); // past the multipart-config limits
        }
        if (file == null || file.getSize() == 0) {
            throw ApiException.badRequest("the form needs a non-empty part 'file' (the draft); other parts: language, "
                    + "date, documentId");
        }
        if (file.getSize() > max) {
            throw tooLarge(max);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = read(in, max);
        }
        return new Submission(filename(file.getSubmittedFileName(), file.getContentType()), content,
                field(request, "language"), field(request, "date"), field(request, "documentId"));
    }

    private static String field(HttpServletRequest request, String name) throws IOException, ServletException {
        Part p = request.getPart(name);
        if (p == null) {
            return request.getParameter(name);
        }
        try (InputStream in = p.getInputStream()) {
            return new String(in.readNBytes(1000), java.nio.charset.StandardCharsets.UTF_8).trim();
        }
    }

    private static Submission fromJson(byte[] body) {
        JsonNode node = parse(body, JSON_FIELDS);
        String text = text(node, "text");
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("'text' is required: the draft's text");
        }
        String title = text(node, "title");
        String draft = title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
        return new Submission("draft.txt", draft.getBytes(java.nio.charset.StandardCharsets.UTF_8), text(node, "language"),
                text(node, "date"), text(node, "documentId"));
    }

    private static JsonNode parse(byte[] body, Set<String> fields) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("the body cannot be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object with the fields " + fields);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "'; the fields are " + fields);
            }
            if (!node.get(name).isTextual() && !node.get(name).isNull()) {
                throw ApiException.badRequest("'" + name + "' must be a string");
            }
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String date) {
        String d = blankToNull(date);
        try {
            return d == null ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("date '" + d + "' is not a date written YYYY-MM-DD");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A name for the draft that tells its type where the name given does not: "draft.html" for text/html. */
    private static String filename(String given, String type) {
        if (given != null && !given.isBlank()) {
            return given.replaceAll(".*[/\\\\]", "");
        }
        String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("text/html") ? "draft.html" : t.startsWith("text/markdown") ? "draft.md"
                : t.startsWith("text/") ? "draft.txt" : t.contains("pdf") ? "draft.pdf"
                : t.contains("wordprocessingml") ? "draft.docx" : t.contains("opendocument.text") ? "draft.odt"
                : t.contains("rtf") ? "draft.rtf" : "draft";
    }

    private static byte[] read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > max) {
                throw tooLarge(in, max);
            }
        }
        return out.toByteArray();
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "Content too large", "a draft may have " + max + " bytes at most");
    }

    /**
     * The refusal of a body past the limit, after reading up to {@value #DRAIN_BYTES} more bytes of it: a client that
     * is still sending a body the server stopped reading may lose the answer when the connection closes under it.
     * A larger body is cut off (the answer then closes the connection).
     */
    private static ApiException tooLarge(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[16384];
        long left = DRAIN_BYTES;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
        return tooLarge(max);
    }

    // --- GET /api/checks?documentId= ------------------------------------------------------------------------------

    private void revisions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String documentId = blankToNull(request.getParameter("documentId"));
        if (documentId == null) {
            throw ApiException.badRequest("'documentId' is required: GET /api/checks?documentId=…&page=0&size=20");
        }
        int page = number(request, "page", 0, 0, Integer.MAX_VALUE);
        int size = number(request, "size", 20, 1, MAX_PAGE_SIZE);
        Page<CheckSummary> p = service().revisions(documentId, page, size);
        List<Map<String, Object>> items = new ArrayList<>();
        for (CheckSummary s : p.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", s.id());
            item.put("documentId", s.documentId());
            item.put("revision", s.revision());
            item.put("createdAt", s.createdAt().toString());
            item.put("source", s.source());
            item.put("title", s.title());
            item.put("findings", s.findings());
            item.put("open", s.open());
            items.add(item);
        }
        Json.write(response, 200, Map.of("documentId", documentId, "page", p.page(), "size", p.size(), "total", p.total(),
                "items", items));
    }

    private static int number(HttpServletRequest request, String name, int dflt, int min, int max) {
        String v = request.getParameter(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number from " + min + " to " + max);
        }
    }

    // --- POST /api/checks/{id}/findings/{findingId}/review --------------------------------------------------------

    private void review(HttpServletRequest request, HttpServletResponse response, String checkId, String findingId)
            throws IOException {
        JsonNode node = parse(read(request.getInputStream(), 64 * 1024), REVIEW_FIELDS);
        String label = text(node, "decision");
        Decision decision = Decision.of(label);
        if (decision == null) {
            throw ApiException.badRequest("'decision' must be one of accepted, dismissed, open (not " + Json.string(label) + ")");
        }
        String note = blankToNull(text(node, "note"));
        if (note != null && note.length() > 4000) {
            throw ApiException.badRequest("'note' may have 4000 characters at most");
        }
        StoredFinding f;
        try {
            f = service().review(checkId, findingId, decision, note, request.getRemoteUser());
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage() != null ? e.getMessage() : "no finding " + findingId + " in check " + checkId);
        }
        Json.write(response, 200, CheckView.ReviewView.of(f));
    }

    // --- GET /api/checks/{id}/history ------------------------------------------------------------------------------

    private void history(HttpServletResponse response, String checkId) throws IOException {
        if (service().find(checkId).isEmpty()) {
            throw ApiException.notFound("no check " + checkId);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (org.factcheck.store.DecisionEntry e : service().history(checkId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("findingId", e.findingId());
            entry.put("decision", e.decision().label());
            entry.put("note", e.note());
            entry.put("decidedBy", e.decidedBy());
            entry.put("decidedAt", e.decidedAt().toString());
            out.add(entry);
        }
        Json.write(response, 200, out);
    }

    // --- POST /api/admin/rules/reload -----------------------------------------------------------------------------

    private void reload(HttpServletResponse response) throws IOException {
        try {
            Checker fresh = service().reload();
            Json.write(response, 200, Map.of("reloaded", true, "rules", fresh.rules().size(), "folder", fresh.rulesFolder()));
        } catch (RuleSetException e) {
            throw new ApiException(422, "Rules do not compile",
                    "the rules folder has problems; the rules loaded before go on serving",
                    Map.of("errors", e.problems()));
        }
    }
}
