package org.factcheck.core.analysis;

/**
 * Comparisons of quotations by their folded words ({@link QuoteAttributor#key}), for the QUOTE rules.
 *
 * <p>Two quotations are the same words when their keys are equal, or when one holds the other whole, word for word,
 * and the shorter has {@value #MIN_WORDS} words or more (an excerpt of a longer quotation). One misquotes the other
 * when they are not the same words but share, in order, at least {@value #MIN_SHARED} words and three fifths of the
 * longer one: the same sentence with words changed, added or dropped.
 */
public final class QuoteText {
    /** The fewest words an excerpt needs to be taken for the quotation it comes from. */
    public static final int MIN_WORDS = 5;
    private static final int MIN_SHARED = 4;
    private static final double MIN_RATIO = 0.6;

    private QuoteText() {
    }

    /** Whether two keys are the same words, or one holds the other whole (see the class comment). */
    public static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return words(shorter).length >= MIN_WORDS && (" " + longer + " ").contains(" " + shorter + " ");
    }

    /** Whether two keys are two versions of one quotation: close, in order, but not the same words. */
    public static boolean misquoted(String a, String b) {
        if (same(a, b)) {
            return false;
        }
        String[] x = words(a);
        String[] y = words(b);
        int shared = shared(x, y);
        return shared >= MIN_SHARED && shared >= MIN_RATIO * Math.max(x.length, y.length);
    }

    /** The number of words the two share in order (their longest common subsequence). */
    static int shared(String[] x, String[] y) {
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (String w : x) {
            for (int j = 1; j <= y.length; j++) {
                cur[j] = w.equals(y[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    private static String[] words(String key) {
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    /**
     * The quoted words as a message shows them: without a trailing comma (English puts it inside the marks), whole up
     * to {@code max} characters, else cut at a word and "…".
     */
    public static String excerpt(String quoted, int max) {
        String s = TextFold.whitespace(quoted).replaceAll("[,;:]+$", "");
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
