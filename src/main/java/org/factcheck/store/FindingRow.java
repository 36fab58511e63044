package org.factcheck.store;

import java.time.Instant;

import org.factcheck.core.report.ReportFinding;

/** A row of the findings table: one finding of one check with its review state. */
record FindingRow(String findingId, String key, String rule, String text, String status, Decision decision,
                  String note, String decidedBy, Instant decidedAt) {
    static final String NEW = "new";
    static final String CARRIED = "carried";

    /** A finding the previous revision did not have: new and open. */
    static FindingRow fresh(ReportFinding f, String key) {
        return new FindingRow(f.id(), key, f.rule(), f.text(), NEW, Decision.OPEN, null, null, null);
    }

    /** This finding as {@code f} of the next revision: carried, with its decision, note, author and time. */
    FindingRow carriedAs(ReportFinding f, String key) {
        return new FindingRow(f.id(), key, f.rule(), f.text(), CARRIED, decision, note, decidedBy, decidedAt);
    }

    StoredFinding stored() {
        return new StoredFinding(findingId, key, status, decision, note, decidedBy, decidedAt);
    }

    ResolvedFinding resolvedIn(String checkId) {
        return new ResolvedFinding(checkId, findingId, rule, text, decision);
    }
}
