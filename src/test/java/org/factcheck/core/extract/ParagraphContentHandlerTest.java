package org.factcheck.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

/** The handler fed by hand with the SAX events Tika emits. */
class ParagraphContentHandlerTest {
    private static void element(ParagraphContentHandler h, String name, String text) throws Exception {
        h.startElement("", name, name, new AttributesImpl());
        h.characters(text.toCharArray(), 0, text.length());
        h.endElement("", name, name);
    }

    @Test
    void blocksBecomeParagraphsAndTheHeadIsNotText() throws Exception {
        ParagraphContentHandler h = new ParagraphContentHandler(1000, 60);
        h.startDocument();
        h.startElement("", "head", "head", new AttributesImpl());
        element(h, "title", "Titre de page");
        h.endElement("", "head", "head");
        element(h, "h1", "  Un   titre ");
        element(h, "p", "Un\nparagraphe.");
        element(h, "td", "cellule");
        h.characters(" texte libre ".toCharArray(), 0, 13);
        h.endDocument();
        assertEquals("Un titre\n\nUn paragraphe.\n\ncellule\n\ntexte libre", h.text());
    }

    @Test
    void writeLimitStopsTheParse() throws Exception {
        ParagraphContentHandler h = new ParagraphContentHandler(10, 60);
        ParagraphContentHandler.LimitReached e = assertThrows(ParagraphContentHandler.LimitReached.class,
                () -> element(h, "p", "plus de dix caractères"));
        assertEquals(false, e.time());
    }

    @Test
    void theTimeLimitStopsAParseOfEmptyElements() throws Exception {
        // No time at all: the first look at the clock, after a few thousand events, stops it.
        ParagraphContentHandler h = new ParagraphContentHandler(1000, 0);
        ParagraphContentHandler.LimitReached e = assertThrows(ParagraphContentHandler.LimitReached.class, () -> {
            for (int i = 0; i < 10_000; i++) {
                h.startElement("", "p", "p", new AttributesImpl());
                h.endElement("", "p", "p");
            }
        });
        assertEquals(true, e.time());
        assertEquals("reading the document took more than 0 s", e.getMessage());
    }
}
