package org.factcheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the API ({@code openapi.json} beside this class), the
 * contract every API response of the tests is validated against. Its {@code servers} gives the webapp's context path,
 * so that a client resolves the paths where the WAR is deployed. Like the other reads of the API, it needs a login.
 */
public final class OpenApiServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    /** The description's resource, on the class path of the WAR and of {@code serve} alike. */
    public static final String RESOURCE = "openapi.json";
    private static final ObjectNode DESCRIPTION = load();

    private static ObjectNode load() {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing beside " + OpenApiServlet.class);
            }
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        require("GET", request, response);
        ObjectNode description = DESCRIPTION.deepCopy();
        String context = request.getContextPath();
        ArrayNode servers = description.putArray("servers");
        servers.addObject().put("url", context.isEmpty() ? "/" : context)
                .put("description", "the webapp's context path");
        Json.write(response, 200, description);
    }
}
