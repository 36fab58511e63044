package org.factcheck;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.factcheck.core.extract.Drafts;

/**
 * The hostile and clumsy inputs that the command line and the API are both tried with: bombs, encrypted and
 * truncated files, deep HTML, what is not prose, a huge line, every encoding, nothing at all. Each says what the
 * answer must be: refused with one of its kinds, or checked with its text read right.
 */
public final class HostileInputs {
    /** The text of the drafts in an encoding: their report's text must be this, whatever the bytes. */
    public static final String TEXT = "La maire, Hélène Martin, a présenté le budget à 5 €.\n\n"
            + "« Le budget est équilibré et sincère », a déclaré Hélène Martin.\n";

    /**
     * One input.
     *
     * @param file        its file name (the type's hint)
     * @param contentType its type for the API, with the charset it declares if any
     * @param bytes       the file
     * @param kinds       the kinds of refusal it may get (a bomb may pass the text limit or the size limit first);
     *                    empty when it is checked
     * @param text        the text it must be read as when checked, or null when any text will do
     * @param viaCli      whether the command line can be given it (a charset declared only in a Content-Type is not)
     */
    public record Input(String file, String contentType, byte[] bytes, Set<String> kinds, String text, boolean viaCli) {
        public boolean refused() {
            return !kinds.isEmpty();
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private HostileInputs() {
    }

    public static List<Input> all() throws Exception {
        List<Input> out = new ArrayList<>();
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        String odt = "application/vnd.oasis.opendocument.text";
        out.add(refused("bomb.docx", docx, Drafts.docxBomb("<w:p><w:r><w:t>Le conseil a voté le budget.</w:t></w:r></w:p>",
                3_000_000), "too-long", "too-large"));
        out.add(refused("random-words.docx", docx, Drafts.docxOfRandomWords(8 * 1024 * 1024), "too-long", "too-large"));
        out.add(refused("nested-forms.pdf", "application/pdf", Drafts.pdfOfNestedForms(7), "too-large"));
        out.add(refused("nested-groups.rtf", "application/rtf", ("{\\rtf1\\ansi " + "{\\b ".repeat(200_000)
                + "Le conseil a voté." + "}".repeat(200_000) + "}").getBytes(StandardCharsets.US_ASCII), "empty"));
        out.add(refused("secret.docx", docx, Drafts.encryptedDocx(), "encrypted"));
        out.add(refused("secret.pdf", "application/pdf", Drafts.encryptedPdf(), "encrypted"));
        out.add(refused("secret.odt", odt, Drafts.encryptedOdt(), "encrypted"));
        out.add(refused("cut.docx", docx, half(Drafts.docx("Le budget", "Le conseil a voté le budget.")), "corrupt"));
        out.add(refused("cut.odt", odt, half(Drafts.odt("Le conseil a voté le budget.")), "corrupt"));
        out.add(refused("cut.pdf", "application/pdf", half(Drafts.pdf("Le conseil a voté le budget.")), "corrupt"));
        out.add(checked("nested.html", "text/html", ("<html><body>" + "<div>".repeat(100_000) + "<p>"
                + TEXT.replace("\n\n", "</p><p>") + "</p>" + "</div>".repeat(100_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), TEXT.strip()));
        out.add(checked("unclosed.html", "text/html", ("<html><body>" + "<b><i>".repeat(50_000) + "<p>"
                + TEXT.replace("\n\n", "</p><p>")).getBytes(StandardCharsets.UTF_8), TEXT.strip()));
        out.add(refused("nested-guillemets.txt", "text/plain", utf8("« a ".repeat(15_000)), "not-prose"));
        out.add(refused("repeated-paragraphs.txt", "text/plain",
                utf8("Le conseil municipal a voté le budget lundi soir.\n\n".repeat(3_300)), "not-prose"));
        out.add(refused("marks.txt", "text/plain", utf8("\"".repeat(100_000)), "not-prose"));
        out.add(checked("one-line.txt", "text/plain", utf8("Le conseil vote. ".repeat(9_000)), null));
        out.add(refused("too-long-line.txt", "text/plain", utf8("mot ".repeat(550_000)), "too-long"));
        for (String charset : List.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "windows-1252",
                "ISO-8859-1", "ISO-8859-15")) {
            String text = charset.equals("ISO-8859-1") ? TEXT.replace("€", "EUR") : TEXT; // (it has no euro sign)
            out.add(checked(charset + ".txt", "text/plain", text.getBytes(Charset.forName(charset)), text));
        }
        for (String charset : List.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32BE")) {
            out.add(checked(charset + "-bom.txt", "text/plain", withMark(charset), TEXT));
        }
        out.add(checked("windows-1252.html", "text/html", ("<html><head><meta charset=\"windows-1252\"></head><body><p>"
                + TEXT.replace("\n\n", "</p><p>") + "</p></body></html>").getBytes(Charset.forName("windows-1252")),
                TEXT.strip()));
        for (String charset : List.of("x-MacRoman", "IBM850", "UTF-16LE")) {
            String text = TEXT.replace("€", "EUR");
            out.add(new Input(charset + "-declared.txt", "text/plain; charset=" + charset,
                    text.getBytes(Charset.forName(charset)), Set.of(), text, false));
        }
        out.add(refused("empty.txt", "text/plain", new byte[0], "empty"));
        out.add(refused("blank.txt", "text/plain", utf8(" \n\t\n   \n"), "empty"));
        out.add(refused("no-break-spaces.txt", "text/plain", utf8("\u00a0\u00a0\u202f\n\u00a0"), "empty"));
        return out;
    }

    private static Input refused(String file, String type, byte[] bytes, String... kinds) {
        return new Input(file, type, bytes, Set.of(kinds), null, true);
    }

    private static Input checked(String file, String type, byte[] bytes, String text) {
        return new Input(file, type, bytes, Set.of(), text, true);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] half(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /** {@link #TEXT} after the byte-order mark of {@code charset}. */
    private static byte[] withMark(String charset) {
        return ("\uFEFF" + TEXT).getBytes(Charset.forName(charset));
    }
}
