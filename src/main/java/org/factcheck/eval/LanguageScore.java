package org.factcheck.eval;

/**
 * The planted errors of one category in the drafts of one language, and how many were found.
 */
public record LanguageScore(int planted, int found) {
    /** {@code found / planted}; NaN when nothing was planted. */
    public double recall() {
        return planted == 0 ? Double.NaN : (double) found / planted;
    }
}
