package org.factcheck.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

class DocumentExtractorTest {
    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void plainTextIsKeptVerbatimWithItsLineBreaks() throws Exception {
        ExtractedDocument doc = extractor.extract("Titre\r\n\r\nPremier paragraphe.\r\nDeuxième.\n".getBytes(StandardCharsets.UTF_8), "draft.txt");
        assertEquals("Titre\n\nPremier paragraphe.\nDeuxième.\n", doc.text());
        assertEquals("text/plain", doc.contentType());
    }

    @Test
    void plainTextCharsetIsDetected() throws Exception {
        String text = "Le président a déclaré qu'il était très satisfait de l'été, à Besançon et à Nîmes.\n";
        ExtractedDocument doc = extractor.extract(text.getBytes(Charset.forName("windows-1252")), "draft.txt");
        assertEquals(text, doc.text());
    }

    @Test
    void markdownIsReadAsText() throws Exception {
        ExtractedDocument doc = extractor.extract("# Titre\n\nUn paragraphe.\n".getBytes(StandardCharsets.UTF_8), "draft.md");
        assertEquals("# Titre\n\nUn paragraphe.\n", doc.text());
    }

    @Test
    void textIsNormalizedToComposedForm() throws Exception {
        ExtractedDocument doc = extractor.extract("E\u0301tats-Unis".getBytes(StandardCharsets.UTF_8), "d.txt");
        assertEquals("États-Unis", doc.text());
    }

