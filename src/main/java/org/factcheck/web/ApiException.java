package org.factcheck.web;

import java.util.Map;

import org.factcheck.core.extract.DraftException;

/**
 * An API error, written as an RFC 9457 problem by {@link Problems}: its HTTP status, a short title, a detail that
 * names the bad field or value and what is valid, and extra members (such as {@code errors} for a rules folder that
 * fails to compile). Every error the webapp answers is one of these.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient Map<String, Object> extra;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ApiException(int status, String title, String detail, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extra = Map.copyOf(extra);
    }

    /** An error with the usual title of its status ("Not found" for 404). */
    public static ApiException of(int status, String detail) {
        return new ApiException(status, title(status), detail);
    }

    public static ApiException badRequest(String detail) {
        return of(400, detail);
    }

    public static ApiException notFound(String detail) {
        return of(404, detail);
    }

    /**
     * A draft that cannot be checked: a language the rules lack is a bad request (400), a type that is not a draft's
     * 415, any other fault of the draft (empty, corrupt, encrypted, too long) 422; the latter two name the fault's
     * {@code kind}.
     */
    static ApiException forDraft(String source, DraftException e) {
        if (e instanceof DraftException.UnsupportedLanguage || e instanceof DraftException.UnknownRule) {
            return badRequest(e.getMessage());
        }
        boolean unsupported = e instanceof DraftException.Unsupported;
        return new ApiException(unsupported ? 415 : 422, unsupported ? title(415) : "Unprocessable draft",
                source + ": " + e.getMessage(), Map.of("kind", e.kind()));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal server error" : "Error";
        };
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
