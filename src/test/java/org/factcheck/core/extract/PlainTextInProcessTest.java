package org.factcheck.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain text read in process ({@link DocumentExtractor#extractPlainText}) is the very document Tika's full reading
 * gives ({@link DocumentExtractor#extractWithTika}): text, paragraphs, type and metadata, whatever its charset,
 * byte-order mark or line ends, whether Tika's signatures are tried at once or by Tika; a draft that needs a parser is
 * left to it.
 */
class PlainTextInProcessTest {
    private static final String TEXT = "Le président a déclaré « c'est l'été » à Besançon.\nDeuxième ligne, 12 € près.\n\n"
            + "Un autre paragraphe.\n";
    private final DocumentExtractor extractor = new DocumentExtractor();
    /** Plain texts detected by Tika alone, as the first of a process is. */
    private final DocumentExtractor tikaAlone = new DocumentExtractor(DocumentExtractor.DEFAULT_MAX_CHARS, () -> null);
    /** Plain texts tried against Tika's signatures at once, as the later ones are. */
    private final DocumentExtractor signatures = new DocumentExtractor(DocumentExtractor.DEFAULT_MAX_CHARS,
            DocumentExtractor.Signatures::readNow);

    private void sameAsTika(byte[] content, String name) throws DraftException {
        for (DocumentExtractor fast : List.of(tikaAlone, signatures)) {
            ExtractedDocument inProcess = fast.extractPlainText(content, name);
            assertNotNull(inProcess, name + " is read in process");
            assertEquals(extractor.extractWithTika(content, name), inProcess, name);
        }
    }

    private void leftToTheParsers(byte[] content, String name) throws DraftException {
        for (DocumentExtractor fast : List.of(tikaAlone, signatures)) {
            assertNull(fast.extractPlainText(content, name), name);
        }
    }

    private static byte[] withMark(byte[] mark, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mark);
        out.writeBytes(content);
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutItsMark() throws Exception {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        sameAsTika(utf8, "draft.txt");
        sameAsTika(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), "draft.txt");
        assertEquals(TEXT, extractor.extractPlainText(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8),
                "draft.txt").text());
    }

    @Test
    void latin1AndWindows1252() throws Exception {
        String latin = TEXT.replace("€", "EUR");
        sameAsTika(latin.getBytes(StandardCharsets.ISO_8859_1), "draft.txt");
        sameAsTika(TEXT.getBytes(Charset.forName("windows-1252")), "draft.txt");
        assertEquals(TEXT, extractor.extractPlainText(TEXT.getBytes(Charset.forName("windows-1252")), "draft.txt").text());
    }

    @Test
    void utf16WithItsMarkAndWithout() throws Exception {
        sameAsTika(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)), "draft.txt");
        sameAsTika(TEXT.getBytes(StandardCharsets.UTF_16), "draft.txt"); // big-endian after its mark
        sameAsTika(TEXT.getBytes(StandardCharsets.UTF_16LE), "draft.txt");
    }

    @Test
    void crlfAndCrLineEndsAndMarkdown() throws Exception {
        sameAsTika(TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "draft.txt");
        sameAsTika(TEXT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), "draft.txt");
        sameAsTika(("# Titre\r\n\r\n" + TEXT).getBytes(StandardCharsets.UTF_8), "draft.md");
        sameAsTika("Only ASCII here.\nA second line.\n".getBytes(StandardCharsets.US_ASCII), "draft.txt");
        sameAsTika(TEXT.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void aDraftThatNeedsAParserIsLeftToIt() throws Exception {
        String html = "<!DOCTYPE html><html><body><p>" + TEXT + "</p></body></html>";
        leftToTheParsers(html.getBytes(StandardCharsets.UTF_8), "draft.html");
        leftToTheParsers(html.getBytes(StandardCharsets.UTF_8), "draft.txt"); // HTML named .txt
        String lateTag = "Notes\n\n" + "x".repeat(3000) + "\n<html><body><p>Later.</p>";
        leftToTheParsers(lateTag.getBytes(StandardCharsets.UTF_8), "late-html.txt"); // a tag past the first 128 bytes
        leftToTheParsers("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), "a.txt");
        leftToTheParsers(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, "draft.docx");
        leftToTheParsers("{\\rtf1\\ansi Bonjour}".getBytes(StandardCharsets.US_ASCII), "draft.rtf");
        leftToTheParsers("{\\rtf1\\ansi Bonjour}".getBytes(StandardCharsets.US_ASCII), "draft.txt");
        leftToTheParsers(TEXT.getBytes(StandardCharsets.UTF_8), "draft.html"); // a text named as HTML
        assertNull(new DocumentExtractor(10).extractPlainText(TEXT.getBytes(StandardCharsets.UTF_8), "long.txt"),
                "a text past the limit is left to the child process's bounded memory");
        assertThrows(DraftException.Empty.class, () -> extractor.extractPlainText(new byte[0], "empty.txt"));
        assertThrows(DraftException.Empty.class, () -> extractor.extractPlainText(" \n\u00a0\n".getBytes(StandardCharsets.UTF_8),
                "blank.txt"));
    }

    static List<Path> textFiles() throws Exception {
        List<Path> roots = new ArrayList<>(List.of(TestSupport.projectDir().resolve("fixtures")));
        Path shared = TestSupport.shared();
        if (shared != null) {
            roots.add(shared.resolve("corpus/real"));
            roots.add(shared.resolve("eval-dev/drafts"));
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Every text of the fixtures and, when {@code ../shared} is there, of the real copy and the dev drafts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("textFiles")
    void everyTextOfTheFixturesAndTheRealCopyReadsAsTikaReadsIt(Path file) throws Exception {
        byte[] content = Files.readAllBytes(file);
        DraftException refused = null;
        ExtractedDocument tika = null;
        try {
            tika = extractor.extractWithTika(content, file.getFileName().toString());
        } catch (DraftException e) {
            refused = e;
        }
        for (DocumentExtractor fast : List.of(tikaAlone, signatures)) {
            ExtractedDocument inProcess;
            try {
                inProcess = fast.extractPlainText(content, file.getFileName().toString());
            } catch (DraftException e) {
                assertNotNull(refused, file + ": refused in process only: " + e.getMessage());
                assertEquals(refused.getClass(), e.getClass(), file.toString());
                assertEquals(refused.getMessage(), e.getMessage(), file.toString());
                continue;
            }
            if (inProcess != null) {
                assertEquals(tika, inProcess, file.toString());
            }
        }
    }
}
