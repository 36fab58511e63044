package org.factcheck.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planted errors of one category and how many were found, overall and per language.
 *
 * @param byLanguage {@code fr} and {@code en} (always both, in that order) to their own figures
 */
public record CategoryScore(String category, int planted, int found, Map<String, LanguageScore> byLanguage) {
    /** The categories a truth file may plant, in the order of the table. */
    public static final List<String> CATEGORIES = List.of("TITLE", "NUMBER", "NAME", "DATE", "QUOTE", "SPELLING", "DUPLICATE");

    /** The languages of the table, in order. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    public CategoryScore {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** {@code found / planted}; NaN when nothing was planted. */
    public double recall() {
        return planted == 0 ? Double.NaN : (double) found / planted;
    }

    /** The figures of one language; zero when the category has none in that language. */
    public LanguageScore language(String language) {
        return byLanguage.getOrDefault(language, new LanguageScore(0, 0));
    }
}
