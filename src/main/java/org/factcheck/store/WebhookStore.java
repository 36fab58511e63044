package org.factcheck.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the service's one webhook is registered, durably and shared by every node on the database, with the state
 * of its deliveries. Implementations are safe for concurrent use.
 */
public interface WebhookStore {
    /** The registered webhook, or empty. */
    Optional<Webhook> webhook();

    /**
     * Registers {@code url} as the service's webhook, in place of any other. Registering the URL already registered
     * keeps its id and delivery state; another URL gets a new id and a fresh state.
     *
     * @param user who registers it, or null
     */
    Webhook registerWebhook(String url, String user);

    /** Removes the webhook. @return whether there was one */
    boolean deleteWebhook();

    /**
     * Records an attempt to deliver to the webhook of id {@code webhookId}; nothing when that registration is gone
     * (deleted, or replaced by another URL).
     *
     * @param status the HTTP status answered, or null for none (no connection, a timeout)
     * @param error  what went wrong, or null when the attempt succeeded
     */
    void recordAttempt(String webhookId, Instant at, Integer status, String error, Webhook.Outcome outcome);
}
