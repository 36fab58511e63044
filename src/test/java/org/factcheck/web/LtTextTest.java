package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** The text a LanguageTool client sends, as the checker reads it, and each span of that back in what was sent. */
class LtTextTest {

    /** The span of {@code t}'s original that the checked span of {@code word} stands for. */
    private static String back(LtText t, String word) {
        int start = t.checked().indexOf(word);
        return t.original().substring(t.originalStart(start), t.originalEnd(start + word.length()));
    }

    @Test
    void plainTextIsCheckedAsSent() {
        LtText t = LtText.ofText("😀 Hélène dit « oui ».");
        assertEquals(t.original(), t.checked());
        assertEquals("Hélène", back(t, "Hélène"));
        assertEquals(3, t.originalStart(t.checked().indexOf("Hélène")), "an emoji is two UTF-16 code units");
    }

    @Test
    void decomposedAccentsAreCheckedComposedAndMapBackWhole() {
        String sent = Normalizer.normalize("Le maire d'Évreux, Hélène Léger, à Évreux.", Normalizer.Form.NFD);
        LtText t = LtText.ofText(sent);
        assertEquals(Normalizer.normalize(sent, Normalizer.Form.NFC), t.checked());
        int start = t.checked().indexOf("Hélène");
        String back = sent.substring(t.originalStart(start), t.originalEnd(start + "Hélène".length()));
        assertEquals(Normalizer.normalize("Hélène", Normalizer.Form.NFD), back);
        int last = t.checked().lastIndexOf("Évreux");
        assertEquals(sent.lastIndexOf("E\u0301vreux"), t.originalStart(last));
    }

    @Test
    void lineBreaksAndTheByteOrderMarkAreReadAsTheExtractorReadsThem() {
        LtText t = LtText.ofText("\uFEFFUn.\r\nDeux.\rTrois.");
        assertEquals("Un.\nDeux.\nTrois.", t.checked());
        assertEquals("Deux.", back(t, "Deux."));
        assertEquals("\r\n", back(t, "\n"));
        assertEquals("Trois.", back(t, "Trois."));
    }

    @Test
    void markupCountsButIsReadAsItsInterpretationOrNothing() {
        LtText t = LtText.ofData("{\"annotation\":[{\"text\":\"😀 Un \"},{\"markup\":\"<b>\"},{\"text\":\"mot\"},"
                + "{\"markup\":\"</b>\"},{\"markup\":\"<p>\",\"interpretAs\":\"\\n\\n\"},{\"text\":\"Fin.\"}]}");
        assertEquals("😀 Un <b>mot</b><p>Fin.", t.original());
        assertEquals("😀 Un mot\n\nFin.", t.checked());
        assertEquals("mot", back(t, "mot"));
        assertEquals("Fin.", back(t, "Fin."));
        assertEquals("<p>", back(t, "\n\n"), "an interpretation stands for its markup");
    }

    @Test
    void malformedDataIsABadRequest() {
        assertEquals(400, assertThrows(ApiException.class, () -> LtText.ofData("{")).status());
        assertEquals(400, assertThrows(ApiException.class, () -> LtText.ofData("{\"annotation\":{}}")).status());
        assertEquals(400, assertThrows(ApiException.class,
                () -> LtText.ofData("{\"annotation\":[{\"text\":\"a\",\"markup\":\"b\"}]}")).status());
    }
}
