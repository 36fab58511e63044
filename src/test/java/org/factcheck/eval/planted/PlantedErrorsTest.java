package org.factcheck.eval.planted;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.factcheck.TestSupport;
import org.factcheck.core.CheckRequest;
import org.factcheck.core.report.ReportFinding;
import org.factcheck.eval.EvalResult;
import org.factcheck.eval.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * Recall on errors planted in real copy (skipped without {@code ../shared/corpus/real}): generates the copies, scores
 * the checker on them, prints recall per category and language and the false alarms the copies gain (errors and
 * warnings of a copy that match neither its planted error nor a finding of its original, by rule and text), writes
 * {@code target/planted/score.json}, and holds recall at its measured level.
 */
class PlantedErrorsTest {
    /** Planted errors found when this was last measured: a regression floor, to raise as the checker improves. */
    private static final int FOUND_FLOOR = 340;

    @Test
    void recallOnPlantedErrors() throws Exception {
        Path shared = TestSupport.shared();
        Path real = shared == null ? null : shared.resolve("corpus/real");
        assumeTrue(real != null && Files.isDirectory(real.resolve("fr")) && Files.isDirectory(real.resolve("en")),
                "skipped: ../shared/corpus/real is absent");
        Path out = TestSupport.projectDir().resolve("target/planted");
        PlantedSummary summary = new PlantedCorpus(real).generate(out);
        EvalResult result = new Evaluator(TestSupport.checker()).evaluate(out.resolve("truth.json"));

        Map<String, PlantedCorpus.Copy> copies = new HashMap<>();
        summary.copies().forEach(c -> copies.put(c.file(), c));
        Map<String, Set<String>> originals = new HashMap<>();
        Map<String, int[]> rows = new LinkedHashMap<>(); // category: planted fr, found fr, planted en, found en, gained
        PlantedCorpus.CATEGORIES.forEach(c -> rows.put(c, new int[5]));
        StringBuilder gained = new StringBuilder();
        for (var file : result.files()) {
            PlantedCorpus.Copy copy = copies.get(file.file());
            int[] row = rows.get(copy.plant().category());
            int lang = copy.original().french() ? 0 : 2;
            for (var p : file.planted()) {
                row[lang]++;
                row[lang + 1] += p.found() ? 1 : 0;
            }
            Set<String> before = originals.computeIfAbsent(copy.original().language() + "/" + copy.original().name(),
                    k -> findings(copy.original()));
            for (var fp : file.falsePositives()) {
                if (!before.contains(fp.rule() + "\t" + fold(fp.text()))) {
                    row[4]++;
                    gained.append(String.format("  gained: %s %s %s %s%n", file.file(), fp.category(), fp.rule(), fold(fp.text())));
                }
            }
        }
        String table = table(rows, result);
        System.out.print(summary.table() + "\n" + table + gained);
        writeScore(out.resolve("score.json"), rows, result);

        assertTrue(result.planted() >= 300, "only " + result.planted() + " planted errors");
        for (String category : PlantedCorpus.CATEGORIES) {
            assertTrue(result.category(category).planted() > 0, "nothing planted in " + category);
        }
        assertTrue(result.found() >= FOUND_FLOOR, "recall fell: " + result.found() + " found, floor " + FOUND_FLOOR
                + "\n" + table);
    }

    /** The original article's errors and warnings, as rule and folded text. */
    private static Set<String> findings(Article original) {
        try {
            Set<String> out = new HashSet<>();
            for (ReportFinding f : TestSupport.checker().check(new CheckRequest(original.name(),
                    original.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), original.language(),
                    original.referenceDate())).findings()) {
                if (!f.severity().equals("info")) {
                    out.add(f.rule() + "\t" + fold(f.text()));
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(original.name() + ": " + e.getMessage(), e);
        }
    }

    private static String fold(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String table(Map<String, int[]> rows, EvalResult result) {
        StringBuilder s = new StringBuilder(String.format("%-10s %7s %6s %7s   %13s   %13s   %s%n", "category", "planted",
                "found", "recall", "fr", "en", "false alarms gained"));
        int gained = 0;
        for (Map.Entry<String, int[]> e : rows.entrySet()) {
            int[] r = e.getValue();
            gained += r[4];
            s.append(String.format("%-10s %7d %6d %7s   %3d/%-3d%7s   %3d/%-3d%7s   %d%n", e.getKey(), r[0] + r[2],
                    r[1] + r[3], pct(r[1] + r[3], r[0] + r[2]), r[1], r[0], pct(r[1], r[0]), r[3], r[2], pct(r[3], r[2]), r[4]));
        }
        s.append(String.format("%-10s %7d %6d %7s   precision %s (%d of %d errors and warnings match a planted error)   %d%n",
                "overall", result.planted(), result.found(), pct(result.found(), result.planted()),
                pct(result.truePositives(), result.findings()).strip(), result.truePositives(), result.findings(), gained));
        return s.toString();
    }

    private static String pct(int a, int b) {
        return b == 0 ? "-" : String.format("%.1f%%", 100.0 * a / b);
    }

    private static void writeScore(Path file, Map<String, int[]> rows, EvalResult result) throws java.io.IOException {
        Map<String, Object> categories = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : rows.entrySet()) {
            int[] r = e.getValue();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("planted", r[0] + r[2]);
            c.put("found", r[1] + r[3]);
            c.put("fr", List.of(r[0], r[1]));
            c.put("en", List.of(r[2], r[3]));
            c.put("falseAlarmsGained", r[4]);
            categories.put(e.getKey(), c);
        }
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("planted", result.planted());
        score.put("found", result.found());
        score.put("recall", result.recall());
        score.put("findings", result.findings());
        score.put("truePositives", result.truePositives());
        score.put("precision", result.precision());
        score.put("falseAlarmsGained", rows.values().stream().mapToInt(r -> r[4]).sum());
        score.put("categories", categories);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), score);
    }
}
