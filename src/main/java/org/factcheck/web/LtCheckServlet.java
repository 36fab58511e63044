package org.factcheck.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.extract.DraftException;
import org.factcheck.store.StoredCheck;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /v2/check}: LanguageTool's check, for its clients (a form, urlencoded or multipart, read by
 * {@link LtForm}: {@code text} or {@code data}, {@code language}, the rule fields of {@link LtRules}). The text is checked and stored as
 * {@code POST /api/checks} does, with the same findings, which the answer gives in LanguageTool's shape
 * ({@link LtAnswer}). A blank text has nothing to check: no match, nothing stored.
 */
public final class LtCheckServlet extends LtServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        require("POST", request, response);
        Checker checker = service().checker();
        Map<String, String> fields = LtForm.of(request, config().maxUploadBytes());
        LtText text = text(fields);
        String language = LtLanguages.code(fields.get("language"), checker.languages());
        LtRules rules = LtRules.of(checker.rules(), fields::get);
        if (text.checked().isBlank()) {
            // "auto" and nothing to detect it from: English, as the checker's detection falls back on
            Json.write(response, 200, LtAnswer.empty(language == null ? "en" : language));
            return;
        }
        throttle(request, response);
        byte[] content = text.checked().getBytes(StandardCharsets.UTF_8);
        if (content.length > config().maxUploadBytes()) {
            throw ApiException.of(413, "a text may have " + config().maxUploadBytes() + " bytes at most");
        }
        StoredCheck stored;
        try {
            stored = service().submit(null, new CheckRequest("draft.txt", content, language, null, rules.enable(),
                    rules.disable(), null));
        } catch (DraftException e) {
            throw ApiException.forDraft("the text", e);
        }
        if (!stored.report().text().equals(text.checked())) {
            throw ApiException.of(422, "the text was read as " + stored.report().document().contentType()
                    + ", whose text is not the one sent: its findings could not be placed in it");
        }
        Json.write(response, 200, LtAnswer.of(stored, text, checker));
    }

    /** The text of the field {@code text}, else of {@code data}. */
    private static LtText text(Map<String, String> fields) {
        String text = fields.get("text");
        String data = fields.get("data");
        if (text != null) {
            return LtText.ofText(text);
        }
        if (data != null) {
            return LtText.ofData(data);
        }
        throw ApiException.badRequest("Missing 'text' or 'data' parameter");
    }
}
