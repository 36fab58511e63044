package org.factcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Messages;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static final String TEXT = "Anna Berg spoke first. Later Anna Bergh and Ana Berg answered.";

    private static Finding nearName(Span at, Span introduced, String suggestion) {
        return new Finding("name.spelling", Category.NAME, Severity.ERROR, at, List.of(introduced), suggestion, null,
                Map.of());
    }

    @Test
    void findingsOfOneRuleAtOnePlaceComeInOneOrderWhateverOrderTheRulesFiredIn() {
        Span at = new Span(29, 39, "Anna Bergh");
        List<Finding> findings = new ArrayList<>(List.of(
                nearName(at, new Span(0, 9, "Anna Berg"), "Berg"),
                nearName(at, new Span(44, 52, "Ana Berg"), "Berg"),
                nearName(at, new Span(0, 9, "Anna Berg"), "Bergs"),
                new Finding("name.given-name", Category.NAME, Severity.ERROR, at, List.of(), null, null, Map.of())));
        Messages messages = new Messages(new Properties(), "en");
        List<ReportFinding> first = ReportBuilder.findings(TEXT, findings, messages, 10, 10).findings();
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            Collections.shuffle(findings, new java.util.Random(shuffle));
            assertEquals(first, ReportBuilder.findings(TEXT, findings, messages, 10, 10).findings());
        }
        assertEquals(List.of("name.given-name", "name.spelling", "name.spelling", "name.spelling"),
                first.stream().map(ReportFinding::rule).toList());
        assertEquals(List.of(0, 0, 44), first.subList(1, 4).stream().map(f -> f.related().get(0).start()).toList());
        assertEquals(List.of("Berg", "Bergs", "Berg"), first.subList(1, 4).stream().map(ReportFinding::suggestion).toList());
    }
}
