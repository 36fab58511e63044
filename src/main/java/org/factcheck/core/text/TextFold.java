package org.factcheck.core.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folding for comparisons: accents, case, ligatures, typographic apostrophes and white space. */
public final class TextFold {
    private TextFold() {
    }

    /**
     * What {@link #stripAccents} and {@link #foldInPlace} make of each Latin character (below U+0300) and each
     * punctuation or currency sign of news copy (U+2000 to U+20CF: dashes, curly quotes, narrow spaces, the euro),
     * worked out once, as the whole-string way works it out, at the first character outside ASCII a draft has (a
     * draft in ASCII never loads Java's decomposition tables). A text of these characters alone is then folded a
     * character at a time, where each call decomposed it whole (a tenth of what a check allocated).
     */
    private static final class Tables {
        static final String[] STRIPPED = new String[TABLED];
        static final char[] IN_PLACE = new char[TABLED];

        static {
            for (int i = 0; i < TABLED; i++) {
                char c = tabledChar(i);
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                // A character whose decomposition starts with a combining mark may reorder with the marks of the
                // one before it, and is decomposed with its text whole: none is tabled.
                STRIPPED[i] = startsWithMark(d) ? null : stripDecomposed(d);
                IN_PLACE[i] = foldOne(c, d);
            }
        }
    }

    private static final int LATIN = 0x300;
    private static final int PUNCTUATION = 0x2000;
    private static final int PUNCTUATION_END = 0x20D0;
    /**
     * How many characters have a place in tables of characters worked out once (here, and {@link RequiredText}'s):
     * the Latin ones, then those from U+2000 to U+20CF.
     */
    static final int TABLED = LATIN + PUNCTUATION_END - PUNCTUATION;

    /** Where {@code c} is in tables of {@link #TABLED} characters, or -1. */
    static int tabled(char c) {
        return c < LATIN ? c : c >= PUNCTUATION && c < PUNCTUATION_END ? LATIN + c - PUNCTUATION : -1;
    }

    /** The character at place {@code i} of tables of {@link #TABLED} characters ({@link #tabled}'s inverse). */
    static char tabledChar(int i) {
        return (char) (i < LATIN ? i : PUNCTUATION + i - LATIN);
    }

    /** Accents and ligatures removed ({@code œ} to {@code oe}), case kept: {@code "États"} to {@code "Etats"}. */
    public static String stripAccents(String s) {
        int ascii = 0;
        while (ascii < s.length() && s.charAt(ascii) < 0x80) {
            ascii++;
        }
        if (ascii == s.length()) {
            return s; // ASCII: no accent, no ligature, no curly apostrophe (most words, every given name of many lists)
        }
        // The canonical decomposition of a text of characters whose own decompositions start with no combining mark
        // is theirs end to end, and so is what is left of it
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, ascii);
        for (int i = ascii; i < s.length(); i++) {
            int at = tabled(s.charAt(i));
            String stripped = at < 0 ? null : Tables.STRIPPED[at];
            if (stripped == null) {
                return stripDecomposed(Normalizer.normalize(s, Normalizer.Form.NFD));
            }
            out.append(stripped);
        }
        return out.toString();
    }

    /** A text in canonical decomposition without its accents, its ligatures written out, its apostrophes straight. */
    static String stripDecomposed(String d) {
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'ß' -> out.append("ss");
                case '’', '‘', 'ʼ' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean startsWithMark(String d) {
        int type = d.isEmpty() ? Character.NON_SPACING_MARK : Character.getType(d.charAt(0));
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Accents stripped and lower case: the form used to compare words. */
    public static String fold(String s) {
        return stripAccents(s).toLowerCase(Locale.ROOT);
    }

    /**
     * {@link #fold} without hyphens and white space: what two spellings of one term share. Apostrophes count
     * ({@code Polaroid's} is not {@code Polaroids}).
     */
    public static String letters(String s) {
        return lettersOfFolded(fold(s));
    }

    /** {@link #letters} of a form already folded (a token's {@link Token#folded()}): itself when all are kept. */
    public static String lettersOfFolded(String folded) {
        int kept = 0;
        while (kept < folded.length() && kept(folded.charAt(kept))) {
            kept++;
        }
        if (kept == folded.length()) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length()).append(folded, 0, kept);
        for (int i = kept + 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (kept(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean kept(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    /** The characters below 256 that {@link #isSpace} takes for a space, looked up rather than asked of Java. */
    private static final boolean[] LATIN_SPACES = new boolean[256];

    static {
        for (int c = 0; c < LATIN_SPACES.length; c++) {
            LATIN_SPACES[c] = javaSpace(c);
        }
    }

    /**
     * Whether the character or code point {@code c} is a space of any kind: white space to Java
     * ({@link Character#isWhitespace}) or a Unicode space separator ({@link Character#isSpaceChar}: the no-break spaces
     * too). The one test of a space for paragraphs, sentences, words, quotation marks, the keys of duplicates and a
     * blank draft, which ask it of each character of a draft several times: those of Latin-1 from a table, two lookups
     * in Java's tables apiece otherwise.
     */
    public static boolean isSpace(int c) {
        return c >= 0 && c < LATIN_SPACES.length ? LATIN_SPACES[c] : javaSpace(c);
    }

    private static boolean javaSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Runs of white space as one space, trimmed: a text that has none but single spaces between words as it is. */
    public static String whitespace(CharSequence s) {
        if (s instanceof String text && spacedOnce(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean spacedOnce(String s) {
        boolean afterSpace = true; // (a space first is one too many)
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean white = isSpace(c);
            if (white && (c != ' ' || afterSpace)) {
                return false;
            }
            afterSpace = white;
        }
        return !afterSpace || s.isEmpty();
    }

    /** How many characters of {@code s} carry a diacritic. */
    public static int accents(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            String one = String.valueOf(s.charAt(i));
            if (!stripAccents(one).equals(one) && Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    /**
     * Lower case without accents, one character for one (ligatures and apostrophes as written): for matching in
     * a text whose offsets must stay valid. {@link #fold} is the comparison key.
     */
    public static String foldInPlace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                out.append(lowerAscii(c));
            } else {
                int at = tabled(c);
                out.append(at >= 0 ? Tables.IN_PLACE[at] : foldOne(c, Normalizer.normalize(String.valueOf(c),
                        Normalizer.Form.NFD)));
            }
        }
        return out.toString();
    }

    /** One character of {@link #foldInPlace}, {@code d} its canonical decomposition: lower case, no accent. */
    private static char foldOne(char c, String d) {
        if (c < 128) {
            return lowerAscii(c);
        }
        char base = d.charAt(0);
        if (c == '’' || c == '‘') {
            base = '\'';
        }
        return Character.toLowerCase(d.length() > 0 && Character.isLetter(base) ? base : c);
    }

    /** An ASCII character in lower case: the one case rule of {@link #foldInPlace} and of case-blind matching. */
    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
