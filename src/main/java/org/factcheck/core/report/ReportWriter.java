package org.factcheck.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reports as JSON. */
public final class ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReportWriter() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void writeArray(List<Report> reports, OutputStream out) throws IOException {
        MAPPER.writeValue(out, reports);
    }

    public static String toJson(Report report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException("report cannot be serialized", e);
        }
    }
}
