package org.factcheck.web;

import java.io.IOException;
import java.util.Map;

import org.factcheck.core.Checker;
import org.factcheck.core.rules.RuleSetException;
import org.factcheck.service.CheckService;
import org.factcheck.service.RulesSync;
import org.factcheck.store.StoreException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/admin/rules/reload} (admins only, see {@link AccessFilter}): compiles the rules folder again and
 * puts it in force. When it does not compile, the rules loaded before go on serving and the answer (422) lists the
 * problems as {@code errors}. Reloads run one at a time, at most one per reload interval: sooner, 429 with
 * {@code Retry-After}. A reload that compiled bumps the rules' generation in the database, and every other node on
 * it reloads its own rules folder within its poll interval ({@code factcheck.rules-poll-seconds}).
 */
public final class ReloadServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReloadServlet.class);

    /** The answer to a reload that worked. */
    record Reloaded(boolean reloaded, int rules, String folder, long generation) {
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        require("POST", request, response);
        Checker fresh;
        try {
            fresh = service().reload();
        } catch (CheckService.ReloadRefused e) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            throw new ApiException(429, "Too many requests", e.getMessage() + "; try again in "
                    + e.retryAfterSeconds() + " s");
        } catch (RuleSetException e) {
            throw new ApiException(422, "Rules do not compile",
                    "the rules folder has problems; the rules loaded before go on serving", Map.of("errors", e.problems()));
        }
        // the other nodes on the database reload their rules folder at their next poll
        long generation;
        try {
            generation = ((RulesSync) request.getServletContext().getAttribute(Attributes.RULES_SYNC))
                    .published(request.getRemoteUser()).generation();
        } catch (StoreException e) {
            // The rules are in force here: the admin must learn that the other nodes will not follow, not only that
            // the store failed. The database's own words stay in the log.
            LOG.error("the rules were reloaded on this node but their generation could not be recorded", e);
            throw new ApiException(503, "Service unavailable", "the rules were reloaded and are in force on this node ("
                    + fresh.rules().size() + " rules), but the database did not record the new rules generation, so"
                    + " the other nodes will not follow; reload again once the database answers (the log has the"
                    + " details)");
        }
        Json.write(response, 200, new Reloaded(true, fresh.rules().size(), fresh.rulesFolder(), generation));
    }
}
