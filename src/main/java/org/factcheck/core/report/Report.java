package org.factcheck.core.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The result of checking one draft. */
@JsonPropertyOrder({"source", "document", "text", "findings", "persons", "dates", "figures", "quotes"})
public record Report(String source, DocumentInfo document, String text, List<ReportFinding> findings,
                     List<ReportPerson> persons, List<ReportDate> dates, List<ReportFigure> figures,
                     List<ReportQuote> quotes) {
    public Report {
        findings = List.copyOf(findings);
        persons = List.copyOf(persons);
        dates = List.copyOf(dates);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
    }
}
