package org.factcheck.core.compare;

import org.factcheck.core.analysis.quotes.QuoteAttributor;
import org.factcheck.core.text.TextFold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Comparisons of quotations by their folded words ({@link QuoteAttributor#key}), for the QUOTE rules. A key may hold
 * {@value #GAP}, where the quotation has words cut or replaced by the writer ("[…]", "[son mandat]"): a gap matches
 * any words.
 *
 * <p>Two quotations are the same words when their keys are equal, or when one holds the other, word for word and in
 * order (gaps aside), and the shorter has {@value #MIN_EXCERPT} words or more: an excerpt of a longer quotation. A
 * shorter common phrase ("n'est pas passé aux aveux") is too common to say that two people said one thing. One
 * misquotes the other when neither holds the other (an excerpt of any length is no misquote) but they share, in
 * order, at least {@value #MIN_SHARED} words and three fifths of the longer one: the same sentence with words
 * changed, added or dropped.
 */
public final class QuoteText {
    /** The fewest words a quotation needs for the rules to compare it. */
    public static final int MIN_WORDS = 5;
    /** The token of a key that stands for words cut or replaced by the writer. */
    public static final String GAP = "_";
    private static final int MIN_EXCERPT = 8;
    private static final int MIN_SHARED = 5;
    private static final double MIN_RATIO = 0.6;

    private QuoteText() {
    }

    /** Whether two keys are the same words, or one holds the other whole (see the class comment). */
    public static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String[] x = words(a);
        String[] y = words(b);
        String[] shorter = count(x) <= count(y) ? x : y;
        String[] longer = shorter == x ? y : x;
        return count(shorter) >= MIN_EXCERPT && holds(longer, shorter);
    }

    /** The words of a key, gaps aside. */
    public static int count(String[] words) {
        int n = 0;
        for (String w : words) {
            n += GAP.equals(w) ? 0 : 1;
        }
        return n;
    }

    /** Whether {@code longer} holds each run of {@code part} between gaps, whole and in order. */
    private static boolean holds(String[] longer, String[] part) {
        List<String> l = Arrays.asList(longer);
        int from = 0;
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= part.length; i++) {
            if (i < part.length && !GAP.equals(part[i])) {
                run.add(part[i]);
                continue;
            }
            if (!run.isEmpty()) {
                int at = indexOf(l, run, from);
                if (at < 0) {
                    return false;
                }
                from = at + run.size();
                run.clear();
            }
        }
        return true;
    }

    private static int indexOf(List<String> l, List<String> run, int from) {
        for (int i = from; i + run.size() <= l.size(); i++) {
            if (l.subList(i, i + run.size()).equals(run)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether two keys are two versions of one quotation: close, in order, but not the same words. */
    public static boolean misquoted(String a, String b) {
        if (same(a, b)) {
            return false;
        }
        String[] x = words(a);
        String[] y = words(b);
        if (count(x) <= count(y) ? holds(y, x) : holds(x, y)) {
            return false; // an excerpt, however short: the writer quotes part of what was said
        }
        int shared = shared(x, y);
        return shared >= MIN_SHARED && shared >= MIN_RATIO * Math.max(count(x), count(y));
    }

    /** The number of words the two share in order (their longest common subsequence). */
    static int shared(String[] x, String[] y) {
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (String w : x) {
            for (int j = 1; j <= y.length; j++) {
                cur[j] = w.equals(y[j - 1]) && !GAP.equals(w) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
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
