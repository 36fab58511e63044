package org.factcheck.core.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folding for comparisons: accents, case, ligatures, typographic apostrophes and white space. */
public final class TextFold {
    private TextFold() {
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
        StringBuilder out = new StringBuilder(s.length());
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
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

    /** {@link #letters} of a form already folded (a token's {@link Token#folded()}). */
    public static String lettersOfFolded(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\'') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Runs of white space as one space, trimmed. */
    public static String whitespace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            if (c == '’' || c == '‘') {
                base = '\'';
            }
            out.append(Character.toLowerCase(d.length() > 0 && Character.isLetter(base) ? base : c));
        }
        return out.toString();
    }
}
