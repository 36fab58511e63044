package org.factcheck.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;

import org.factcheck.store.ResolvedFinding;
import org.factcheck.store.StoredCheck;
import org.factcheck.store.StoredFinding;

/**
 * A stored check as the API returns it: the report, each finding's review state ({@code reviews}, by finding id:
 * new or carried over from the previous revision, with its decision), the previous revision's findings this one no
 * longer has ({@code resolved}), and the counts of the three. The report is the JSON the store wrote when it saved
 * the check, sent as it is: written once, not once for the database and again for the answer.
 */
@JsonPropertyOrder({"id", "documentId", "revision", "previousId", "createdAt", "counts", "reviews", "resolved", "report"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckView(String id, String documentId, int revision, String previousId, String createdAt, Counts counts,
                 List<ReviewView> reviews, List<ResolvedView> resolved, @JsonRawValue String report) {

    record Counts(int findings, int newFindings, int carried, int resolved, int open) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReviewView(String findingId, String status, String decision, String note, String decidedBy, String decidedAt) {
        static ReviewView of(StoredFinding f) {
            return new ReviewView(f.findingId(), f.status(), f.decision().label(), f.note(), f.decidedBy(),
                    f.decidedAt() == null ? null : f.decidedAt().toString());
        }
    }

    record ResolvedView(String checkId, String findingId, String rule, String text, String decision) {
        static ResolvedView of(ResolvedFinding f) {
            return new ResolvedView(f.checkId(), f.findingId(), f.rule(), f.text(), f.decision().label());
        }
    }

    static CheckView of(StoredCheck c) {
        List<ReviewView> reviews = c.findings().stream().map(ReviewView::of).toList();
        int carried = (int) reviews.stream().filter(r -> "carried".equals(r.status())).count();
        int open = (int) reviews.stream().filter(r -> "open".equals(r.decision())).count();
        return new CheckView(c.id(), c.documentId(), c.revision(), c.previousId(), c.createdAt().toString(),
                new Counts(reviews.size(), reviews.size() - carried, carried, c.resolved().size(), open), reviews,
                c.resolved().stream().map(ResolvedView::of).toList(), c.reportJson());
    }
}
