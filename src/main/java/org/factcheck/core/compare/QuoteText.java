package org.factcheck.core.compare;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

import org.factcheck.core.text.TextFold;

/**
 * Primitives on quotations, for the QUOTE rules and {@link QuoteLinks}: the key a quotation is compared on, its word
 * count, whether one key holds the other, how many words two keys share. The decisions (one quotation, or two versions
 * of one) take their thresholds from the derivation rule of {@code quote.drl}.
 *
 * <p>A key may hold {@value #GAP}, where the quotation has words cut or replaced by the writer ("[…]", "[son
 * mandat]"): a gap matches any words.
 */
public final class QuoteText {
    /** The token of a key that stands for words cut or replaced by the writer. */
    public static final String GAP = "_";
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,60}\\]|\\((?:\\.\\.\\.|…)\\)");
    /**
     * Each key's words, read once: the rules compare every pair of quotations, a key with hundreds of others in a
     * long draft. Held weakly, by the key, which the draft's quotations hold while it is checked.
     */
    private static final Map<String, Words> READ = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * A key read: its words, how many are words (gaps aside), and a mask of one bit a word (gaps aside) by its hash:
     * a word whose bit the other key's mask lacks is not in the other key.
     */
    record Words(String[] all, int count, long mask) {
        static Words of(String key) {
            String[] all = key.isEmpty() ? new String[0] : key.split(" ");
            if (all.length == 1) {
                // split gives back the key itself when it has one word: a copy, or the entry would hold its own
                // key and never be let go
                all[0] = new String(key);
            }
            int count = 0;
            long mask = 0;
            for (String w : all) {
                if (!GAP.equals(w)) {
                    count++;
                    mask |= bit(w);
                }
            }
            return new Words(all, count, mask);
        }

        static long bit(String word) {
            return 1L << (word.hashCode() & 63);
        }
    }

    /** A key's words, read once: what a caller comparing each key with many others reads first. */
    static Words read(String key) {
        Words w = READ.get(key);
        if (w == null) {
            w = Words.of(key);
            READ.put(key, w);
        }
        return w;
    }

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
        return read(key).count();
    }

    /** The distinct words of a key, gaps aside, in no given order: a new array, the caller's to sort. */
    static String[] distinctWords(String key) {
        return Arrays.stream(read(key).all()).filter(w -> !GAP.equals(w)).distinct().toArray(String[]::new);
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
        return within(a, read(a), b, read(b));
    }

    /** {@link #within(String, String)} of two keys whose words are read already. */
    static boolean within(String a, Words x, String b, Words y) {
        // every word of the shorter in the longer, first: a word whose bit the longer's mask lacks is not there
        return x.count() <= y.count() ? (x.mask() & ~y.mask()) == 0 && holds(b, a)
                : (y.mask() & ~x.mask()) == 0 && holds(a, b);
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
        return shared(a, b, 0);
    }

    /**
     * The number of words two keys share in order, when it is {@code need} or more; else a number below {@code need}
     * (the words of one key that may be in the other, by their bits), found without comparing them in order.
     */
    public static int shared(String a, String b, int need) {
        return shared(read(a), read(b), need);
    }

    /** {@link #shared(String, String, int)} of two keys whose words are read already. */
    static int shared(Words x, Words y, int need) {
        int may = 0;
        for (String w : x.all()) {
            may += !GAP.equals(w) && (Words.bit(w) & y.mask()) != 0 ? 1 : 0;
        }
        if (may < need) {
            return may;
        }
        String[] xs = x.all();
        String[] ys = y.all();
        int[] prev = new int[ys.length + 1];
        int[] cur = new int[ys.length + 1];
        for (String w : xs) {
            for (int j = 1; j <= ys.length; j++) {
                cur[j] = w.equals(ys[j - 1]) && !GAP.equals(w) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[ys.length];
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
