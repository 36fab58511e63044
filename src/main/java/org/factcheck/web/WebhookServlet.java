package org.factcheck.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.factcheck.service.hook.WebhookSettings;
import org.factcheck.service.hook.Webhooks;
import org.factcheck.store.Webhook;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /api/admin/webhook} (admins only, see {@link AccessFilter}): the service's one webhook, which receives a
 * signed summary of each stored check ({@link Webhooks}). {@code PUT {url}} registers it, in place of any other
 * (200 with it; 400 for a URL that is not an absolute http or https one; 409 when no webhook secret is configured);
 * {@code GET} reads it with the state of its deliveries (404 when none is registered); {@code DELETE} removes it
 * (204, also when there was none).
 */
public final class WebhookServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private static final long MAX_BODY = 16 * 1024;

    /** The webhook as the API shows it. */
    record WebhookView(String url, String createdAt, String createdBy, Deliveries deliveries, NodeView node) {
    }

    /** How its deliveries went, on every node. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Deliveries(String lastAttemptAt, Integer lastStatus, String lastError, String lastDeliveredAt,
                      long delivered, long failed, int consecutiveFailures) {
    }

    /** This node's queue and settings. */
    record NodeView(boolean secretConfigured, int queued, int queue, long dropped, int attempts, long backoffMillis,
                    long timeoutMillis) {
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            throw noResource(request);
        }
        switch (request.getMethod()) {
            case "GET" -> Json.write(response, 200, view(webhooks().registered()
                    .orElseThrow(() -> ApiException.notFound("no webhook is registered (PUT /api/admin/webhook {url})"))));
            case "PUT" -> Json.write(response, 200, view(register(request)));
            case "DELETE" -> {
                webhooks().delete(request.getRemoteUser());
                response.setStatus(204);
            }
            default -> throw notAllowed(response, "GET, PUT, DELETE");
        }
    }

    private Webhook register(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ApiException.of(415, "the body must be application/json: {\"url\": \"https://…\"}");
        }
        Map<String, String> body = Bodies.object(Bodies.read(request.getInputStream(), MAX_BODY), List.of("url"));
        if (!webhooks().signed()) {
            throw new ApiException(409, "Webhook secret not configured", "no webhook secret is configured"
                    + " (factcheck.webhook-secret): deliveries are never sent unsigned, so no webhook may be registered;"
                    + " set it on every node and restart");
        }
        try {
            return webhooks().register(body.get("url"), request.getRemoteUser());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private WebhookView view(Webhook h) {
        Webhooks.NodeState node = webhooks().nodeState();
        WebhookSettings s = webhooks().settings();
        return new WebhookView(h.url(), h.createdAt().toString(), h.createdBy(),
                new Deliveries(text(h.lastAttemptAt()), h.lastStatus(), h.lastError(), text(h.lastDeliveredAt()),
                        h.delivered(), h.failed(), h.consecutiveFailures()),
                new NodeView(s.signed(), node.queued(), node.queue(), node.dropped(), s.attempts(), s.backoffMillis(),
                        s.timeoutMillis()));
    }

    private static String text(java.time.Instant t) {
        return t == null ? null : t.toString();
    }

    private Webhooks webhooks() {
        return (Webhooks) getServletContext().getAttribute(Attributes.WEBHOOKS);
    }
}
