package org.factcheck.web;

import java.io.IOException;

import org.factcheck.service.CheckService;
import org.factcheck.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The base of the API's servlets, one per resource (mapped in {@code web.xml}): the one error path (whatever a
 * servlet throws becomes an {@link ApiException}, which {@link Problems} writes), the method check, and the service
 * and settings the webapp started with.
 */
public abstract class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    /** Answers the request, or throws the {@link ApiException} to answer with. */
    protected abstract void handle(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException;

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiException problem;
        try {
            handle(request, response);
            return;
        } catch (ApiException e) {
            problem = e;
        } catch (StoreException e) {
            // The database's own words (its URL, its SQL) stay in the log: the client learns only that it failed.
            LOG.error("review store failed", e);
            problem = ApiException.of(503, "the review store is unavailable; the log has the details");
        } catch (RuntimeException | ServletException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            problem = ApiException.of(500, "the request failed; the log has the details");
        }
        fail(request, response, problem);
    }

    /** Writes the answer to a failed call: an RFC 9457 problem ({@link Problems}). */
    protected void fail(HttpServletRequest request, HttpServletResponse response, ApiException problem)
            throws IOException {
        Problems.write(request, response, problem);
    }

    /**
     * Refuses a draft past the checks allowed to one address a minute ({@code factcheck.checks-per-minute}): 429,
     * with {@code Retry-After}.
     */
    protected void throttle(HttpServletRequest request, HttpServletResponse response) {
        long wait = ((RateLimiter) getServletContext().getAttribute(Attributes.LIMITER)).acquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            throw new ApiException(429, "Too many requests", "at most " + config().checksPerMinute()
                    + " drafts a minute from one address; try again in " + wait + " s");
        }
    }

    /** Refuses any method but {@code allowed}: 405, naming it in {@code Allow}. */
    protected static void require(String allowed, HttpServletRequest request, HttpServletResponse response) {
        if (!request.getMethod().equals(allowed)) {
            throw notAllowed(response, allowed);
        }
    }

    /** The refusal of a method: 405, naming the allowed ones (such as "GET, POST") in {@code Allow}. */
    protected static ApiException notAllowed(HttpServletResponse response, String allowed) {
        response.setHeader("Allow", allowed);
        return ApiException.of(405, "allowed: " + allowed);
    }

    /** The answer to a path that names no resource. */
    protected static ApiException noResource(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String underApi = path.startsWith("/api") ? path.substring("/api".length()) : path;
        return ApiException.notFound("no API resource " + (underApi.isEmpty() ? "/" : underApi)
                + " (see GET /api/rules, /api/checks)");
    }

    protected CheckService service() {
        return (CheckService) getServletContext().getAttribute(Attributes.SERVICE);
    }

    protected WebConfig config() {
        return (WebConfig) getServletContext().getAttribute(Attributes.CONFIG);
    }
}
