package org.factcheck.cli;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factcheck.core.RuleDescription;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.factcheck.core.report.ReportSpan;

/**
 * A SARIF 2.1.0 log of one run of {@code check}, which code-scanning services (GitHub's among them) read: the rules,
 * one result per finding with its region (lines and columns in code points, as the text format counts them) and its
 * related spans, and a notification per draft that could not be checked.
 */
final class Sarif {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sarif() {
    }

    /**
     * @param rules   the rules of the run
     * @param results the run's reports and the {@link CheckCommand.FileError}s of the drafts not checked, in order
     * @param version the tool's version
     */
    static ObjectNode log(List<RuleDescription> rules, List<Object> results, String version) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "factcheck");
        driver.put("version", version);
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleDescription r : rules) {
            ObjectNode rule = ruleArray.addObject();
            rule.put("id", r.id());
            rule.putObject("shortDescription").put("text", r.description());
            rule.putObject("defaultConfiguration").put("level", level(r.severity())).put("enabled", r.onByDefault());
            rule.putObject("properties").put("category", r.category());
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode out = run.putArray("results");
        ArrayNode notifications = JSON.createArrayNode();
        for (Object o : results) {
            if (o instanceof Report report) {
                int[] lineStarts = CheckCommand.lineStarts(report.text());
                for (ReportFinding f : report.findings()) {
                    ObjectNode result = out.addObject();
                    result.put("ruleId", f.rule());
                    result.put("level", level(f.severity()));
                    result.putObject("message").put("text", f.message()
                            + (f.suggestion() != null ? " [" + f.suggestion() + "]" : ""));
                    result.putArray("locations").add(location(report.source(), lineStarts, f.start(), f.end()));
                    if (!f.related().isEmpty()) {
                        ArrayNode related = result.putArray("relatedLocations");
                        for (int i = 0; i < f.related().size(); i++) {
                            ReportSpan span = f.related().get(i);
                            related.add(location(report.source(), lineStarts, span.start(), span.end()).put("id", i + 1));
                        }
                    }
                    result.putObject("properties").put("category", f.category()).put("findingId", f.id());
                }
            } else if (o instanceof CheckCommand.FileError e) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", e.source() + ": " + e.error().message());
                n.putObject("descriptor").put("id", e.error().kind());
                n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                        .put("uri", e.source());
            }
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", notifications.isEmpty());
        if (!notifications.isEmpty()) {
            invocation.set("toolExecutionNotifications", notifications);
        }
        return log;
    }

    private static ObjectNode location(String file, int[] lineStarts, int start, int end) {
        ObjectNode location = JSON.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", file);
        int startLine = CheckCommand.line(lineStarts, start);
        int endLine = CheckCommand.line(lineStarts, Math.max(start, end - 1));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", startLine);
        region.put("startColumn", start - lineStarts[startLine - 1] + 1);
        region.put("endLine", endLine);
        region.put("endColumn", end - lineStarts[endLine - 1] + 1);
        return location;
    }

    /** SARIF's level of a severity: error, warning, note. */
    static String level(String severity) {
        return severity.equals("info") ? "note" : severity;
    }
}
