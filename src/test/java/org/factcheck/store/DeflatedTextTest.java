package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;

class DeflatedTextTest {
    @Test
    void aTextComesBackAsItWasAndSmaller() {
        StringBuilder long_ = new StringBuilder();
        Random random = new Random(7);
        while (long_.length() < 3_000_000) {
            long_.append("« Le taux a atteint ").append(random.nextInt(100)).append(" % », a dit l’élue 😀. ");
        }
        for (String text : new String[] {"", "a", "{\"text\":\"Qin Gang, ministre\"}", "\uD83D\uDE00\u00A0\u2019",
                long_.toString()}) {
            byte[] deflated = DeflatedText.deflate(text);
            assertEquals(text, DeflatedText.inflate(deflated));
            if (text.length() > 1000) {
                assertTrue(deflated.length * 4 < text.getBytes(StandardCharsets.UTF_8).length, deflated.length
                        + " bytes");
            }
        }
    }

    /** zlib's format, which any tool reads: a header, the deflated bytes, a checksum of the text. */
    @Test
    void theBytesAreZlibsFormat() throws Exception {
        String text = "Le ministre a parlé deux fois, et deux fois le ministre a parlé.";
        byte[] deflated = DeflatedText.deflate(text);
        Inflater inflater = new Inflater();
        inflater.setInput(deflated);
        byte[] out = new byte[1000];
        int n = inflater.inflate(out);
        assertTrue(inflater.finished());
        inflater.end();
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(out, n));
    }

    @Test
    void damagedOrCutBytesAreRefusedWithTheirCause() {
        byte[] deflated = DeflatedText.deflate("Un texte assez long pour être deflaté, un texte assez long.");
        byte[] damaged = deflated.clone();
        damaged[damaged.length - 1] ^= 0x55;
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> DeflatedText.inflate(damaged));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        byte[] cut = Arrays.copyOf(deflated, deflated.length - 6);
        e = assertThrows(UncheckedIOException.class, () -> DeflatedText.inflate(cut));
        assertTrue(e.getMessage().contains("ends before its end"), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> DeflatedText.inflate(new byte[0]));
    }
}
