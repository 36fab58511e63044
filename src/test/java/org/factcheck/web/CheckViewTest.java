package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.factcheck.TestSupport;
import org.factcheck.core.CheckRequest;
import org.factcheck.core.report.Report;
import org.factcheck.store.StoredCheck;
import org.junit.jupiter.api.Test;

class CheckViewTest {
    /** A draft written for this test: a repeated sentence and a weekday that does not match its date. */
    private static final String DRAFT = """
            Le conseil municipal se réunira le jeudi 26 novembre 2025 pour voter le budget.

            Le maire a promis une baisse de 5 % des impôts locaux. Le maire a promis une baisse de 5 % des impôts locaux.
            """;

    /**
     * The answer holds the report's JSON as the store kept it, not written again (a stored text laid out otherwise
     * comes back so), and that JSON is the report the answer's mapper would write.
     */
    @Test
    void theAnswerCarriesTheStoredReportAsItWasWritten() throws Exception {
        Report report = TestSupport.checker().check(new CheckRequest("draft.txt", DRAFT.getBytes(StandardCharsets.UTF_8),
                "fr", LocalDate.of(2025, 11, 25)));
        assertFalse(report.findings().isEmpty(), "the draft has findings: " + report.findings());
        String stored = Json.MAPPER.writeValueAsString(report);
        StoredCheck check = new StoredCheck("c1", "doc-1", 1, null, Instant.parse("2025-11-25T10:00:00Z"), report,
                stored, List.of(), List.of());

        String answer = Json.MAPPER.writeValueAsString(CheckView.of(check));

        assertTrue(answer.endsWith(",\"report\":" + stored + "}"), answer);
        JsonNode tree = Json.MAPPER.readTree(answer);
        assertEquals(Json.MAPPER.valueToTree(report), tree.get("report"));
        assertEquals("doc-1", tree.get("documentId").asText());

        String laidOut = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        String again = Json.MAPPER.writeValueAsString(CheckView.of(new StoredCheck("c1", "doc-1", 1, null,
                Instant.parse("2025-11-25T10:00:00Z"), report, laidOut, List.of(), List.of())));
        assertTrue(again.endsWith(",\"report\":" + laidOut + "}"), again);
    }
}
