package org.factcheck.store;

import java.time.Instant;

/**
 * One decision taken on a finding, as the history keeps it: entries are only ever appended.
 *
 * @param decision  the decision taken ({@link Decision#OPEN} when the finding was reopened)
 * @param note      the note given with it, or null
 * @param decidedBy who took it, or null when the caller did not know
 * @param decidedAt when
 */
public record DecisionEntry(String checkId, String findingId, Decision decision, String note, String decidedBy,
                            Instant decidedAt) {
}
