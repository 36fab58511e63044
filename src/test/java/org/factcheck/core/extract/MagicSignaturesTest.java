package org.factcheck.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.tika.detect.MagicDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.factcheck.TestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Tika's magic signatures tried at once ({@link MagicSignatures}) answer as Tika's own detection: a file none of them
 * matches is one Tika finds no magic in (it names it text or bytes), each signature of Tika's table is found where
 * Tika's own detector for it finds it, and a draft's prose matches none.
 */
class MagicSignaturesTest {
    private static MagicSignatures signatures;

    @BeforeAll
    static void read() throws IOException {
        signatures = MagicSignatures.tika(MimeTypes.class.getClassLoader());
    }

    /** What Tika's detection names {@code content}, without a name to go by. */
    private static MediaType tika(byte[] content) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return MimeTypes.getDefaultMimeTypes().detect(in, new Metadata());
        }
    }

    /** Whether Tika's detection found a signature: it names the file otherwise than text or bytes. */
    private static boolean tikaFindsMagic(byte[] content) throws IOException {
        MediaType type = tika(content);
        return !MediaType.TEXT_PLAIN.equals(type) && !MediaType.OCTET_STREAM.equals(type);
    }

    private static void noneMatchedMeansTikaFindsNone(byte[] content, String what) throws IOException {
        if (!signatures.anyMatches(content)) {
            assertFalse(tikaFindsMagic(content), what + ": no signature matched, yet Tika says " + tika(content));
        }
    }

    @Test
    void everySignatureOfTikasTableIsRead() {
        assertTrue(signatures.size() > 500, signatures.size() + " signatures");
        assertEquals(0, signatures.unread(), "signatures that could not be read, which match every file");
    }

    /**
     * Each signature of Tika's table that is one match (any type but a regular expression: strings with and without
     * case, escapes, masks, numbers of 16 and 32 bits, UTF-16), written at its first offset in a file: Tika's detector
     * for that match finds it, and so do the signatures; and wherever the signatures find nothing, Tika's detection
     * finds no magic either.
     */
    @Test
    void eachOfTikasSignaturesIsFoundWhereTikaFindsIt() throws Exception {
        int tried = 0;
        for (Element match : topLevelMatches()) {
            String kind = match.getAttribute("type").isEmpty() ? "string" : match.getAttribute("type");
            if ("regex".equals(kind) || match.hasAttribute("minShouldMatch")) {
                continue;
            }
            String offset = match.getAttribute("offset");
            String value = match.getAttribute("value");
            String mask = match.hasAttribute("mask") ? match.getAttribute("mask") : null;
            int begin = offset.isEmpty() ? 0 : Integer.parseInt(offset.split(":")[0]);
            byte[] pattern = MagicSignatures.Reader.decode(value, kind);
            if (mask != null) { // a mask longer than the value compares zeros past it
                pattern = java.util.Arrays.copyOf(pattern, Math.max(pattern.length,
                        MagicSignatures.Reader.decode(mask, kind).length));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(" ".repeat(begin).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(pattern);
            out.writeBytes("\nSome prose after it.\n".getBytes(StandardCharsets.US_ASCII));
            byte[] file = out.toByteArray();
            String what = kind + " '" + value + "' at " + offset + (mask != null ? " masked " + mask : "");
            MagicDetector tikas = MagicDetector.parse(MediaType.parse("application/x-probe"), kind,
                    offset.isEmpty() ? null : offset, value, mask);
            try (InputStream in = TikaInputStream.get(file)) {
                assertEquals(MediaType.parse("application/x-probe"), tikas.detect(in, new Metadata()),
                        what + ": the bytes decoded are the ones Tika looks for");
            }
            if (!match.hasChildNodes() || match.getElementsByTagName("match").getLength() == 0) {
                assertTrue(signatures.anyMatches(file), what + " is found");
            }
            noneMatchedMeansTikaFindsNone(file, what);
            tried++;
        }
        assertTrue(tried > 500, tried + " signatures tried");
    }

    /** Files of the types Tika's signatures name, written as text, and prose that only looks like one. */
    @Test
    void textsThatTikaNamesOtherwiseAreFound() throws IOException {
        String prose = "The minister said on Monday that the budget would rise by 3%.\n";
        String[] named = {
            "<!DOCTYPE html>\n<html><body><p>Hello</p></body></html>",
            prose.repeat(40) + "<html><body><p>late</p></body></html>", // a tag past the first 128 bytes
            "<?xml version=\"1.0\"?>\n<root><a>1</a></root>",
            "{\\rtf1\\ansi Hello}",
            "%PDF-1.4\n1 0 obj\n",
            "%!PS-Adobe-3.0\n%%Title: x\n" + prose.repeat(10) + "\n%AI5_FileFormat 3\n",
            "From someone@example.org Mon Jan  1 00:00:00 2024\nFrom: a@example.org\nSubject: hi\n\n" + prose,
            "Received: from mail.example.org\nFrom: a@example.org\nTo: b@example.org\nSubject: hi\n\n" + prose,
            "#!/bin/sh\necho hello\n",
            "BEGIN:VCARD\nVERSION:3.0\nFN:Someone\nEND:VCARD\n",
            "digraph G {\n a -> b;\n}\n",
        };
        for (String text : named) {
            byte[] file = text.getBytes(StandardCharsets.UTF_8);
            assertTrue(tikaFindsMagic(file), "Tika names it " + tika(file) + ": " + head(text));
            assertTrue(signatures.anyMatches(file), head(text) + " (Tika: " + tika(file) + ")");
        }
        String[] prosy = {
            prose.repeat(30),
            "From Paris, our correspondent writes.\n\n" + prose.repeat(5),
            "Date: 3 December\n\n" + prose.repeat(5),
            "12345 people marched.\n" + prose,
            "Subject: the budget.\n\n" + prose.repeat(3),
        };
        for (String text : prosy) {
            byte[] file = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(tikaFindsMagic(file), signatures.anyMatches(file), head(text));
        }
    }

    /** The drafts of the fixtures and, when {@code ../shared} is there, the real copy: as Tika, and mostly no magic. */
    @Test
    void draftsMatchNoSignatureUnlessTikaFindsOne() throws Exception {
        List<Path> roots = new ArrayList<>(List.of(TestSupport.projectDir().resolve("fixtures")));
        Path shared = TestSupport.shared();
        if (shared != null) {
            roots.add(shared.resolve("corpus/real/fr"));
            roots.add(shared.resolve("corpus/real/en"));
            roots.add(shared.resolve("eval-dev/drafts"));
        }
        int drafts = 0;
        int matched = 0;
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).toList();
            }
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                boolean any = signatures.anyMatches(content);
                assertEquals(tikaFindsMagic(content), any, file.toString());
                drafts++;
                matched += any ? 1 : 0;
            }
        }
        assertTrue(drafts > 50, drafts + " drafts");
        assertTrue(matched * 20 < drafts, matched + " of " + drafts + " drafts match a signature");
    }

    private static String head(String text) {
        return text.substring(0, Math.min(20, text.length()));
    }

    /** The match elements directly under each magic element of Tika's table. */
    private static List<Element> topLevelMatches() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document table;
        try (InputStream in = MimeTypes.class.getResourceAsStream("/org/apache/tika/mime/tika-mimetypes.xml")) {
            table = factory.newDocumentBuilder().parse(in);
        }
        List<Element> out = new ArrayList<>();
        NodeList magics = table.getElementsByTagName("magic");
        for (int i = 0; i < magics.getLength(); i++) {
            for (Node n = magics.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "match".equals(e.getTagName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
