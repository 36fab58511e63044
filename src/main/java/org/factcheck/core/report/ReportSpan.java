package org.factcheck.core.report;

/** A span of the report's {@code text}, by code-point offsets ({@code end} exclusive). */
public record ReportSpan(int start, int end, String text) {
}
