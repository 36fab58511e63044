package org.factcheck.core.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The result of checking one draft. */
@JsonPropertyOrder({"source", "document", "text", "findings"})
public record Report(String source, DocumentInfo document, String text, List<ReportFinding> findings) {
    public Report {
        findings = List.copyOf(findings);
    }
}
