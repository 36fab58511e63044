package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Building blocks for the regular expressions extractors compile once from word lists, and for their matches. */
public final class Patterns {
    private Patterns() {
    }

    /**
     * A regular expression matching any of {@code words} literally, longest first, a space matching any run of white
     * space; one that never matches when there are none.
     */
    public static String alternation(Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder s = new StringBuilder();
        for (String x : sorted) {
            s.append(s.length() == 0 ? "" : "|").append(Pattern.quote(x).replace(" ", "\\E\\s+\\Q"));
        }
        return s.length() == 0 ? "(?!)" : s.toString();
    }

    /** Whether {@code start..end} overlaps one of the {@code {start, end}} stretches already taken. */
    public static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return true;
            }
        }
        return false;
    }
}
