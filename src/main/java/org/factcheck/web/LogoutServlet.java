package org.factcheck.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code POST /api/logout}: ends the container's login and the session (its CSRF token with it), so that its cookie
 * authenticates nothing any more; 204. Like any state-changing call of a browser, it needs the session's
 * {@code X-CSRF-Token}, which the access filter checks. A token's call has no session: nothing to end.
 */
public final class LogoutServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        require("POST", request, response);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(204);
    }
}
