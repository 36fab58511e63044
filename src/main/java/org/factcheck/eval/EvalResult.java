package org.factcheck.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a run over a truth file, as {@code score.py} of the development set computes them.
 *
 * @param categories            one per category of {@link CategoryScore#CATEGORIES}, in that order
 * @param planted               planted errors, all drafts
 * @param found                 planted errors found
 * @param findings              counted findings (error, warning), all drafts
 * @param truePositives         counted findings that match a planted error
 * @param falsePositives        counted findings that match none
 * @param controls              drafts with nothing planted
 * @param controlWords          their words
 * @param controlFalsePositives counted findings on them
 * @param files                 each draft, in the order of the truth file
 */
public record EvalResult(List<CategoryScore> categories, int planted, int found, int findings,
                         int truePositives, int falsePositives, int controls, int controlWords,
                         int controlFalsePositives, List<FileResult> files) {
    public EvalResult {
        categories = List.copyOf(categories);
        files = List.copyOf(files);
    }

    /** The figures of scored drafts. */
    public static EvalResult of(List<FileResult> files) {
        Map<String, int[][]> counts = new LinkedHashMap<>(); // category -> per language -> {planted, found}
        CategoryScore.CATEGORIES.forEach(c -> counts.put(c, new int[CategoryScore.LANGUAGES.size()][2]));
        int findings = 0;
        int truePositives = 0;
        int controls = 0;
        int controlWords = 0;
        int controlFalsePositives = 0;
        for (FileResult f : files) {
            int language = CategoryScore.LANGUAGES.indexOf(f.language());
            for (FileResult.PlantedResult p : f.planted()) {
                int[] c = counts.computeIfAbsent(p.category(), k -> new int[CategoryScore.LANGUAGES.size()][2])[language];
                c[0]++;
                c[1] += p.found() ? 1 : 0;
            }
            findings += f.findings();
            truePositives += f.matchedFindings();
            if (f.control()) {
                controls++;
                controlWords += f.words();
                controlFalsePositives += f.falsePositives().size();
            }
        }
        List<CategoryScore> categories = new ArrayList<>();
        int planted = 0;
        int found = 0;
        for (Map.Entry<String, int[][]> e : counts.entrySet()) {
            Map<String, LanguageScore> byLanguage = new LinkedHashMap<>();
            int p = 0;
            int f = 0;
            for (int l = 0; l < CategoryScore.LANGUAGES.size(); l++) {
                int[] c = e.getValue()[l];
                byLanguage.put(CategoryScore.LANGUAGES.get(l), new LanguageScore(c[0], c[1]));
                p += c[0];
                f += c[1];
            }
            categories.add(new CategoryScore(e.getKey(), p, f, byLanguage));
            planted += p;
            found += f;
        }
        return new EvalResult(categories, planted, found, findings, truePositives, findings - truePositives, controls,
                controlWords, controlFalsePositives, files);
    }

    /** {@code found / planted}; NaN when nothing was planted. */
    public double recall() {
        return planted == 0 ? Double.NaN : (double) found / planted;
    }

    /** {@code truePositives / findings}; NaN when there was no counted finding. */
    public double precision() {
        return findings == 0 ? Double.NaN : (double) truePositives / findings;
    }

    /** False alarms on the controls per 1,000 of their words; NaN when the controls have no words. */
    public double controlFalsePositivesPer1000Words() {
        return controlWords == 0 ? Double.NaN : 1000.0 * controlFalsePositives / controlWords;
    }

    /** The figures of one category, or {@code null} for a name not in {@link CategoryScore#CATEGORIES}. */
    public CategoryScore category(String name) {
        return categories.stream().filter(c -> c.category().equals(name)).findFirst().orElse(null);
    }

    /** The drafts that could not be checked. */
    public List<FileResult> unreadable() {
        return files.stream().filter(f -> !f.readable()).toList();
    }

    /** The planted errors whose text does not occur in their draft's report text, those of unreadable drafts included. */
    public List<Unlocatable> unlocatable() {
        List<Unlocatable> out = new ArrayList<>();
        for (FileResult f : files) {
            for (FileResult.PlantedResult p : f.planted()) {
                if (!p.locatable()) {
                    out.add(new Unlocatable(f.file(), p.text()));
                }
            }
        }
        return out;
    }

    /** A planted text not found in its draft's report text. */
    public record Unlocatable(String file, String text) {
    }
}
