package org.factcheck.store;

/**
 * A finding of the previous revision that a revision no longer has: fixed in the draft.
 *
 * @param checkId   the previous revision's id
 * @param findingId the finding's id there
 * @param rule      its rule
 * @param text      its flagged text
 * @param decision  the decision it had there
 */
public record ResolvedFinding(String checkId, String findingId, String rule, String text, Decision decision) {
}
