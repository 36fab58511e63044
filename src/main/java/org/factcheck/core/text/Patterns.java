package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Building blocks for the regular expressions extractors compile once from word lists, and for their matches. */
public final class Patterns {
    private Patterns() {
    }

    /**
     * A regular expression matching any of {@code words} literally, longest first, a space matching any run of white
     * space; one that never matches when there are none.
     *
     * <p>The words are grouped by their first letter, each group behind a look-ahead for its first letters, so that at
     * each place of a text only the words that begin with its letter are tried (a regular expression otherwise tries
     * every word of a long list everywhere). It matches what the plain alternation of the words, longest first,
     * matches, under any flags: the words that can match at one place all begin with letters one case of another, so
     * they stand in one group, in their order.
     */
    public static String alternation(Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        if (sorted.isEmpty()) {
            return "(?!)";
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (String x : sorted) {
            if (x.isEmpty() || Character.isWhitespace(x.codePointAt(0))) {
                return literals(sorted); // a word matching anywhere or after white space: left as written
            }
            int c = x.codePointAt(0);
            groups.computeIfAbsent(Character.toLowerCase(Character.toUpperCase(c)), k -> new ArrayList<>()).add(x);
        }
        StringBuilder s = new StringBuilder();
        for (List<String> group : groups.values()) {
            s.append(s.length() == 0 ? "" : "|");
            if (group.size() == 1) {
                s.append(literals(group));
            } else {
                s.append("(?=[");
                group.stream().mapToInt(x -> x.codePointAt(0)).distinct()
                        .forEach(c -> s.append("\\x{").append(Integer.toHexString(c)).append('}'));
                s.append("])(?:").append(literals(group)).append(')');
            }
        }
        return s.toString();
    }

    /** The words, each quoted, as alternatives in their order. */
    private static String literals(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String x : words) {
            s.append(s.length() == 0 ? "" : "|").append(Pattern.quote(x).replace(" ", "\\E\\s+\\Q"));
        }
        return s.toString();
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
