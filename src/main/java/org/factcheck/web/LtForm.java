package org.factcheck.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * The fields of a LanguageTool request: its query's and its form's, urlencoded or multipart, read once (the access
 * filter takes {@code apiKey} from them, the servlet the rest) and kept on the request. An urlencoded form is read
 * here, not by the container, whose limit on forms (200,000 bytes in Jetty) is far below a long draft's: it may hold
 * a text of {@code factcheck.max-upload-bytes} in UTF-8, each byte percent-encoded, and other fields.
 */
final class LtForm {
    private static final String ATTRIBUTE = "factcheck.lt-form";
    /** Room for the fields beside the text. */
    private static final long OTHER_FIELDS = 64 * 1024;

    private LtForm() {
    }

    /** The request's fields by name (the first value of each), for a draft of at most {@code max} bytes. */
    @SuppressWarnings("unchecked")
    static Map<String, String> of(HttpServletRequest request, long max) {
        Object kept = request.getAttribute(ATTRIBUTE);
        if (kept != null) {
            return (Map<String, String>) kept;
        }
        Map<String, String> fields = new HashMap<>();
        parse(request.getQueryString(), fields);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("application/x-www-form-urlencoded")) {
                parse(new String(Bodies.read(request.getInputStream(), 3 * max + OTHER_FIELDS),
                        StandardCharsets.US_ASCII), fields);
            } else if (type.startsWith("multipart/form-data")) {
                for (Part p : request.getParts()) {
                    fields.putIfAbsent(p.getName(), new String(Bodies.read(p.getInputStream(), 3 * max + OTHER_FIELDS),
                            StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | ServletException | IllegalStateException e) {
            throw ApiException.badRequest("the form cannot be read (" + e.getMessage() + ")");
        }
        request.setAttribute(ATTRIBUTE, fields);
        return fields;
    }

    /** Adds the fields of an urlencoded string (UTF-8, as LanguageTool reads them); the first value of a name wins. */
    private static void parse(String encoded, Map<String, String> fields) {
        if (encoded == null) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!name.isEmpty()) {
                fields.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the form is not well encoded: " + e.getMessage());
        }
    }
}
