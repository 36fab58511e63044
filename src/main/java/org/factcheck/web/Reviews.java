package org.factcheck.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.factcheck.service.CheckService;
import org.factcheck.store.Decision;
import org.factcheck.store.StoredFinding;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decisions on findings, for {@code POST /api/checks/{id}/findings/{findingId}/review} ({@link CheckServlet}): the
 * body {@code {decision: accepted|dismissed|open, note}}; who decides is the request's user, and when, now.
 */
final class Reviews {
    private static final List<String> FIELDS = List.of("decision", "note");
    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_NOTE = 4000;

    /** Records the decision the request carries and returns the finding's review state. */
    CheckView.ReviewView decide(CheckService service, HttpServletRequest request, String checkId, String findingId)
            throws IOException {
        Map<String, String> body = Bodies.object(Bodies.read(request.getInputStream(), MAX_BODY), FIELDS);
        String label = body.get("decision");
        Decision decision = Decision.of(label);
        if (decision == null) {
            throw ApiException.badRequest("'decision' must be one of accepted, dismissed, open (not "
                    + Json.string(label) + ")");
        }
        String note = Bodies.blankToNull(body.get("note"));
        if (note != null && note.length() > MAX_NOTE) {
            throw ApiException.badRequest("'note' may have " + MAX_NOTE + " characters at most");
        }
        StoredFinding f;
        try {
            f = service.review(checkId, findingId, decision, note, request.getRemoteUser());
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage() != null ? e.getMessage()
                    : "no finding " + findingId + " in check " + checkId);
        }
        return CheckView.ReviewView.of(f);
    }
}
