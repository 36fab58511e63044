package org.factcheck.web;

import java.io.IOException;
import java.util.List;

import org.factcheck.core.extract.DraftException;
import org.factcheck.service.hook.Webhooks;
import org.factcheck.store.CheckSummary;
import org.factcheck.store.Page;
import org.factcheck.store.StoredCheck;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /api/checks}: {@code POST} a draft (a form upload, JSON or a raw body; see {@link Bodies}) to check and
 * store it, 201 with the stored check (its summary queued for the webhook, never waited for);
 * {@code GET ?documentId=…&page=0&size=20} a document's revisions, newest first.
 */
public final class ChecksServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PAGE_SIZE = 100;

    /** A page of a document's revisions. */
    record RevisionsView(String documentId, int page, int size, long total, List<RevisionView> items) {
    }

    /** One revision of a document, without its report. */
    record RevisionView(String id, String documentId, int revision, String createdAt, String source, String title,
                        int findings, int open) {
        static RevisionView of(CheckSummary s) {
            return new RevisionView(s.id(), s.documentId(), s.revision(), s.createdAt().toString(), s.source(), s.title(),
                    s.findings(), s.open());
        }
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        switch (request.getMethod()) {
            case "POST" -> submit(request, response);
            case "GET" -> revisions(request, response);
            default -> throw notAllowed(response, "GET, POST");
        }
    }

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        throttle(request, response);
        Submission draft = Bodies.draft(request, config().maxUploadBytes());
        StoredCheck stored;
        try {
            stored = service().submit(draft.document(), draft.request());
        } catch (DraftException e) {
            throw ApiException.forDraft(draft.source(), e);
        }
        String location = request.getContextPath() + "/api/checks/" + stored.id();
        webhooks().checkStored(stored, location); // queued, never waited for
        response.setHeader("Location", location);
        Json.write(response, 201, CheckView.of(stored));
    }

    private Webhooks webhooks() {
        return (Webhooks) getServletContext().getAttribute(Attributes.WEBHOOKS);
    }

    private void revisions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String documentId = Bodies.blankToNull(request.getParameter("documentId"));
        if (documentId == null) {
            throw ApiException.badRequest("'documentId' is required: GET /api/checks?documentId=…&page=0&size=20");
        }
        int page = number(request, "page", 0, 0, Integer.MAX_VALUE);
        int size = number(request, "size", 20, 1, MAX_PAGE_SIZE);
        Page<CheckSummary> p = service().revisions(documentId, page, size);
        Json.write(response, 200, new RevisionsView(documentId, p.page(), p.size(), p.total(),
                p.items().stream().map(RevisionView::of).toList()));
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
}
