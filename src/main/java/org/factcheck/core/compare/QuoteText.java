package org.factcheck.core.compare;

import java.util.regex.Pattern;

import org.factcheck.core.text.TextFold;

/**
 * Primitives on quotations, for the QUOTE rules: the key a quotation is compared on, its word count, whether one key
 * holds the other, how many words two keys share. The decisions (one quotation, or two versions of one) and their
 * thresholds are the derivation rules of {@code quote.drl}.
 *
 * <p>A key may hold {@value #GAP}, where the quotation has words cut or replaced by the writer ("[…]", "[son
 * mandat]"): a gap matches any words.
 */
public final class QuoteText {
    /** The token of a key that stands for words cut or replaced by the writer. */
    public static final String GAP = "_";
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,60}\\]|\\((?:\\.\\.\\.|…)\\)");

    private QuoteText() {
    }

    /**
     * The quoted words folded: lower case, no accents, letters and digits only, single spaces; words the writer cut
     * or put in brackets ("[…]", "(...)", "[son mandat]") become one {@link #GAP}.
     */
    public static String key(String quoted) {
        String f = TextFold.fold(BRACKETED.matcher(quoted).replaceAll(" " + GAP + " "));
        StringBuilder out = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The words of a key, gaps aside. */
    public static int count(String key) {
        int n = 0;
        for (int start = 0; start < key.length(); ) {
            int end = wordEnd(key, start);
            n += end > start && !isGap(key, start, end) ? 1 : 0;
            start = end + 1;
        }
        return n;
    }

    /** Where the word of {@code key} starting at {@code start} ends: at the next space, or at the key's end. */
    private static int wordEnd(String key, int start) {
        int end = key.indexOf(' ', start);
        return end < 0 ? key.length() : end;
    }

    private static boolean isGap(String key, int start, int end) {
        return end - start == GAP.length() && key.startsWith(GAP, start);
    }

    /**
     * Whether the key with fewer words is held whole in the other: each of its runs between gaps, word for word and
     * in order. Equal keys hold each other.
     */
    public static boolean within(String a, String b) {
        return count(a) <= count(b) ? holds(b, a) : holds(a, b);
    }

    /**
     * Whether {@code longer} holds each run of {@code part} between gaps, whole and in order: a search of the key's
     * text for each run, with no word list built (the rules ask this of many pairs of quotations).
     */
    private static boolean holds(String longer, String part) {
        String hay = " " + longer + " ";
        int from = 0;
        int runStart = 0;
        for (int start = 0; start <= part.length(); ) {
            int end = start < part.length() ? wordEnd(part, start) : part.length();
            boolean last = end >= part.length();
            boolean gap = start < part.length() && isGap(part, start, end);
            if (gap || last) {
                int runEnd = gap ? Math.max(runStart, start - 1) : part.length();
                if (runEnd > runStart) {
                    String run = " " + part.substring(runStart, runEnd) + " ";
                    int at = hay.indexOf(run, from);
                    if (at < 0) {
                        return false;
                    }
                    from = at + run.length() - 1;
                }
                runStart = end + 1;
            }
            if (last) {
                break;
            }
            start = end + 1;
        }
        return true;
    }

    /** The number of words two keys share in order (their longest common subsequence), gaps aside. */
    public static int shared(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
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
