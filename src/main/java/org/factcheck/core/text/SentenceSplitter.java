package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;

/**
 * Splits a paragraph into sentences. A sentence ends at {@code . ! ? …} (with any closing quotation marks or
 * brackets after it) followed by white space and an upper-case letter, a digit, an opening mark or a dash; not
 * after an abbreviation from the language's {@code abbreviations} list ({@code M.}, {@code Mme}, {@code Dr.},
 * {@code U.S.}) nor after a single capital (an initial, as in {@code J. Smith}), unless the abbreviation is one that
 * may close a sentence and a capitalized function word follows ({@code etc. Les}).
 */
public final class SentenceSplitter {
    private static final String CLOSERS = "»”\"'’)]›";
    private static final String OPENERS = "«“\"'‘([‹—–-„•▪■►";
    private final Lexicon lexicon;

    public SentenceSplitter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Span> split(String text, Span paragraph) {
        List<Span> out = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < end && ".!?…".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                int k = skipClosers(text, j, end);
                if (k < end && TextFold.isSpace(text.charAt(k)) && startsSentence(text, k, end)
                        && !(c == '.' && j == i + 1 && abbreviation(text, start, i, k, end))) {
                    add(text, start, k, out);
                    start = k;
                }
                i = Math.max(k, i + 1);
            } else {
                i++;
            }
        }
        add(text, start, end, out);
        return out;
    }

    /** Past closing marks, also those set off by a space as in French ({@code fin. »}). */
    private static int skipClosers(String text, int j, int end) {
        int k = j;
        while (true) {
            int m = k;
            while (m < end && TextFold.isSpace(text.charAt(m))) {
                m++;
            }
            if (m < end && CLOSERS.indexOf(text.charAt(m)) >= 0 && (m == k || text.charAt(m) == '»'
                    || text.charAt(m) == '›')) {
                k = m + 1;
            } else {
                return k;
            }
        }
    }

    private static boolean startsSentence(String text, int k, int end) {
        int m = k;
        while (m < end && TextFold.isSpace(text.charAt(m))) {
            m++;
        }
        if (m >= end) {
            return false;
        }
        char n = text.charAt(m);
        return Character.isUpperCase(n) || Character.isDigit(n) || OPENERS.indexOf(n) >= 0;
    }

    /**
     * Whether the period at {@code dot} ends an abbreviation or an initial rather than a sentence. An abbreviation
     * that may close a sentence ({@code etc.}, {@code U.S.}) does end it when the next word, at {@code next}, is a
     * capitalized function word ({@code etc. Les}, {@code the U.S. The}).
     */
    private boolean abbreviation(String text, int from, int dot, int next, int end) {
        int b = dot;
        while (b > from && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot);
        if (!isAbbreviation(lexicon, word)) {
            return false;
        }
        if (initial(word)) {
            return true;
        }
        boolean mayEnd = lexicon.has("sentence-final-abbreviations", word)
                || lexicon.has("sentence-final-abbreviations", word + ".");
        return !(mayEnd && lexicon.has("function-words", nextWord(text, next, end).toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a word before a period is an abbreviation ("M.", "Dr.", "U.S."): an initial, or a word of the
     * language's {@code abbreviations} list, written there with or without its period.
     */
    static boolean isAbbreviation(Lexicon lexicon, String word) {
        return initial(word) || !word.isEmpty()
                && (lexicon.has("abbreviations", word) || lexicon.has("abbreviations", word + "."));
    }

    private static boolean initial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static String nextWord(String text, int from, int end) {
        int a = from;
        while (a < end && !Character.isLetter(text.charAt(a))) {
            a++;
        }
        int b = a;
        while (b < end && Character.isLetter(text.charAt(b))) {
            b++;
        }
        return text.substring(a, b);
    }

    private static void add(String text, int from, int to, List<Span> out) {
        while (from < to && TextFold.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && TextFold.isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(Span.of(text, from, to));
        }
    }
}
