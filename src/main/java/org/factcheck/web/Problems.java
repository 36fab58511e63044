package org.factcheck.web;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes an {@link ApiException} as an RFC 9457 problem ({@code application/problem+json}). */
public final class Problems {
    private Problems() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ApiException e) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Json.write(response, e.status(), "application/problem+json", new Problem("about:blank", e.title(), e.status(),
                e.getMessage(), request.getRequestURI(), e.extra()));
    }

    /** The problem's members; {@code extra} adds its own (such as {@code kind}, {@code errors}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Problem(String type, String title, int status, String detail, String instance,
                   @JsonIgnore Map<String, Object> extra) {
        @JsonAnyGetter
        Map<String, Object> members() {
            return extra;
        }
    }
}
