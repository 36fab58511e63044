package org.factcheck.web;

import java.io.IOException;
import java.util.List;

import org.factcheck.store.DecisionEntry;
import org.factcheck.store.StoredCheck;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /api/checks/*}: one stored check and what hangs under it. {@code GET /api/checks/{id}} the check;
 * {@code GET /api/checks/{id}/history} every decision taken on its findings, oldest first;
 * {@code POST /api/checks/{id}/findings/{findingId}/review} a decision on one finding ({@link Reviews}).
 */
public final class CheckServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final Reviews reviews = new Reviews();

    /** One decision of a check's history. */
    record DecisionView(String findingId, String decision, String note, String decidedBy, String decidedAt) {
        static DecisionView of(DecisionEntry e) {
            return new DecisionView(e.findingId(), e.decision().label(), e.note(), e.decidedBy(), e.decidedAt().toString());
        }
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() == 1) {
            require("GET", request, response);
            Json.write(response, 200, CheckView.of(find(path.get(0))));
        } else if (path.size() == 2 && path.get(1).equals("history")) {
            require("GET", request, response);
            String id = find(path.get(0)).id();
            Json.write(response, 200, service().history(id).stream().map(DecisionView::of).toList());
        } else if (path.size() == 4 && path.get(1).equals("findings") && path.get(3).equals("review")) {
            require("POST", request, response);
            Json.write(response, 200, reviews.decide(service(), request, path.get(0), path.get(2)));
        } else {
            throw noResource(request);
        }
    }

    /** The stored check, or a 404. */
    private StoredCheck find(String id) {
        return service().find(id).orElseThrow(() -> ApiException.notFound("no check " + id));
    }

    /** The path under {@code /api/checks/}, split at its slashes; empty when a segment is. */
    private static List<String> segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.length() < 2) {
            return List.of();
        }
        List<String> segments = List.of(info.substring(1).split("/", -1));
        return segments.contains("") ? List.of() : segments;
    }
}
