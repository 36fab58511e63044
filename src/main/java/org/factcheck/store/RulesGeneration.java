package org.factcheck.store;

import java.time.Instant;

/**
 * The rules' generation shared by the nodes on one database: 0 until the first reload, one more at each reload that
 * compiled on some node.
 *
 * @param generation the counter
 * @param reloadedBy who asked for the last reload (a user, {@code admin-token}), or null
 * @param reloadedAt when, or null before the first reload
 * @param rulesHash  the SHA-256 (hex) of the rules folder's content as the reloading node read it, or null (the
 *                   packaged rules, or before the first reload)
 */
public record RulesGeneration(long generation, String reloadedBy, Instant reloadedAt, String rulesHash) {
}
