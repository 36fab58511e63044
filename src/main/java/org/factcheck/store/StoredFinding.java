package org.factcheck.store;

import java.time.Instant;

/**
 * The review state of one finding of a stored check.
 *
 * @param findingId the finding's id in the report ({@code f1}, {@code f2}, …)
 * @param key       its {@link FindingKey}
 * @param status    {@code new}, or {@code carried} when the previous revision had it
 * @param decision  the editor's decision (open until one is taken; carried over with the finding)
 * @param note      the editor's note, or null
 * @param decidedBy who took the decision, or null while it is open and was never taken
 * @param decidedAt when, or null
 */
public record StoredFinding(String findingId, String key, String status, Decision decision, String note,
                            String decidedBy, Instant decidedAt) {
}
