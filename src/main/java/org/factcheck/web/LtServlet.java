package org.factcheck.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The base of the LanguageTool API's servlets ({@code /v2/*}): its errors are LanguageTool's, a plain text
 * "Error: …" with the status, which its clients show as they are, where the rest of the API answers problems.
 */
public abstract class LtServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void fail(HttpServletRequest request, HttpServletResponse response, ApiException problem)
            throws IOException {
        if (!response.isCommitted()) {
            Problems.endBody(request, response, problem); // as Problems.write does for the rest of the API
        }
        writeError(response, problem);
    }

    /** Answers {@code problem} as LanguageTool does: its status and a plain text "Error: …". */
    static void writeError(HttpServletResponse response, ApiException problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(("Error: " + problem.getMessage()).getBytes(StandardCharsets.UTF_8));
    }
}
