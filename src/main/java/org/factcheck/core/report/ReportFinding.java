package org.factcheck.core.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.factcheck.core.facts.Severity;

/** One finding as reported: offsets are code points into the report's {@code text}. */
@JsonPropertyOrder({"id", "rule", "category", "severity", "message", "start", "end", "text", "related", "suggestion"})
public record ReportFinding(String id, String rule, String category, String severity, String message, int start,
                            int end, String text, List<ReportSpan> related,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion) {
    /**
     * Whether this finding is at least as severe as {@code level} ({@code info}, {@code warning} or {@code error}).
     *
     * @throws IllegalArgumentException for another level
     */
    public boolean atLeast(String level) {
        return Severity.parse(severity).compareTo(Severity.parse(level)) >= 0;
    }
}
