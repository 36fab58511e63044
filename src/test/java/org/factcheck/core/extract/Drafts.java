package org.factcheck.core.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds small drafts in each supported format, for extraction tests. */
public final class Drafts {
    private Drafts() {
    }

    /** A Word document: a heading, the paragraphs, and a one-row table with two cells; a header and a footer. */
    public static byte[] docx(String heading, String... paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("EN-TÊTE À IGNORER");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("PIED DE PAGE À IGNORER");
            doc.createParagraph().createRun().setText(heading);
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Cellule un");
            table.getRow(0).getCell(1).setText("Cellule deux");
            doc.getProperties().getCoreProperties().setTitle("Titre du document");
            doc.getProperties().getCoreProperties().setCreated("2024-03-05T10:00:00Z");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A Word document with a styled heading (its style named in the styles part) over a numbered list, one item per
     * paragraph: Tika names a paragraph's style and counts list items with classes of POI's scratchpad (the legacy
     * Word module), which the build must therefore keep.
     */
    public static byte[] docxWithHeadingAndList(String heading, String... items) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading1");
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading 1");
            doc.createStyles().addStyle(new XWPFStyle(style));
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText(heading);
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.ONE);
            CTLvl level = list.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.LOWER_ROMAN);
            level.addNewLvlText().setVal("%1.");
            level.addNewStart().setVal(BigInteger.ONE);
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger num = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
            for (String item : items) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(num);
                p.createRun().setText(item);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A Word document whose text part repeats {@code element} {@code times} times, packed with the deflater's best
     * compression: a zip bomb when the repeats run to hundreds of megabytes.
     */
    public static byte[] docxBomb(String element, int times) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package"
                    + "/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                    + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org"
                    + "/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org"
                    + "/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org"
                    + "/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = element.repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < times / 1000; i++) {
                zip.write(chunk);
            }
            zip.write(element.repeat(times % 1000).getBytes(StandardCharsets.UTF_8));
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument text: the minimal package (mimetype, manifest, content). */
    public static byte[] odt(String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(escape(p)).append("</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            odtMimetype(zip);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** An RTF document, one {@code \par} per paragraph; non-ASCII letters as {@code \'hh} escapes (cp1252). */
    public static byte[] rtf(String... paragraphs) {
        StringBuilder s = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\n");
        for (String p : paragraphs) {
            for (char c : p.toCharArray()) {
                if (c < 128) {
                    s.append(c);
                } else {
                    byte b = String.valueOf(c).getBytes(java.nio.charset.Charset.forName("windows-1252"))[0];
                    s.append(String.format("\\'%02x", b & 0xff));
                }
            }
            s.append("\\par\n");
        }
        s.append('}');
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF with one line of text per paragraph, the paragraphs spaced apart. */
    public static byte[] pdf(String... paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                float y = 720;
                for (String p : paragraphs) {
                    cs.beginText();
                    cs.newLineAtOffset(72, y);
                    cs.showText(p);
                    cs.endText();
                    y -= 40;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A PDF of one page: {@code paragraph} in Helvetica, then two characters in a font of the Adobe-Japan1 collection,
     * not embedded, whose encoding is the predefined CMap {@code encoding} (as "UniJIS-UCS2-H": what a PDF writing
     * Japanese without a font of its own names), or one that does not exist.
     */
    public static byte[] pdfWithPredefinedEncoding(String encoding, String paragraph) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "KozMinPro-Regular");
            descriptor.setInt(COSName.FLAGS, 4);
            COSDictionary system = new COSDictionary();
            system.setString(COSName.REGISTRY, "Adobe");
            system.setString(COSName.ORDERING, "Japan1");
            system.setInt(COSName.SUPPLEMENT, 6);
            COSDictionary cid = new COSDictionary();
            cid.setItem(COSName.TYPE, COSName.FONT);
            cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
            cid.setName(COSName.BASE_FONT, "KozMinPro-Regular");
            cid.setItem(COSName.CIDSYSTEMINFO, system);
            cid.setItem(COSName.FONT_DESC, descriptor);
            COSDictionary type0 = new COSDictionary();
            type0.setItem(COSName.TYPE, COSName.FONT);
            type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
            type0.setName(COSName.BASE_FONT, "KozMinPro-Regular");
            type0.setName(COSName.ENCODING, encoding);
            COSArray descendants = new COSArray();
            descendants.add(cid);
            type0.setItem(COSName.DESCENDANT_FONTS, descendants);
            COSDictionary fonts = new COSDictionary();
            fonts.setItem("F1", new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            fonts.setItem("F2", type0);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            PDStream content = new PDStream(doc);
            try (OutputStream o = content.createOutputStream()) {
                o.write(("BT /F1 11 Tf 72 720 Td (" + paragraph + ") Tj ET\nBT /F2 11 Tf 72 680 Td <65E5672C> Tj ET\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(content);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A workbook of one sheet, its first row a text and a number. */
    public static byte[] xlsx(String text, double number) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFRow row = workbook.createSheet("Budget").createRow(0);
            row.createCell(0).setCellValue(text);
            row.createCell(1).setCellValue(number);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A Word document of the paragraphs with a workbook embedded after the first, as Word embeds an Excel sheet: the
     * .xlsx as a part of the package, which the text part names through a relationship of type package.
     */
    public static byte[] docxWithEmbeddedWorkbook(byte[] workbook, String... paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < paragraphs.length; i++) {
                doc.createParagraph().createRun().setText(paragraphs[i]);
                if (i == 0) {
                    PackagePartName name = PackagingURIHelper.createPartName("/word/embeddings/Microsoft_Excel_Worksheet.xlsx");
                    PackagePart part = doc.getPackage().createPart(name,
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    try (OutputStream os = part.getOutputStream()) {
                        os.write(workbook);
                    }
                    doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package");
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A PDF of the paragraphs (as {@link #pdf}) with a file attached to the document under {@code name}. */
    public static byte[] pdfWithAttachedFile(String name, byte[] file, String... paragraphs) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(paragraphs));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(file));
            embedded.setSize(file.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of(name, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            doc.getDocumentCatalog().setNames(names);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * An OpenDocument text of the paragraphs with a spreadsheet object embedded after the first, as office suites embed
     * a chart's or a sheet's data: its own content.xml in the folder {@code Object 1}, which the text's frame names.
     */
    public static byte[] odtWithEmbeddedSheet(String cell, String... paragraphs) throws IOException {
        String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        String text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            body.append("<text:p>").append(escape(paragraphs[i])).append("</text:p>");
            if (i == 0) {
                body.append("<text:p><draw:frame draw:name=\"Object1\"><draw:object xlink:href=\"./Object 1\"/>"
                        + "</draw:frame></text:p>");
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            odtMimetype(zip);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(odtManifest("<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "<manifest:file-entry manifest:full-path=\"Object 1/\""
                    + " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry"
                    + " manifest:full-path=\"Object 1/content.xml\" manifest:media-type=\"text/xml\"/>"));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"" + office
                    + "\" xmlns:text=\"" + text + "\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                    + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.2\"><office:body><office:text>"
                    + body + "</office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Object 1/content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"" + office
                    + "\" xmlns:text=\"" + text + "\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                    + " office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Budget\">"
                    + "<table:table-row><table:table-cell><text:p>" + escape(cell) + "</text:p></table:table-cell>"
                    + "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /**
     * An RTF of the paragraphs (ASCII) with a workbook embedded after the first as an OLE object, as Word writes one: the
     * object's data is an OLE 1 header (its class, Excel.Sheet.12) and the .xlsx, in hexadecimal.
     */
    public static byte[] rtfWithEmbeddedWorkbook(byte[] workbook, String... paragraphs) {
        String type = "Excel.Sheet.12";
        java.nio.ByteBuffer ole = java.nio.ByteBuffer.allocate(24 + type.length() + 1 + workbook.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        ole.putInt(0x0501).putInt(2).putInt(type.length() + 1).put(type.getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0).putInt(0).putInt(0).putInt(workbook.length).put(workbook);
        StringBuilder hex = new StringBuilder();
        for (byte b : ole.array()) {
            hex.append(String.format("%02x", b));
        }
        StringBuilder s = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n");
        for (int i = 0; i < paragraphs.length; i++) {
            s.append("\\pard ").append(paragraphs[i]).append("\\par\n");
            if (i == 0) {
                s.append("{\\object\\objemb{\\*\\objclass ").append(type).append("}\\objw2000\\objh1000{\\*\\objdata ")
                        .append(hex).append("}}\\par\n");
            }
        }
        return s.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A Word document encrypted with the password "secret" (Office's agile encryption, in an OLE container). */
    public static byte[] encryptedDocx() throws Exception {
        byte[] docx = docx("Titre", "Texte.");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.Encryptor encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(encrypted);
        }
        return encrypted.toByteArray();
    }

    /** A PDF that needs the password "user" to open. */
    public static byte[] encryptedPdf() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf("Un texte."));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * An OpenDocument text saved with a password, as office suites write it: its manifest gives the content's
     * encryption (AES, PBKDF2), and the content is ciphertext.
     */
    public static byte[] encryptedOdt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] cipher = new byte[512];
        new java.util.Random(7).nextBytes(cipher);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            String m = MANIFEST;
            zip.write(odtManifest("<manifest:file-entry manifest:full-path=\"content.xml\""
                    + " manifest:media-type=\"text/xml\" manifest:size=\"2048\"><manifest:encryption-data"
                    + " manifest:checksum-type=\"" + m + "#sha256-1k\" manifest:checksum=\"AAAA\"><manifest:algorithm"
                    + " manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\""
                    + " manifest:initialisation-vector=\"AAAA\"/><manifest:key-derivation manifest:key-derivation-name="
                    + "\"PBKDF2\" manifest:key-size=\"32\" manifest:iteration-count=\"100000\" manifest:salt=\"AAAA\"/>"
                    + "</manifest:encryption-data></manifest:file-entry>"));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(cipher);
        }
        return bytes.toByteArray();
    }

    /**
     * A Word document whose text part is about {@code bytes} of paragraphs of random words, repeated at a distance the
     * deflater cannot see: it inflates only a few times its packed size, under the compression ratio a zip guard
     * refuses, yet holds far more text than a draft.
     */
    public static byte[] docxOfRandomWords(int bytes) throws IOException {
        java.util.Random random = new java.util.Random(11);
        StringBuilder paragraphs = new StringBuilder();
        while (paragraphs.length() < 64 * 1024) {
            paragraphs.append("<w:p><w:r><w:t>");
            for (int w = 0; w < 12; w++) {
                for (int c = 2 + random.nextInt(8); c > 0; c--) {
                    paragraphs.append((char) ('a' + random.nextInt(26)));
                }
                paragraphs.append(' ');
            }
            paragraphs.append("</w:t></w:r></w:p>");
        }
        return docxBomb(paragraphs.toString(), Math.max(1, bytes / paragraphs.length()));
    }

    /**
     * A PDF of a few kilobytes whose page draws a form ten times, each of which draws the next form ten times, and so
     * on {@code depth} deep: 10<sup>depth</sup> drawings of nothing, which a parser runs through without a word of text
     * (a "billion laughs" of PDF).
     */
    public static byte[] pdfOfNestedForms(int depth) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /XObject << /X 5 0 R >> >> >>");
        String calls = "/X Do\n".repeat(10);
        objects.add("<< /Length " + calls.length() + " >>\nstream\n" + calls + "\nendstream");
        for (int d = 0; d < depth; d++) {
            boolean last = d == depth - 1;
            String body = last ? "BT ET\n" : calls;
            objects.add("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources "
                    + (last ? "<< >>" : "<< /XObject << /X " + (6 + d) + " 0 R >> >>") + " /Length " + body.length()
                    + " >>\nstream\n" + body + "\nendstream");
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An OpenDocument text's first entry, its type, stored uncompressed as the format requires. */
    private static void odtMimetype(ZipOutputStream zip) throws IOException {
        byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
    }

    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    /** An OpenDocument text's manifest: the document's own entry, then {@code entries}. */
    private static byte[] odtManifest(String entries) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"" + MANIFEST
                + "\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type="
                + "\"application/vnd.oasis.opendocument.text\"/>" + entries + "</manifest:manifest>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
