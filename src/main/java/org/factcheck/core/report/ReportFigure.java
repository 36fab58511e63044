package org.factcheck.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A figure of the draft, for the report's {@code figures} section: a percentage ({@code percent}, also a fraction
 * that gives a share: "un tiers des électeurs"), a change in percentage points ({@code points}), a share stated with
 * its parts ({@code share}: "12 sur 40, soit 30 %") or a change stated with its difference ({@code change}); its
 * value; the quantity it measures as written and as compared ({@code quantityKey}), with what narrows it
 * ({@code qualifier}: a place, group or goods); its {@code role} (level, change, share, before-after, range) and the
 * change word that states it ({@code verb}, with its {@code direction}: up, down, move). Absent fields are unknown.
 */
@JsonPropertyOrder({"start", "end", "text", "kind", "value", "quantity", "quantityKey", "qualifier", "role", "verb",
        "direction", "approximate"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFigure(int start, int end, String text, String kind, double value, String quantity,
                           String quantityKey, String qualifier, String role, String verb, String direction,
                           Boolean approximate) {
}
