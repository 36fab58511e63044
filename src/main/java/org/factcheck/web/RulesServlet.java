package org.factcheck.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/rules}: each finding rule in force, by id: its category, severity, description, languages, file. */
public final class RulesServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        require("GET", request, response);
        Json.write(response, 200, service().checker().rules());
    }
}
