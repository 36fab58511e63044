package org.factcheck.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A date of the draft, for the report's {@code dates} section: where it stands, its kind (date, range, holiday,
 * today), its value (an ISO date, or {@code start/end} for a range; absent when no such date exists), the holiday
 * and calendar it was checked against, and how the year was chosen.
 */
@JsonPropertyOrder({"start", "end", "text", "kind", "value", "holiday", "calendar", "resolution"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDate(int start, int end, String text, String kind, String value, String holiday, String calendar,
                         String resolution) {
}
