package org.factcheck.core.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.facts.Span;
import org.factcheck.core.text.TextFold;

/**
 * Refuses a text that is not prose a newsroom writes, before any analysis: one paragraph printed dozens of times
 * (a draft repeats a paragraph by mistake once or twice, a script's loop thousands of times), or quotation marks in
 * numbers no text of words has (a run of marks, quotations nested thousands deep). The analysis of such a text would
 * be bounded anyway (its caps), but its report would be noise: the answer names the limit instead.
 */
public final class DraftShape {
    /** The most copies of one paragraph of {@value #MIN_WORDS} words or more that a draft may print. */
    public static final int MAX_PARAGRAPH_COPIES = 20;
    /** Paragraphs shorter than this (a dash, "Photo", a sign-off) may be repeated at will. */
    static final int MIN_WORDS = 4;
    /** Quotation marks are counted against the words only past this many. */
    public static final int MIN_MARKS = 200;
    /** Double quotation marks of every typography; single ones are apostrophes too often to count. */
    private static final String MARKS = "\"«»“”„‟";

    private DraftShape() {
    }

    /** @throws DraftException.NotProse naming the limit the text passes */
    public static void require(String text, List<Span> paragraphs) throws DraftException.NotProse {
        Map<String, Integer> copies = new HashMap<>();
        for (Span p : paragraphs) {
            String folded = TextFold.whitespace(p.text()); // as the duplicate rules fold it
            if (words(folded) >= MIN_WORDS && copies.merge(folded, 1, Integer::sum) > MAX_PARAGRAPH_COPIES) {
                throw new DraftException.NotProse("one paragraph is printed more than " + MAX_PARAGRAPH_COPIES
                        + " times (\"" + abbreviate(folded) + "\")");
            }
        }
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0) {
                marks++;
            }
        }
        if (marks > MIN_MARKS) {
            int words = words(text);
            if (2L * marks > words) {
                throw new DraftException.NotProse("the text has " + marks + " quotation marks for " + words
                        + " words (at most one for two words)");
            }
        }
    }

    /** Runs of letters or digits. */
    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
