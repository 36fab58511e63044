package org.factcheck.core.compare;

/**
 * Primitives for the TITLE rules: how two role titles and two scopes compare. A title or scope is folded words
 * joined by spaces ({@link org.factcheck.core.facts.PersonRole#title()}); the rules decide what a fit means
 * (title.drl).
 */
public final class Titles {
    private Titles() {
    }

    /**
     * Whether a title given to someone can be a shorter way of writing another: each of its words is one of the
     * other's ("directeur general" fits "directeur general", "chief executive" fits "chief executive officer"; "maire"
     * fits "maire"; "directeur general" does not fit "directeur general adjoint" only because the rules compare deputy
     * titles apart).
     */
    public static boolean fits(String given, String other) {
        if (given == null || other == null) {
            return false;
        }
        if (given.equals(other)) {
            return true;
        }
        int from = 0;
        while (from <= given.length()) {
            int end = given.indexOf(' ', from);
            end = end < 0 ? given.length() : end;
            if (!hasWord(other, given, from, end)) {
                return false;
            }
            from = end + 1;
        }
        return true;
    }

    /**
     * Whether a role a verb gives, written as the stem of its nouns ("presid", "chair", "direct"), is the title's: a
     * word of the title begins with it ("presiding judge", "chairwoman", "directeur general").
     */
    public static boolean stemIn(String stem, String title) {
        if (stem == null || title == null) {
            return false;
        }
        for (String w : title.split(" ")) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} has the word {@code w.substring(from, to)} between spaces (or its ends). */
    private static boolean hasWord(String s, String w, int from, int to) {
        int len = to - from;
        String word = w.substring(from, to);
        for (int at = 0; at + len <= s.length(); ) {
            int i = s.indexOf(word, at);
            if (i < 0) {
                return false;
            }
            if ((i == 0 || s.charAt(i - 1) == ' ') && (i + len == s.length() || s.charAt(i + len) == ' ')) {
                return true;
            }
            at = i + 1;
        }
        return false;
    }

    /**
     * Whether the scope of a title given to someone can be the other's: the phrase names none ("le maire"), or one
     * names part of the other ("cour" and "cour assises"). A scope given where the other names none does not fit:
     * "le président du parti" is not the country's "président".
     */
    public static boolean scopeFits(String given, String other) {
        if (given == null) {
            return true;
        }
        if (other == null) {
            return false;
        }
        // one's words all among the other's, either way round: what fits tells, without building word sets
        return fits(given, other) || fits(other, given);
    }
}
