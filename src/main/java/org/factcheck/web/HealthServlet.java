package org.factcheck.web;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.factcheck.core.Checker;
import org.factcheck.service.CheckService;
import org.factcheck.service.RulesSync;
import org.factcheck.store.StoreException;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /health}: the rules loaded (and their generation, see {@link RulesSync}) and whether the database
 * answers; 200 when both hold, else 503.
 */
public final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The answer: without a service (the webapp did not start), only {@code status}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(Integer rules, String rulesFolder, Long rulesGeneration, String database, String status) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CheckService service = (CheckService) getServletContext().getAttribute(Attributes.SERVICE);
        if (service == null) {
            Json.write(response, 503, new Health(null, null, null, null, "down"));
            return;
        }
        Checker checker = service.checker();
        String database = "reachable";
        try {
            service.ping();
        } catch (StoreException e) {
            LoggerFactory.getLogger(HealthServlet.class).warn("health: the review store is unreachable: {}", e.getMessage());
            database = "unreachable"; // the database's own words stay in the log: /health needs no login
        }
        boolean up = database.equals("reachable");
        Long generation = getServletContext().getAttribute(Attributes.RULES_SYNC) instanceof RulesSync sync
                ? sync.generation() : null;
        Json.write(response, up ? 200 : 503, new Health(checker.rules().size(), checker.rulesFolder(), generation, database,
                up ? "up" : "down"));
    }
}
