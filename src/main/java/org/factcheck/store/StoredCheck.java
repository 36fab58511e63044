package org.factcheck.store;

import java.time.Instant;
import java.util.List;

import org.factcheck.core.report.Report;

/**
 * A stored check.
 *
 * @param id         the check's id
 * @param documentId the document it is a revision of, or null
 * @param revision   its number among the document's revisions, from 1 (1 without a document)
 * @param previousId the previous revision's id, or null
 * @param createdAt  when it was stored
 * @param report     the report, as the checker made it
 * @param reportJson the report as the store keeps it, in JSON: written once, when the check is saved, and given as it
 *                   is to whoever sends the report on (the API answers with it rather than writing the report again)
 * @param findings   the review state of each finding of the report, in the report's order
 * @param resolved   the previous revision's findings that this one no longer has
 */
public record StoredCheck(String id, String documentId, int revision, String previousId, Instant createdAt,
                          Report report, String reportJson, List<StoredFinding> findings,
                          List<ResolvedFinding> resolved) {
    public StoredCheck {
        findings = List.copyOf(findings);
        resolved = List.copyOf(resolved);
    }
}
