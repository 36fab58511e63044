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
        endBody(request, response, e);
        Json.write(response, e.status(), "application/problem+json", new Problem("about:blank", e.title(), e.status(),
                e.getMessage(), request.getRequestURI(), e.extra()));
    }

    /**
     * Before the answer to a refused request: its body read to its end (see {@link #swallowed}), else the connection
     * closed after the answer, since the rest of the body may not have been read.
     */
    static void endBody(HttpServletRequest request, HttpServletResponse response, ApiException e) {
        if (e.status() == 413 || !swallowed(request)) {
            response.setHeader("Connection", "close");
        }
    }

    /**
     * Reads what the client still sends of the body of a request refused before it was read (a draft past the rate
     * limit, without its token), up to {@link Bodies#DRAIN_BYTES}: answered while its body is still on its way, the
     * connection would be closed with bytes unread, which resets it, and the client could lose the answer itself.
     * False when more is left, or the body cannot be read: the connection is then closed after the answer, as it is
     * for a body too large (413), drained where it was found too large.
     */
    private static boolean swallowed(HttpServletRequest request) {
        if (request.getContentLengthLong() == 0) {
            return true;
        }
        try {
            return Bodies.drain(request.getInputStream(), Bodies.DRAIN_BYTES);
        } catch (IOException | IllegalStateException | UnsupportedOperationException notReadable) {
            return false; // read as characters already, or the client went away: a closed connection is the safe end
        }
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
