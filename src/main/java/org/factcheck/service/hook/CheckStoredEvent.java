package org.factcheck.service.hook;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.core.report.ReportFinding;
import org.factcheck.store.Decision;
import org.factcheck.store.StoredCheck;
import org.factcheck.store.StoredFinding;

/**
 * The body of a {@code check.stored} delivery: a summary of a stored check, with no text of the draft (the receiver
 * reads the whole check from {@code path} with its API token).
 *
 * @param event       {@code check.stored}
 * @param deliveryId  the delivery's id, as in the {@code X-Factcheck-Delivery} header
 * @param checkId     the check's id
 * @param documentId  the document it is a revision of, or null
 * @param revision    its revision number
 * @param previousId  the previous revision's id, or null
 * @param createdAt   when it was stored (ISO 8601, UTC)
 * @param path        the check's path on the service, the context path included ({@code /api/checks/{id}} in {@code serve})
 * @param findings    how many findings the check has
 * @param open        how many of them are open (not accepted or dismissed; carried decisions count)
 * @param newFindings how many are new in this revision
 * @param carried     how many were carried over from the previous revision
 * @param resolved    how many of the previous revision's findings this one no longer has
 * @param bySeverity  findings by severity: {@code error}, {@code warning}, {@code info}, each present
 * @param byCategory  findings by category ({@code NAME}, {@code DATE}…), only those present, sorted
 */
@JsonPropertyOrder({"event", "deliveryId", "checkId", "documentId", "revision", "previousId", "createdAt", "path",
        "findings", "open", "newFindings", "carried", "resolved", "bySeverity", "byCategory"})
public record CheckStoredEvent(String event, String deliveryId, String checkId, String documentId, int revision,
                               String previousId, String createdAt, String path, int findings, int open,
                               int newFindings, int carried, int resolved, Map<String, Integer> bySeverity,
                               Map<String, Integer> byCategory) {
    public static final String TYPE = "check.stored";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The summary of {@code check}, found at {@code path}. */
    public static CheckStoredEvent of(String deliveryId, StoredCheck check, String path) {
        Map<String, Integer> severities = new java.util.LinkedHashMap<>();
        for (String s : new String[] {"error", "warning", "info"}) {
            severities.put(s, 0);
        }
        Map<String, Integer> categories = new TreeMap<>();
        for (ReportFinding f : check.report().findings()) {
            severities.merge(f.severity(), 1, Integer::sum);
            categories.merge(f.category(), 1, Integer::sum);
        }
        int carried = 0;
        int open = 0;
        for (StoredFinding f : check.findings()) {
            carried += "carried".equals(f.status()) ? 1 : 0;
            open += f.decision() == Decision.OPEN ? 1 : 0;
        }
        int findings = check.findings().size();
        return new CheckStoredEvent(TYPE, deliveryId, check.id(), check.documentId(), check.revision(),
                check.previousId(), check.createdAt().toString(), path, findings, open, findings - carried, carried,
                check.resolved().size(), severities, categories);
    }

    /** The body as sent: UTF-8 JSON. */
    public byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
