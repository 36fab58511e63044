package org.factcheck.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin calls to the API from the origins configured ({@code factcheck.cors-origins}: a CMS's page whose
 * editor plugin calls the service), none by default. A call from a listed origin gets that origin back in
 * {@code Access-Control-Allow-Origin} (never {@code *}), with {@code Vary: Origin}; its preflight is answered here,
 * before any authentication, as the CORS protocol requires (a browser sends no credentials with it). Credentials are
 * not allowed across origins: a cross-origin caller authenticates with the API token in {@code Authorization}, and
 * the session cookie, {@code SameSite=Strict}, never goes to another site's request anyway. A call from an origin not
 * listed gets no CORS header (its browser withholds the answer), and its preflight a 403.
 */
public final class CorsFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String METHODS = "GET, POST";
    static final String HEADERS = "Authorization, Content-Type, X-CSRF-Token";
    static final String EXPOSED = "Location, Retry-After";
    /** How long a browser may keep a preflight's answer, in seconds. */
    static final int MAX_AGE = 600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Origin");
        boolean allowed = origins().contains(origin);
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            if (!allowed) {
                Problems.write(request, response, ApiException.of(403, "the origin " + origin + " may not call this"
                        + " API (factcheck.cors-origins lists those that may)"));
                return;
            }
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", HEADERS);
            response.setHeader("Access-Control-Max-Age", String.valueOf(MAX_AGE));
            response.setStatus(204);
            return;
        }
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        chain.doFilter(request, response);
    }

    private Set<String> origins() {
        return ((WebConfig) getServletContext().getAttribute(Attributes.CONFIG)).corsOrigins();
    }
}
