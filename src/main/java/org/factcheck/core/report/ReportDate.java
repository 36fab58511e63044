package org.factcheck.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A date of the draft, for the report's {@code dates} section: where it stands, its kind (date, range, holiday,
 * today), its value (an ISO date, or {@code start/end} for a range; absent when no such date exists), the holiday
 * and calendar it was checked against, the days from that holiday's date when the draft names another day by it
 * ({@code holidayOffset}: -1 for Easter Sunday, read as Easter Monday minus one day; absent when none), and how the
 * year was chosen.
 */
@JsonPropertyOrder({"start", "end", "text", "kind", "value", "holiday", "holidayOffset", "calendar", "resolution"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDate(int start, int end, String text, String kind, String value, String holiday,
                         Integer holidayOffset, String calendar,
                         String resolution) {
}
