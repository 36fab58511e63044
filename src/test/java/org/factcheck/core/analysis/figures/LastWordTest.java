package org.factcheck.core.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LastWordTest {
    /** The pattern the reading from the end replaces: a word of letters, apostrophes and hyphens ending the text. */
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}'’-]+)\\s*$");

    @Test
    void readsTheWordEndingTheText() {
        assertEquals("hausse", FigureReader.lastWord("le chômage est en hausse "));
        assertEquals("aujourd'hui", FigureReader.lastWord("prévu aujourd'hui"));
        assertEquals("rose", FigureReader.lastWord("sales rose\n"));
        assertNull(FigureReader.lastWord("soit 12,"));
        assertNull(FigureReader.lastWord(""));
    }

    @Test
    void findsWhatThePatternFinds() {
        String alphabet = "ab é'’-,1 \t\n\u00a0\u2028\u0085𝐀";
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            Matcher m = LAST_WORD.matcher(text);
            assertEquals(m.find() ? m.group(1) : null, FigureReader.lastWord(text), () -> "on [" + text + "]");
        }
    }
}
