package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFoldTest {
    /** The folding as it was done before its tables: the whole text decomposed, then its marks dropped. */
    private static String strippedWhole(String s) {
        return TextFold.stripDecomposed(Normalizer.normalize(s, Normalizer.Form.NFD));
    }

    /** Each character of the text decomposed alone, lower case, its marks dropped, as before the tables. */
    private static String inPlaceOneByOne(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 128) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = c == '’' || c == '‘' ? '\'' : d.charAt(0);
            out.append(Character.toLowerCase(Character.isLetter(base) ? base : c));
        }
        return out.toString();
    }

    @Test
    void everyCharacterFoldsAsTheWholeTextWayFoldsIt() {
        for (char c = 1; c < 0x3000; c++) {
            String one = "x" + c;
            assertEquals(strippedWhole(one), TextFold.stripAccents(one), () -> "U+" + Integer.toHexString(one.charAt(1)));
            assertEquals(inPlaceOneByOne(one), TextFold.foldInPlace(one), () -> "U+" + Integer.toHexString(one.charAt(1)));
        }
    }

    /**
     * Texts of letters with accents, combining marks (which reorder with those before them), ligatures, curly
     * apostrophes, dashes, narrow spaces and characters beyond the tables: the same as decomposing them whole.
     */
    @Test
    void mixedTextsFoldAsTheWholeTextWayFoldsThem() {
        String pool = "aeÉéèçÇœŒæßñøÅ’‘ʼ«» \u00a0\u202f–—…€“”\u0301\u0327\u0323\u031b\u0345ơưǖȘțΆάЁё한漢x";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            String s = b.toString();
            assertEquals(strippedWhole(s), TextFold.stripAccents(s), s);
            assertEquals(inPlaceOneByOne(s), TextFold.foldInPlace(s), s);
            assertEquals(s.length(), TextFold.foldInPlace(s).length(), s);
        }
        assertEquals("Etats-Unis, l'oeuvre, Strasse – 5 €", TextFold.stripAccents("États-Unis, l’œuvre, Straße – 5 €"));
        assertEquals("etats-unis l’œuvre", TextFold.foldInPlace("États-Unis l’œuvre")); // one for one
    }

    @Test
    void aTextWithNothingToChangeIsGivenBackAsItIs() {
        String word = "presidente";
        assertSame(word, TextFold.stripAccents(word));
        assertSame(word, TextFold.lettersOfFolded(word));
        String spaced = "le ministre a dit";
        assertSame(spaced, TextFold.whitespace(spaced));
        assertEquals("sunwoo", TextFold.lettersOfFolded("sun-woo"));
        assertEquals("l'etat", TextFold.lettersOfFolded("l'etat"));
        assertEquals("a b c", TextFold.whitespace(" a\u00a0 b\n\tc "));
        for (String s : new String[] {" a", "a ", "a  b", "a\u00a0b", "a\tb", "a\u202fb", " "}) {
            String w = TextFold.whitespace(s);
            assertNotSame(s, w, s);
            assertEquals(w.strip(), w);
            assertEquals(-1, w.indexOf("  "), s);
        }
        assertEquals("", TextFold.whitespace(""));
        assertEquals("", TextFold.whitespace(" \n "));
    }

    @Test
    void anAsciiCharacterIsLowerCasedAsJavaDoesAndAnythingButALetterIsLeftAlone() {
        for (char c = 0; c < 128; c++) {
            assertEquals(Character.toLowerCase(c), TextFold.lowerAscii(c), "U+" + Integer.toHexString(c));
        }
        assertEquals('@', TextFold.lowerAscii('@'), "the character before A");
        assertEquals('[', TextFold.lowerAscii('['), "the character after Z");
        assertEquals("l'etat-major a 25 ans", TextFold.foldInPlace("L'ÉTAT-MAJOR A 25 ANS"));
    }

    /**
     * A space to the table of Latin-1 characters is one to Java's tables, for every character, and beyond: every code
     * point, as a blank draft is read.
     */
    @Test
    void everyCharacterIsASpaceAsJavaSaysIt() {
        int spaces = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean java = Character.isWhitespace(c) || Character.isSpaceChar(c);
            int x = c;
            assertEquals(java, TextFold.isSpace(c), () -> String.format("U+%04X", x));
            spaces += java ? 1 : 0;
        }
        assertTrue(TextFold.isSpace('\u00a0') && TextFold.isSpace('\u202f') && TextFold.isSpace('\t'),
                "the no-break spaces and a tab");
        assertFalse(TextFold.isSpace('a') || TextFold.isSpace('\u200b'), "a letter, a zero-width space");
        assertTrue(spaces > 20, "spaces found: " + spaces);
    }
}
