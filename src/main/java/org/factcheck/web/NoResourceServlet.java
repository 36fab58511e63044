package org.factcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /api/*} that no other servlet maps: 404, pointing at the resources there are. */
public final class NoResourceServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) {
        throw noResource(request);
    }
}
