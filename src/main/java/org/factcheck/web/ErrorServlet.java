package org.factcheck.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's own errors (a login challenge, a page not found, a limit passed before the servlet) as RFC 9457
 * problems, through an error dispatch, so that they too pass the security headers filter.
 */
public final class ErrorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = status == 401 ? "log in as an editor or an admin" : uri == null ? null : String.valueOf(uri);
        Problems.write(request, response, ApiException.of(status, detail));
    }
}
