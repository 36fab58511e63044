package org.factcheck.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /v2/languages}: the languages a LanguageTool client may ask for, in LanguageTool's shape. */
public final class LtLanguagesServlet extends LtServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        require("GET", request, response);
        Json.write(response, 200, LtLanguages.list(service().checker().languages()));
    }
}
