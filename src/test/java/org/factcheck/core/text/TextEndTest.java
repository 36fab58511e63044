package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TextEndTest {
    /** The patterns reading from the end replaces: a word ending the text, with hyphens and without. */
    private static final Pattern WORD_WITH_HYPHENS = Pattern.compile("([\\p{L}'’-]+)\\s*$");
    private static final Pattern WORD = Pattern.compile("([\\p{L}'’]+)\\s*$");

    /** Letters, marks, digits, the white space of \s and other, line breaks, a letter of two chars. */
    private static final String ALPHABET = "ab é'’-,1 \t\n\r\u00a0\u2028\u0085𝐀";

    @Test
    void readsTheWordEndingTheText() {
        assertEquals("hausse", word("le chômage est en hausse ", true));
        assertEquals("aujourd'hui", word("prévu aujourd'hui", true));
        assertEquals("rose", word("sales rose\n", true));
        assertEquals("peut-être", word("soit peut-être", true));
        assertEquals("être", word("soit peut-être", false));
        assertEquals("ces", word("avec ces \u2028", false)); // $ stands before a line break closing the text
        assertNull(word("soit 12,", true));
        assertNull(word("", true));
    }

    @Test
    void findsTheWordThePatternFinds() {
        Random random = new Random(3);
        for (int i = 0; i < 40_000; i++) {
            String text = random(random, ALPHABET, 10);
            for (boolean hyphens : new boolean[] {true, false}) {
                Matcher m = (hyphens ? WORD_WITH_HYPHENS : WORD).matcher(text);
                String found = m.find() ? m.group(1) : null;
                assertEquals(found, word(text, hyphens), () -> "on [" + text + "]");
                if (found != null) {
                    assertEquals(m.start(1), TextEnd.wordStart(text, TextEnd.end(text), hyphens));
                }
            }
        }
    }

    @Test
    void findsAPhraseEndingTheTextOnlyThere() {
        TextEnd.Phrases p = TextEnd.phrases(List.of("près de", "environ", "about"));
        Matcher m = p.find("un recul de près  de ");
        assertNotNull(m);
        assertEquals("près  de ", m.group());
        assertEquals(12, m.start());
        assertNotNull(p.find("About"));
        assertNull(p.find("environ 12 ou"));
        assertNull(p.find("naboutissait à")); // a letter before it
        assertNull(p.find("xabout")); // a letter before it, outside the stretch searched
        assertNull(TextEnd.phrases(List.of()).find("environ"));
    }

    @Test
    void findsThePhraseThePatternFinds() {
        TextEnd.Phrases p = TextEnd.phrases(List.of("ab", "b a", "é b", "a"));
        Random random = new Random(5);
        for (int i = 0; i < 40_000; i++) {
            String text = random(random, ALPHABET, 12);
            Matcher whole = p.pattern().matcher(text);
            Matcher end = p.find(text);
            boolean found = whole.find();
            assertEquals(found, end != null, () -> "on [" + text + "]");
            if (found) {
                assertEquals(whole.start(), end.start(), () -> "on [" + text + "]");
                assertEquals(whole.end(), end.end(), () -> "on [" + text + "]");
            }
        }
    }

    private static String word(String s, boolean hyphens) {
        int end = TextEnd.end(s);
        int start = TextEnd.wordStart(s, end, hyphens);
        return start == end ? null : s.substring(start, end);
    }

    private static String random(Random random, String alphabet, int most) {
        StringBuilder s = new StringBuilder();
        for (int k = random.nextInt(most); k > 0; k--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