    @Test
    void htmlKeepsTheArticleParagraphsAndDropsPageFurniture() throws Exception {
        String html = """
                <!DOCTYPE html><html lang="fr"><head><title>Le titre</title>
                <meta name="article:published_time" content="2025-11-24T08:00:00Z">
                <style>p { color: red }</style><script>var x = "« non fermé";</script></head>
                <body><header>Menu du site</header><nav><a href="/">Accueil</a> Rubriques</nav>
                <article><h1>Le   grand
                titre</h1><p>Premier paragraphe,
                  sur deux lignes.</p><ul><li>Un point</li><li>Un autre</li></ul>
                <table><tr><td>A1</td><td>B1</td></tr></table><p>Fin<br>après un saut.</p></article>
                <aside>Lire aussi</aside><footer>© Journal</footer></body></html>""";
        ExtractedDocument doc = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "page.html");
        assertEquals("Le grand titre\n\nPremier paragraphe, sur deux lignes.\n\nUn point\n\nUn autre\n\nA1\n\nB1\n\nFin\n\naprès un saut.",
                doc.text());
        assertEquals("Le titre", doc.title());
        assertEquals(LocalDate.of(2025, 11, 24), doc.date());
        assertEquals("text/html", doc.contentType());
    }

    @Test
    void docxParagraphsHeadingsAndCellsAreSeparateAndHeadersAreLeftOut() throws Exception {
        byte[] docx = Drafts.docx("Un titre", "Premier paragraphe.", "Deuxième paragraphe.");
        ExtractedDocument doc = extractor.extract(docx, "draft.docx");
        assertEquals("Un titre\n\nPremier paragraphe.\n\nDeuxième paragraphe.\n\nCellule un\n\nCellule deux", doc.text());
        assertEquals("Titre du document", doc.title());
        assertEquals(LocalDate.of(2024, 3, 5), doc.date());
        assertTrue(doc.contentType().contains("wordprocessingml"), doc.contentType());
    }

    /**
     * A document embedded in a draft (here a workbook: in a .docx as Word embeds a sheet, attached to a .pdf, as an OLE
     * object of an .rtf, as an object of an .odt) is not the draft's text: neither its name nor its cells are read,
     * though Tika's parsers read them by default (checked first, so that each draft does embed what it should).
     */
    @Test
    void anEmbeddedDocumentIsSkippedInEveryFormat() throws Exception {
        String[] paras = {"Le conseil a vote le budget lundi.", "La maire a presente les comptes."};
        String cell = "Recettes du classeur joint";
        byte[] workbook = Drafts.xlsx(cell, 987654);
        java.util.Map<String, byte[]> drafts = new java.util.LinkedHashMap<>();
        drafts.put("draft.docx", Drafts.docxWithEmbeddedWorkbook(workbook, paras));
        drafts.put("draft.pdf", Drafts.pdfWithAttachedFile("comptes.xlsx", workbook, paras));
        drafts.put("draft.rtf", Drafts.rtfWithEmbeddedWorkbook(workbook, paras));
        drafts.put("draft.odt", Drafts.odtWithEmbeddedSheet(cell + " 987654", paras));
        for (java.util.Map.Entry<String, byte[]> draft : drafts.entrySet()) {
            String byDefault = tikaByDefault(draft.getValue());
            assertTrue(byDefault.contains(cell) && byDefault.contains("987654"),
                    draft.getKey() + " embeds the workbook, which Tika reads by default: " + byDefault);
            ExtractedDocument doc = extractor.extract(draft.getValue(), draft.getKey());
            assertEquals(paras[0] + "\n\n" + paras[1], doc.text(), draft.getKey());
            assertEquals(List.of(paras[0], paras[1]), doc.paragraphs().stream().map(Span::text).toList(),
                    draft.getKey());
        }
        byte[] odt = Drafts.odt(paras);
        assertTrue(odt == DocumentExtractor.withoutEmbeddedObjects(odt), "an .odt that embeds no object is read as it is");
    }

    /** What Tika's parsers of the accepted formats read of a document, with Tika's defaults for embedded ones. */
    private static String tikaByDefault(byte[] content) throws Exception {
        org.apache.tika.sax.BodyContentHandler handler = new org.apache.tika.sax.BodyContentHandler(-1);
        org.apache.tika.parser.AutoDetectParser tika = new org.apache.tika.parser.AutoDetectParser(
                new org.apache.tika.parser.microsoft.ooxml.OOXMLParser(), new org.apache.tika.parser.pdf.PDFParser(),
                new org.apache.tika.parser.microsoft.rtf.RTFParser(), new org.apache.tika.parser.odf.OpenDocumentParser());
        try (java.io.InputStream in = org.apache.tika.io.TikaInputStream.get(content)) {
            tika.parse(in, handler, new org.apache.tika.metadata.Metadata(), new org.apache.tika.parser.ParseContext());
        }
        return handler.toString();
    }

    /**
     * A PDF whose font names a predefined encoding that PDFBox does not hold is refused, saying which: the CLI jar and
     * the WAR leave out the encodings of Chinese, Japanese and Korean (PackagingIT); the tests' PDFBox has them all.
     */
    @Test
    void aPdfInAnEncodingTheBuildDoesNotHoldIsRefusedSayingWhich() throws Exception {
        String line = "Le conseil a vote le budget lundi.";
        String read = extractor.extract(Drafts.pdfWithPredefinedEncoding("UniJIS-UCS2-H", line), "tokyo.pdf").text();
        assertTrue(read.contains(line) && read.contains("\u65E5\u672C"), read); // the library whole reads both
        DraftException refused = assertThrows(DraftException.Unsupported.class,
                () -> extractor.extract(Drafts.pdfWithPredefinedEncoding("Nowhere-UCS2-H", line), "nowhere.pdf"));
        assertEquals("the PDF writes its text in an encoding this build does not hold (Nowhere-UCS2-H; the predefined "
                + "encodings of Chinese, Japanese and Korean are left out)", refused.getMessage());
    }

    @Test
    void odtRtfAndPdfAreRead() throws Exception {
        String[] paras = {"Première phrase de l'article.", "Seconde phrase, à la ligne."};
        assertEquals("Première phrase de l'article.\n\nSeconde phrase, à la ligne.",
                extractor.extract(Drafts.odt(paras), "draft.odt").text());
        assertEquals("Première phrase de l'article.\n\nSeconde phrase, à la ligne.",
                extractor.extract(Drafts.rtf(paras), "draft.rtf").text());
        String pdf = extractor.extract(Drafts.pdf(paras), "draft.pdf").text();
        assertTrue(pdf.contains("Première phrase de l'article.") && pdf.contains("Seconde phrase, à la ligne."), pdf);
    }

    @Test
    void typeIsDetectedFromContentNotName() throws Exception {
        byte[] docx = Drafts.docx("Titre", "Texte.");
        assertTrue(extractor.extract(docx, "no-extension").contentType().contains("wordprocessingml"));
        assertEquals("text/html", extractor.extract("<html><body><p>Bonjour à tous.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), null).contentType());
    }

    @Test
    void emptyFileIsRefused() {
        DraftException e = assertThrows(DraftException.Empty.class, () -> extractor.extract(new byte[0], "empty.txt"));
        assertEquals("the file is empty", e.getMessage());
        assertThrows(DraftException.Empty.class, () -> extractor.extract(" \n\n ".getBytes(StandardCharsets.UTF_8), "blank.txt"));
        assertThrows(DraftException.Empty.class, () -> extractor.extract("<html><body><nav>menu</nav></body></html>"
                .getBytes(StandardCharsets.UTF_8), "nav-only.html"));
    }

    @Test
    void binaryDataIsRefusedEvenWhenNamedAsText() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        DraftException e = assertThrows(DraftException.class, () -> extractor.extract(binary, "notes.txt"));
        assertFalse(e.getMessage().contains("\n"), "one line");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        DraftException p = assertThrows(DraftException.Unsupported.class, () -> extractor.extract(png, "photo.png"));
        assertTrue(p.getMessage().contains("image/png"), p.getMessage());
    }

    @Test
    void corruptDocxIsRefusedWithAOneLineMessage() throws Exception {
        byte[] docx = Drafts.docx("Titre", "Texte.");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 3);
        DraftException e = assertThrows(DraftException.Corrupt.class, () -> extractor.extract(truncated, "broken.docx"));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        DocumentExtractor small = new DocumentExtractor(100);
        byte[] long1 = "Une phrase assez longue pour dépasser. ".repeat(10).getBytes(StandardCharsets.UTF_8);
        assertThrows(DraftException.TooLong.class, () -> small.extract(long1, "long.txt"));
        byte[] html = ("<html><body>" + "<p>Une phrase assez longue pour dépasser.</p>".repeat(10) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(DraftException.TooLong.class, () -> small.extract(html, "long.html"));
    }

    @Test
    void aDocxZipBombStopsAtTheWriteLimitInBoundedMemory() throws Exception {
        // 120 MB of paragraphs packed into a few hundred kilobytes: the text part is streamed, not loaded whole, so
        // the parse stops at the text limit; before, the whole part was read into memory (a 4 GB one ran the
        // service out of memory).
        byte[] bomb = Drafts.docxBomb("<w:p><w:r><w:t>Le conseil a voté le budget de la ville.</w:t></w:r></w:p>",
                1_700_000);
        assertTrue(bomb.length < 2_000_000, "packed: " + bomb.length);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        DraftException e = assertThrows(DraftException.TooLong.class,
                () -> new DocumentExtractor(200_000).extract(bomb, "bomb.docx"));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals("the text is longer than 200000 characters", e.getMessage());
        assertTrue(allocated < 200L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MB");
    }

    @Test
    void aDocxOfMillionsOfEmptyParagraphsIsReadInBoundedMemory() throws Exception {
        byte[] bomb = Drafts.docxBomb("<w:p><w:r></w:r></w:p>", 3_000_000);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        DraftException e = assertThrows(DraftException.class, () -> new DocumentExtractor(200_000).extract(bomb, "empty.docx"));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(e instanceof DraftException.Empty || e instanceof DraftException.TooLarge, e.kind() + ": " + e.getMessage());
        assertTrue(allocated < 1024L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MB");
    }

    @Test
    void utf16TextIsReadWithOrWithoutItsByteOrderMark() throws Exception {
        String text = "Le conseil a voté le budget « à l'unanimité », dit-il.\n\nLa séance est levée.";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[le.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withMark, 2, le.length);
        assertEquals(text, extractor.extract(withMark, "draft.txt").text());
        assertEquals(text, extractor.extract(le, "draft.txt").text(), "UTF-16LE without a mark");
        assertEquals(text, extractor.extract(text.getBytes(StandardCharsets.UTF_16), "draft.txt").text(),
                "UTF-16 with a big-endian mark");
        assertEquals(text, extractor.extract(text.getBytes(StandardCharsets.UTF_16BE), "draft.txt").text());
    }

    @Test
    void aFileOfNoBreakSpacesHoldsNoText() {
        byte[] spaces = "\u00a0\u00a0 \u202f\n\u00a0".getBytes(StandardCharsets.UTF_8);
        assertThrows(DraftException.Empty.class, () -> extractor.extract(spaces, "blank.txt"));
    }

    @Test
    void documentsEncryptedWithAPasswordAreCalledSoNotCorrupt() throws Exception {
        DraftException d = assertThrows(DraftException.Encrypted.class,
                () -> extractor.extract(Drafts.encryptedDocx(), "secret.docx"));
        assertEquals("the document is password-protected", d.getMessage());
        assertThrows(DraftException.Encrypted.class, () -> extractor.extract(Drafts.encryptedPdf(), "secret.pdf"));
        assertThrows(DraftException.Encrypted.class, () -> extractor.extract(Drafts.encryptedOdt(), "secret.odt"));
    }

    @Test
    void aDocxWithAStyledHeadingAndANumberedListReadsThem() throws Exception {
        ExtractedDocument d = extractor.extract(Drafts.docxWithHeadingAndList("Le budget", "Les écoles.", "La voirie."),
                "list.docx");
        assertEquals("Le budget\n\nLes écoles.\n\nLa voirie.", d.text());
    }

    /**
     * A PDF encrypted for the holder of a certificate (made once with PDFBox and BouncyCastle, which the build leaves
     * out): refused as encrypted, as a password-protected one, not as a broken file nor with a missing class.
     */
    @Test
    void aPdfEncryptedForACertificateIsCalledEncrypted() throws Exception {
        byte[] pdf;
        try (var in = DocumentExtractorTest.class.getResourceAsStream("/drafts/encrypted-for-a-certificate.pdf")) {
            pdf = in.readAllBytes();
        }
        for (int i = 0; i < 2; i++) { // the second time too, once the class is known to be missing
            DraftException d = assertThrows(DraftException.Encrypted.class, () -> extractor.extract(pdf, "sealed.pdf"));
            assertEquals("the document is encrypted for the holders of a certificate", d.getMessage());
        }
    }
}
