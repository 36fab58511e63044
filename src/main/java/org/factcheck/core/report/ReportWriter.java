package org.factcheck.core.report;

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

    /** The mapper that writes reports indented, and leaves the stream it writes to open. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
