package org.factcheck.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.service.CheckService;
import org.factcheck.store.StoreException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /health}: the rules loaded and whether the database answers; 200 when both hold, else 503. */
public final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CheckService service = (CheckService) getServletContext().getAttribute(Attributes.SERVICE);
        Map<String, Object> body = new LinkedHashMap<>();
        boolean up = service != null;
        if (service != null) {
            body.put("rules", service.rules().rules().size());
            body.put("rulesFolder", service.rules().folder().description());
            try {
                service.ping();
                body.put("database", "reachable");
            } catch (StoreException e) {
                body.put("database", "unreachable: " + e.getMessage());
                up = false;
            }
        }
        body.put("status", up ? "up" : "down");
        Json.write(response, up ? 200 : 503, body);
    }
}
