package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text helpers of the generator: paragraphs, sentences, words, occurrences. */
final class Texts {
    /** The longest planted text made by widening a wrong token until it is unique. */
    static final int MAX_PLANTED = 80;

    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n\\s*");
    /** A sentence ends at . ! ? (and a closing mark after it) before white space and a capital, digit or opening mark. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[»”\"’)]*(?=\\s+[«“\"(\\p{Lu}\\d])");
    private static final Set<String> ABBREVIATIONS = Set.of("M", "Mme", "Mlle", "Me", "Mr", "Mrs", "Ms", "Dr", "St",
            "Jr", "Sr", "No", "U.S", "U.K", "etc", "av", "J.-C", "Prof", "Gen", "Lt", "Col", "Sgt", "Rev", "vs", "Inc",
            "Ltd", "Co", "Corp", "Mt", "ca", "cf", "p", "pp");

    private Texts() {
    }

    /** Where the body starts: after the headline and the blank line under it. */
    static int bodyStart(String text) {
        Matcher m = BLANK_LINE.matcher(text);
        return m.find() ? m.end() : 0;
    }

    /** The body's paragraphs (blank-line separated), without their trailing line break. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int from = bodyStart(text);
        Matcher m = BLANK_LINE.matcher(text);
        while (from < text.length()) {
            int end = m.find(from) ? m.start() : text.length();
            int e = end;
            while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > from) {
                out.add(new Span(from, e));
            }
            from = end == text.length() ? end : m.end();
        }
        return out;
    }

    /** The sentences of one paragraph. */
    static List<Span> sentences(String text, Span paragraph) {
        List<Span> out = new ArrayList<>();
        int from = paragraph.start();
        Matcher m = SENTENCE_END.matcher(text).region(paragraph.start(), paragraph.end());
        while (m.find()) {
            if (text.charAt(m.start()) == '.' && ABBREVIATIONS.contains(wordBefore(text, m.start()))
                    || text.charAt(m.start()) == '.' && wordBefore(text, m.start()).matches("\\p{Lu}")) {
                continue;
            }
            out.add(new Span(from, m.end()));
            from = skipSpace(text, m.end());
        }
        if (from < paragraph.end()) {
            out.add(new Span(from, paragraph.end()));
        }
        return out;
    }

    /** Every sentence of the body, in order. */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs(text)) {
            out.addAll(sentences(text, p));
        }
        return out;
    }

    /** The word (letters, dots and hyphens) that ends just before {@code offset}. */
    static String wordBefore(String text, int offset) {
        int s = offset;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.' || text.charAt(s - 1) == '-')) {
            s--;
        }
        return text.substring(s, offset);
    }

    static int skipSpace(String text, int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Non-overlapping occurrences of {@code needle}. */
    static int count(String hay, String needle) {
        int n = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** Whether {@code word} occurs in the text as a whole word (no letter or digit on either side). */
    static boolean hasWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(text).find();
    }

    /** Start offsets of {@code word} as a whole word. */
    static List<Integer> wordOffsets(String text, String word) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\d'’-])" + Pattern.quote(word) + "(?![\\p{L}\\d-])").matcher(text);
        while (m.find()) {
            out.add(m.start());
        }
        return out;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * The shortest run of whole words around {@code mark} that occurs exactly once in {@code text}, widened a word at
     * a time to the right, then to the left; null past {@link #MAX_PLANTED} chars.
     */
    static String uniqueAround(String text, Span mark) {
        int s = mark.start();
        int e = mark.end();
        for (int step = 0; e - s <= MAX_PLANTED; step++) {
            String candidate = text.substring(s, e);
            if (count(text, candidate) == 1) {
                return candidate;
            }
            int ne = step % 2 == 0 ? nextWordEnd(text, e) : e;
            int ns = step % 2 == 1 || ne == e ? previousWordStart(text, s) : s;
            if (ne == e && ns == s) {
                return null;
            }
            s = ns;
            e = ne;
        }
        return null;
    }

    private static int nextWordEnd(String text, int e) {
        int i = e;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int previousWordStart(String text, int s) {
        int i = s;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether {@code offset} begins a sentence: only white space since the paragraph start, or after . ! ? and marks. */
    static boolean sentenceStart(String text, int offset) {
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) == '\n') {
            return true;
        }
        while (i > 0 && "»”\"’)".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…".indexOf(text.charAt(i - 1)) >= 0;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The paragraph holding {@code offset}, or null. */
    static Span paragraphAt(List<Span> paragraphs, int offset) {
        for (Span p : paragraphs) {
            if (p.start() <= offset && offset <= p.end()) {
                return p;
            }
        }
        return null;
    }
}
