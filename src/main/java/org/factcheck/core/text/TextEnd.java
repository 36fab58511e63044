package org.factcheck.core.text;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ends a text, white space after it aside: its last word, or one of a list of phrases. A regular expression
 * anchored at the end ({@code ([\p{L}'’]+)\s*$}) is tried at each character of the text until the last word, and
 * the text before a figure is searched so for each figure of a sentence; these read the end only, and find what
 * that expression finds.
 */
public final class TextEnd {
    /** The line breaks other than {@code \n} and {@code \r} before which {@code $} matches when they end a text. */
    private static final String LINE_BREAKS = "\u0085\u2028\u2029";

    private TextEnd() {
    }

    /**
     * Where what ends {@code s} ends: before the white space of {@code \s} that closes it, and before a line break
     * that closes it, which {@code $} stands before.
     */
    public static int end(CharSequence s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && end == s.length() && LINE_BREAKS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
            while (end > 0 && isSpace(s.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    /**
     * Where the word that ends at {@code end} of {@code s} starts: letters ({@code \p{L}}) and apostrophes, and
     * hyphens when {@code hyphens}; {@code end} when the character before it is none of them.
     */
    public static int wordStart(CharSequence s, int end, boolean hyphens) {
        int start = end;
        while (start > 0) {
            int c = Character.codePointBefore(s, start);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && !(hyphens && c == '-')) {
                break;
            }
            start -= Character.charCount(c);
        }
        return start;
    }

    /** The white space of {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Phrases that end a text, spaces after them aside, not after a letter or a digit, case aside: the approximation
     * words before a figure ("près de", "about"). {@link #find} finds what {@code pattern().matcher(text).find()}
     * finds, searching only the end of the text that the longest phrase can cover.
     */
    public static Phrases phrases(Collection<String> words) {
        int longest = 0;
        for (String w : words) {
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                letters += w.charAt(i) == ' ' ? 0 : 1;
            }
            longest = Math.max(longest, letters);
        }
        return new Phrases(Pattern.compile("(?<![\\p{L}\\d])(?:" + Patterns.alternation(words) + ")\\s*$",
                Pattern.CASE_INSENSITIVE), longest);
    }

    /** See {@link #phrases}. */
    public static final class Phrases {
        private final Pattern pattern;
        /** The most characters other than white space a match holds: a phrase's, its spaces aside. */
        private final int longest;

        private Phrases(Pattern pattern, int longest) {
            this.pattern = pattern;
            this.longest = longest;
        }

        /** The expression, anchored at the end of a text. */
        public Pattern pattern() {
            return pattern;
        }

        /**
         * The match of the phrase ending {@code text}, or null. A match holds white space and at most {@link #longest}
         * other characters, each matching one of a phrase's (a space of a phrase matches any run of white space), and
         * $ stands at the end or before a closing line break: so it lies after the {@code longest}-th character from
         * the end that is not white space, and the search starts there, the text before it in sight of the
         * look-behind.
         */
        public Matcher find(String text) {
            int from = text.length();
            if (from > 0 && LINE_BREAKS.indexOf(text.charAt(from - 1)) >= 0) {
                from--;
            }
            int others = 0;
            while (from > 0) {
                if (!isSpace(text.charAt(from - 1))) {
                    if (others == longest) {
                        break;
                    }
                    others++;
                }
                from--;
            }
            Matcher m = pattern.matcher(text);
            m.region(from, text.length());
            m.useTransparentBounds(true);
            return m.find() ? m : null;
        }
    }
}
