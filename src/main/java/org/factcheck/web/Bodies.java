package org.factcheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.factcheck.core.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * Every request body the API reads, read here: within a size limit (past it, 413), a JSON object of string members,
 * and a draft in any of its three forms (a form upload, JSON, or a raw body of the draft's own type). What is
 * wrong with a body is a 400 that names the field.
 */
final class Bodies {
    private static final Logger LOG = LoggerFactory.getLogger(Bodies.class);
    /**
     * The most of a refused body read and dropped before the answer (as Tomcat swallows up to 2 MB): a client still
     * sending a body the server stopped reading may lose the answer when the connection closes under it.
     */
    static final long DRAIN_BYTES = 1024 * 1024;
    private static final List<String> DRAFT_FIELDS = List.of("text", "title", "language", "date", "documentId", "enable");

    private Bodies() {
    }

    /**
     * The draft a {@code POST /api/checks} carries, of at most {@code max} bytes. A body that cannot be read (a
     * multipart form without its boundary or cut short, a client gone mid-upload, a body trickled too slowly) is a
     * 400, logged in one line.
     */
    static Submission draft(HttpServletRequest request, long max) {
        try {
            return readDraft(request, max);
        } catch (IOException | ServletException | IllegalStateException e) {
            // (a container reports a body trickled slower than its minimum rate as an IllegalStateException)
            String why = oneLine(e);
            LOG.warn("{} {}: the body cannot be read: {}", request.getMethod(), request.getRequestURI(), why);
            throw ApiException.badRequest("the request body cannot be read (" + why + ")");
        }
    }

    /**
     * A text body in the charset its type declares ({@code text/plain; charset=windows-1252}), as UTF-8 (which the
     * extractor takes at its word); any other body, or a text that declares no charset, as it is (the extractor
     * detects it).
     */
    static byte[] declaredCharset(String type, byte[] content) {
        java.util.regex.Matcher m = CHARSET.matcher(type);
        if (!type.startsWith("text/") || !m.find()) {
            return content;
        }
        String name = m.group(1);
        java.nio.charset.Charset charset;
        try {
            charset = java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.of(415, "the charset '" + name + "' of the Content-Type is not one this service knows");
        }
        return charset.equals(StandardCharsets.UTF_8) ? content
                : new String(content, charset).getBytes(StandardCharsets.UTF_8);
    }

    private static final java.util.regex.Pattern CHARSET =
            java.util.regex.Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    /** A throwable's innermost message, on one line. */
    private static String oneLine(Throwable e) {
        Throwable t = Failures.root(e);
        return Failures.oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    private static Submission readDraft(HttpServletRequest request, long max) throws IOException, ServletException {
        if (request.getContentLengthLong() > max) {
            throw tooLarge(request.getInputStream(), max);
        }
        // the header as sent: the container's getContentType() throws on a charset it does not know
        String header = request.getHeader("Content-Type");
        String type = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return multipart(request, max);
        }
        if (type.startsWith("application/json")) {
            return json(read(request.getInputStream(), max));
        }
        if (type.isEmpty()) {
            throw ApiException.of(415, "a draft needs a Content-Type: multipart/form-data, "
                    + "application/json ({text, title, language, date, documentId, enable}), or the draft's own type");
        }
        // the body first: the container reads the query with the body's charset, and fails on one it does not know
        byte[] content = declaredCharset(type, read(request.getInputStream(), max));
        return new Submission(Submission.filename(request.getParameter("filename"), type), content,
                request.getParameter("language"), request.getParameter("date"), request.getParameter("documentId"),
                request.getParameter("enable"));
    }

    private static Submission multipart(HttpServletRequest request, long max) throws IOException, ServletException {
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
        String partType = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        return new Submission(Submission.filename(file.getSubmittedFileName(), file.getContentType()),
                declaredCharset(partType, content),
                field(request, "language"), field(request, "date"), field(request, "documentId"), field(request, "enable"));
    }

    private static String field(HttpServletRequest request, String name) throws IOException, ServletException {
        Part p = request.getPart(name);
        if (p == null) {
            return request.getParameter(name);
        }
        try (InputStream in = p.getInputStream()) {
            return new String(in.readNBytes(1000), StandardCharsets.UTF_8).trim();
        }
    }

    /** {@code {text, title, language, date, documentId}}: the title becomes the draft's first paragraph. */
    private static Submission json(byte[] body) {
        Map<String, String> fields = object(body, DRAFT_FIELDS);
        String text = fields.get("text");
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("'text' is required: the draft's text");
        }
        String title = fields.get("title");
        String draft = title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
        return new Submission("draft.txt", draft.getBytes(StandardCharsets.UTF_8), fields.get("language"),
                fields.get("date"), fields.get("documentId"), fields.get("enable"));
    }

    /**
     * A JSON object whose members are strings or null, each one of {@code fields}: its members by name (a member
     * absent or null is absent from the map).
     */
    static Map<String, String> object(byte[] body, List<String> fields) {
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
        Map<String, String> members = new HashMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (!fields.contains(member.getKey())) {
                throw ApiException.badRequest("unknown field '" + member.getKey() + "'; the fields are " + fields);
            }
            if (!member.getValue().isTextual() && !member.getValue().isNull()) {
                throw ApiException.badRequest("'" + member.getKey() + "' must be a string");
            }
            if (member.getValue().isTextual()) {
                members.put(member.getKey(), member.getValue().asText());
            }
        }
        return members;
    }

    /** The body, of at most {@code max} bytes. */
    static byte[] read(InputStream in, long max) throws IOException {
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

    /** A string with its surrounding white space stripped; null when blank. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ApiException tooLarge(long max) {
        return ApiException.of(413, "a draft may have " + max + " bytes at most");
    }

    /**
     * The refusal of a body past the limit, after reading up to {@value #DRAIN_BYTES} more bytes of it (see
     * {@link #drain}); a larger body is cut off (the answer then closes the connection).
     */
    private static ApiException tooLarge(InputStream in, long max) throws IOException {
        drain(in, DRAIN_BYTES);
        return tooLarge(max);
    }

    /**
     * Reads and drops the rest of a body, at most {@code most + 1} bytes of it: true when it ended within
     * {@code most}, false when more is left.
     */
    static boolean drain(InputStream in, long most) throws IOException {
        byte[] buffer = new byte[16384];
        long left = most + 1;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
            if (left <= 0) {
                return false;
            }
        }
        return n < 0; // a stream that gives nothing without ending is taken as one with more left
    }
}
