package org.factcheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.core.report.Report;

/**
 * Reports as stored: compact JSON, read back into an equal {@link Report}. Properties unknown to this version are
 * ignored, so that a report stored by a newer version still reads.
 */
final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReportJson() {
    }

    static String write(Report report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report cannot be serialized", e);
        }
    }

    static Report read(String json) {
        try {
            return MAPPER.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
