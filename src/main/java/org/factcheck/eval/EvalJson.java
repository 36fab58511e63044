package org.factcheck.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures as JSON, in the shape {@code score.py --json} writes: {@code {"summary": {...}, "files": [...]}}, each
 * category's language split as {@code [planted, found]}, a ratio with nothing to divide as {@code null}.
 */
public final class EvalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private EvalJson() {
    }

    public static void write(EvalResult r, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toMap(r));
    }

    public static Map<String, Object> toMap(EvalResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", summary(r));
        root.put("files", r.files().stream().map(EvalJson::file).toList());
        return root;
    }

    private static Map<String, Object> summary(EvalResult r) {
        Map<String, Object> categories = new LinkedHashMap<>();
        for (CategoryScore c : r.categories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("planted", c.planted());
            m.put("found", c.found());
            c.byLanguage().forEach((language, s) -> m.put(language, List.of(s.planted(), s.found())));
            categories.put(c.category(), m);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("categories", categories);
        s.put("planted", r.planted());
        s.put("found", r.found());
        s.put("recall", number(r.recall()));
        s.put("findings", r.findings());
        s.put("truePositives", r.truePositives());
        s.put("falsePositives", r.falsePositives());
        s.put("precision", number(r.precision()));
        s.put("controls", r.controls());
        s.put("controlWords", r.controlWords());
        s.put("controlFalsePositives", r.controlFalsePositives());
        s.put("controlFalsePositivesPer1000Words", number(r.controlFalsePositivesPer1000Words()));
        s.put("unreadable", r.unreadable().stream().map(FileResult::file).toList());
        List<List<String>> unlocatable = new ArrayList<>();
        r.unlocatable().forEach(u -> unlocatable.add(List.of(u.file(), u.text())));
        s.put("unlocatable", unlocatable);
        return s;
    }

    /** A draft's figures as score.py writes them: its components in that order, the date as text. */
    private record FileView(String file, String language, String referenceDate, boolean control, int words,
                            FileResult.DraftError error, List<FileResult.PlantedResult> planted,
                            List<FileResult.FalsePositive> falsePositives, int matchedFindings, int findings) {
    }

    private static FileView file(FileResult f) {
        return new FileView(f.file(), f.language(), f.referenceDate().toString(), f.control(), f.words(), f.error(),
                f.planted(), f.falsePositives(), f.matchedFindings(), f.findings());
    }

    private static Double number(double x) {
        return Double.isNaN(x) ? null : x;
    }
}
