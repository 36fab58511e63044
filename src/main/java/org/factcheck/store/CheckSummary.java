package org.factcheck.store;

import java.time.Instant;

/**
 * One revision in a document's history.
 *
 * @param findings how many findings it has
 * @param open     how many of them are still open
 */
public record CheckSummary(String id, String documentId, int revision, Instant createdAt, String source,
                           String title, int findings, int open) {
}
