package org.factcheck.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/** The web layer's JSON mapper. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Writes {@code body} as the JSON answer, with its status. */
    static void write(HttpServletResponse response, int status, Object body) throws IOException {
        write(response, status, "application/json", body);
    }

    /** Writes {@code body} as the answer, with its status and a JSON content type. */
    static void write(HttpServletResponse response, int status, String contentType, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        MAPPER.writeValue(response.getOutputStream(), body);
    }

    /** A JSON string literal (or {@code null}). */
    static String string(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
