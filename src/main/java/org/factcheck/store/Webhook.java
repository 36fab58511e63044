package org.factcheck.store;

import java.time.Instant;

/**
 * The service's webhook: the URL that receives a summary of each stored check, and how its deliveries went, as
 * every node of the service records them.
 *
 * @param id                  the registration's id: a new one for each new URL
 * @param url                 the callback URL (absolute, http or https)
 * @param createdAt           when this URL was registered
 * @param createdBy           who registered it, or null
 * @param lastAttemptAt       when a delivery was last attempted, or null before the first
 * @param lastStatus          the HTTP status of the last attempt, or null when it had none (no connection, a timeout)
 * @param lastError           what went wrong with the last attempt, or null when it succeeded
 * @param lastDeliveredAt     when a delivery last succeeded, or null
 * @param delivered           how many deliveries succeeded
 * @param failed              how many deliveries were given up (attempts exhausted, or refused by a 4xx)
 * @param consecutiveFailures how many deliveries were given up since the last that succeeded
 */
public record Webhook(String id, String url, Instant createdAt, String createdBy, Instant lastAttemptAt,
                      Integer lastStatus, String lastError, Instant lastDeliveredAt, long delivered, long failed,
                      int consecutiveFailures) {

    /** What became of one delivery attempt. */
    public enum Outcome {
        /** The receiver answered 2xx: the delivery is done. */
        DELIVERED,
        /** The attempt failed and another will be made. */
        RETRYING,
        /** The attempt failed and the delivery is given up. */
        FAILED
    }
}
