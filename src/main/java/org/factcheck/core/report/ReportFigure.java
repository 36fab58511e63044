package org.factcheck.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A figure of the draft, for the report's {@code figures} section: a percentage ({@code percent}), a change in
 * percentage points ({@code points}), a share stated with its parts ({@code share}: "12 sur 40, soit 30 %") or a
 * change stated with its difference ({@code change}); its value, and the quantity it measures where the draft
 * names one the checker knows.
 */
@JsonPropertyOrder({"start", "end", "text", "kind", "value", "quantity"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFigure(int start, int end, String text, String kind, double value, String quantity) {
}
