package org.factcheck.web;

import java.io.IOException;
import java.util.Map;

import org.factcheck.core.Checker;
import org.factcheck.core.rules.RuleSetException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /api/admin/rules/reload} (admins only, see {@link AccessFilter}): compiles the rules folder again and
 * puts it in force. When it does not compile, the rules loaded before go on serving and the answer (422) lists the
 * problems as {@code errors}.
 */
public final class ReloadServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;

    /** The answer to a reload that worked. */
    record Reloaded(boolean reloaded, int rules, String folder) {
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        require("POST", request, response);
        Checker fresh;
        try {
            fresh = service().reload();
        } catch (RuleSetException e) {
            throw new ApiException(422, "Rules do not compile",
                    "the rules folder has problems; the rules loaded before go on serving", Map.of("errors", e.problems()));
        }
        Json.write(response, 200, new Reloaded(true, fresh.rules().size(), fresh.rulesFolder()));
    }
}
