package org.factcheck.core.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.factcheck.core.Failures;
import org.factcheck.core.facts.Span;
import org.factcheck.core.text.ParagraphSplitter;
import org.factcheck.core.text.TextFold;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a draft with Apache Tika: detects its type, refuses what is not a supported document, and extracts the
 * article text with its paragraphs and the metadata (title, date, language). Thread-safe.
 *
 * <p>Supported: plain text and Markdown (kept verbatim, line breaks included), HTML, DOCX, ODT, RTF and PDF (one
 * paragraph per block, separated by a blank line).
 */
public final class DocumentExtractor implements Extractor {
    /** Default bound on the extracted text, in characters. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    /**
     * The most time a document's parse may take, in seconds: a draft takes well under one, and a 70-page PDF of
     * 200,000 characters (the service's text limit) about two.
     */
    public static final long PARSE_SECONDS = 6;
    /**
     * The most bytes one part of an Office file may inflate to (POI's zip guard, which also refuses a part that
     * inflates more than a hundred times): a draft's text part is a few hundred kilobytes, its largest image a few
     * megabytes.
     */
    public static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    /** What Tika's detector calls an Office Open XML file encrypted with a password. */
    private static final MediaType PROTECTED_OOXML = MediaType.application("x-tika-ooxml-protected");
    private static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    private static final Set<MediaType> SUPPORTED = Set.of(MediaType.TEXT_PLAIN, MediaType.TEXT_HTML,
            MediaType.application("xhtml+xml"), DOCX, ODT,
            MediaType.application("rtf"), MediaType.application("pdf"));
    private static final String[] DATE_KEYS = {"dcterms:created", "meta:creation-date", "article:published_time",
            "og:published_time", "date", "dc:date", "DC.date", "pubdate", "publication_date", "dcterms:modified"};
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** PDFBox's message for a font's predefined encoding (a CMap) it does not hold: a script the build leaves out. */
    private static final String MISSING_CMAP = "Could not find referenced cmap stream ";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * Tika's charset detection, where ISO-8859-1 reads as windows-1252, as browsers read it (the HTML standard): the
     * same letters, and the typographic marks (€, curly quotes, dashes) that ISO-8859-1 lacks where it has control
     * characters no text uses.
     */
    private static final EncodingDetector CHARSETS = new EncodingDetector() {
        private static final long serialVersionUID = 1L;
        private final EncodingDetector tika = new DefaultEncodingDetector();

        @Override
        public Charset detect(InputStream input, Metadata metadata) throws IOException {
            Charset c = tika.detect(input, metadata);
            return StandardCharsets.ISO_8859_1.equals(c) ? WINDOWS_1252 : c;
        }
    };

    /**
     * What the parsers are given for each document embedded in a draft (a workbook, a presentation, a Word file or a
     * PDF embedded or attached in a .docx, .odt, .rtf or .pdf, a picture): nothing is read of it, not even its name. A
     * draft's text is what its author wrote in the draft itself; an embedded document's figures would raise findings
     * on text the editor does not see in the body. Without it, Tika would read such a document with the draft's own
     * parsers and write its name and text after the draft's.
     */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED_DOCUMENTS = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // skipped, as shouldParseEmbedded says
        }
    };

    /**
     * Tika's detection of every type, so that a refused file is named for what it is, and the parsers of the accepted
     * formats only (plain text is decoded here): not every parser that the modules declare, whose libraries for other
     * formats (Access, Outlook, legacy Office) the build leaves out. Every embedded document is skipped
     * ({@link #NO_EMBEDDED_DOCUMENTS}). Loaded at the first structured document: a second or so that a plain text
     * does not need.
     */
    private volatile AutoDetectParser parser;
    private final int maxChars;
    /** Tika's magic signatures for a plain text, or null for Tika's own detection ({@link Signatures}). */
    private final Supplier<MagicSignatures> magic;

    public DocumentExtractor() {
        this(DEFAULT_MAX_CHARS);
    }

    public DocumentExtractor(int maxChars) {
        this(maxChars, Signatures::once);
    }

    /** For tests: plain texts detected with these signatures (a supplier of null: by Tika's detection alone). */
    DocumentExtractor(int maxChars, Supplier<MagicSignatures> magic) {
        this.maxChars = maxChars;
        this.magic = magic;
    }

    /**
     * {@inheritDoc} A plain text or Markdown draft is decoded as {@link #extractPlainText} decodes it, without Tika's
     * detectors and parsers; any other is read by Tika ({@link #extractWithTika}), which gives a text the very same
     * document.
     */
    @Override
    public ExtractedDocument extract(byte[] content, String name) throws DraftException {
        ExtractedDocument text = extractPlainText(content, name);
        return text != null ? text : extractWithTika(content, name);
    }

    /**
     * A draft of any type read by Tika: its detectors (every type, and zip and OLE containers), then the text decoded
     * or the document parsed; the reading {@link #extractPlainText} is tested against.
     */
    ExtractedDocument extractWithTika(byte[] content, String name) throws DraftException {
        if (content.length == 0) {
            throw new DraftException.Empty("the file is empty");
        }
        content = fromWideUnicode(content);
        Metadata metadata = metadata(name);
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            type = parser().getDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new DraftException.Corrupt("cannot detect the file type: " + e.getMessage(), e);
        }
        if (PROTECTED_OOXML.equals(type.getBaseType())) {
            // an Office file encrypted with a password: an OLE container Tika names, not a broken .docx
            throw new DraftException.Encrypted("the document is password-protected", null);
        }
        MediaType supported = supportedType(type);
        if (supported == null && name != null) {
            MediaType claimed = supportedType(MimeTypes.getDefaultMimeTypes().getMimeType(name).getType());
            if (claimed != null && !MediaType.TEXT_PLAIN.equals(claimed)) {
                throw new DraftException.Corrupt("the file is named as " + claimed + " but its content is not a valid"
                        + " document of that type (it reads as " + type.getBaseType() + ")", null);
            }
        }
        if (supported == null) {
            throw new DraftException.Unsupported("unsupported file type " + type.getBaseType()
                    + " (expected .txt, .md, .html, .docx, .odt, .rtf or .pdf)");
        }
        boolean plain = MediaType.TEXT_PLAIN.equals(supported);
        if (ODT.equals(supported)) {
            content = withoutEmbeddedObjects(content);
        }
        return document(plain ? plainText(content, metadata) : structuredText(content, metadata), plain, type, metadata);
    }

    /**
     * A plain text or Markdown draft read as Tika reads it ({@link #extractWithTika}), without loading the parsers;
     * {@code null} for any other draft, which needs them. A draft is plain text here when its first 8 KB hold no
     * control character (but tab, line and page breaks) and Tika's types, from its name and first bytes, say so (their
     * magic signatures tried at once when read, see {@link Signatures}): Tika's container detectors, which
     * {@link #extractWithTika} asks too, recognise only zip and OLE files, whose first bytes hold control characters.
     * A file of more bytes than the text limit has characters is left to Tika too, where a child process's bounded
     * memory answers it as today.
     */
    public ExtractedDocument extractPlainText(byte[] content, String name) throws DraftException {
        if (content.length == 0) {
            throw new DraftException.Empty("the file is empty");
        }
        if (content.length > maxChars) {
            return null;
        }
        content = fromWideUnicode(content);
        for (int i = 0, n = Math.min(content.length, 8192); i < n; i++) {
            int b = content[i] & 0xff;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7f) {
                return null;
            }
        }
        Metadata metadata = metadata(name);
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MagicSignatures signatures = magic.get();
            if (signatures == null || signatures.anyMatches(content)) {
                type = MimeTypes.getDefaultMimeTypes().detect(in, metadata);
            } else if (name != null) {
                type = MimeTypes.getDefaultMimeTypes().detect(null, metadata); // its name alone, as Tika names it
            } else {
                type = new TextDetector(MimeTypes.getDefaultMimeTypes().getMinLength()).detect(in, new Metadata());
            }
        } catch (IOException e) {
            return null;
        }
        if (!MediaType.TEXT_PLAIN.equals(supportedType(type))) {
            return null;
        }
        return document(plainText(content, metadata), true, type, metadata);
    }

    /**
     * Tika's magic signatures read at once ({@link MagicSignatures}), for a plain text draft: once read, a draft that
     * none of them matches is named as Tika names a file without magic, from its name, else from whether its bytes
     * read as text; one that any matches is detected by Tika itself, as before they are read. They are read in the
     * background from the second plain text of the process on: a process that checks one draft does not read them.
     */
    static final class Signatures {
        private static final AtomicInteger TEXTS = new AtomicInteger();
        private static volatile MagicSignatures read;

        private Signatures() {
        }

        /** The signatures when read; null before, and when Tika's tables cannot be read (then Tika detects alone). */
        static MagicSignatures once() {
            MagicSignatures s = read;
            if (s == null && TEXTS.incrementAndGet() == 2) {
                Thread thread = new Thread(Signatures::readNow, "factcheck-signatures");
                thread.setDaemon(true);
                thread.start();
            }
            return s;
        }

        /** Reads the signatures on this thread, unless read; for the background thread and tests. */
        static synchronized MagicSignatures readNow() {
            if (read == null) {
                try {
                    read = MagicSignatures.tika(MimeTypes.class.getClassLoader());
                } catch (IOException e) {
                    // Tika's own detection, which reads the same tables, goes on answering every draft
                }
            }
            return read;
        }
    }

    /**
     * Reads Tika's table of types (about 1,500, from XML: a fifth of a second in a fresh process) on a thread of its
     * own, for a caller that starts up while it does other work; the first draft then finds it read. The table is
     * the process's, read once.
     */
    public static void readTypesInBackground() {
        Thread thread = new Thread(MimeTypes::getDefaultMimeTypes, "factcheck-types");
        thread.setDaemon(true);
        thread.start();
    }

    private static Metadata metadata(String name) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        return metadata;
    }

    /** The parsers and their detector, loaded once. */
    private AutoDetectParser parser() {
        AutoDetectParser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = new AutoDetectParser(new DefaultDetector(), new JSoupParser(), new OOXMLParser(),
                            new RTFParser(), new OpenDocumentParser(), new PDFParser());
                }
                p = parser;
            }
        }
        return p;
    }

    private ExtractedDocument document(String text, boolean plain, MediaType type, Metadata metadata)
            throws DraftException {
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (text.codePoints().allMatch(TextFold::isSpace)) {
            throw new DraftException.Empty("the file holds no text"); // no-break spaces count as blank too
        }
        List<Span> paragraphs = plain ? ParagraphSplitter.split(text) : ParagraphContentHandler.paragraphs(text);
        return new ExtractedDocument(text, type.getBaseType().toString(), title(metadata), date(metadata),
                language(metadata), paragraphs);
    }

    private MediaType supportedType(MediaType type) {
        MediaTypeRegistry registry = MediaTypeRegistry.getDefaultRegistry();
        for (MediaType t = type.getBaseType(); t != null; t = registry.getSupertype(t)) {
            if (SUPPORTED.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /** Plain text and Markdown, decoded with Tika's charset detection and kept as written. */
    private String plainText(byte[] content, Metadata metadata) throws DraftException {
        if (looksBinary(content)) {
            throw new DraftException.Unsupported("binary data, not text");
        }
        if (isUtf8BeyondAscii(content)) {
            return asWritten(new String(content, StandardCharsets.UTF_8));
        }
        try (AutoDetectReader reader = new AutoDetectReader(new ByteArrayInputStream(content), metadata, CHARSETS)) {
            StringBuilder out = new StringBuilder(content.length);
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                out.append(buffer, 0, n);
                if (out.length() > maxChars) {
                    throw new DraftException.TooLong("the text is longer than " + maxChars + " characters");
                }
            }
            return asWritten(out.toString());
        } catch (IOException | TikaException e) {
            throw new DraftException.Corrupt("cannot decode the text: " + e.getMessage(), e);
        }
    }

    /** A decoded text without its byte-order mark, its line breaks as {@code \n}, refused past the text limit. */
    private String asWritten(String s) throws DraftException.TooLong {
        s = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
        if (s.length() > maxChars) {
            throw new DraftException.TooLong("the text is longer than " + maxChars + " characters");
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private String structuredText(byte[] content, Metadata metadata) throws DraftException {
        ParagraphContentHandler handler = new ParagraphContentHandler(maxChars, PARSE_SECONDS);
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, new ArticleHtmlMapper());
        // The parser itself, which Tika's parse would put there were no embedded document extractor given: the PDF
        // parser asks it whether it reads an image of a page with little text (for OCR; it does not).
        context.set(Parser.class, parser());
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED_DOCUMENTS);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setIncludeShapeBasedContent(false);
        office.setUseSAXDocxExtractor(true); // streams the text part: a huge one stops at the write limit, not in memory
        context.set(OfficeParserConfig.class, office);
        // an HTML of UTF-8 that declares no charset: Tika's detectors guess from its start, often only ASCII tags
        context.set(EncodingDetector.class, isUtf8BeyondAscii(content) ? (stream, md) -> StandardCharsets.UTF_8 : CHARSETS);
        try (InputStream in = TikaInputStream.get(content)) {
            parser().parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new DraftException.Encrypted("the document is password-protected", e);
        } catch (NoClassDefFoundError e) {
            if (e.getMessage() != null && e.getMessage().startsWith("org/bouncycastle/")) {
                // PDFBox needs BouncyCastle, left out of the build, only to open a PDF encrypted for certificates
                throw new DraftException.Encrypted("the document is encrypted for the holders of a certificate", e);
            }
            throw e;
        } catch (ZeroByteFileException e) {
            throw new DraftException.Empty("the file is empty");
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ParagraphContentHandler.LimitReached limit) {
                    if (limit.time()) {
                        throw new DraftException.TooLarge(limit.getMessage(), e);
                    }
                    throw new DraftException.TooLong(t.getMessage());
                }
                String cmap = missingEncoding(t);
                if (cmap != null) {
                    throw new DraftException.Unsupported("the PDF writes its text in an encoding this build does not "
                            + "hold (" + cmap + "; the predefined encodings of Chinese, Japanese and Korean are left "
                            + "out)");
                }
                if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                    throw new DraftException.TooLarge("a part of the file inflates past " + MAX_PART_BYTES / (1024 * 1024)
                            + " MB or more than a hundred times its size (a zip bomb)", e);
                }
            }
            throw new DraftException.Corrupt("the document cannot be read (" + rootMessage(e) + ")", e);
        }
        return handler.text();
    }

    /** The name of the predefined encoding whose absence {@code t} reports, or null. */
    private static String missingEncoding(Throwable t) {
        String message = t.getMessage();
        int at = message == null ? -1 : message.indexOf(MISSING_CMAP);
        return at < 0 ? null : message.substring(at + MISSING_CMAP.length()).strip();
    }

    /**
     * An OpenDocument file without the content and styles of the objects embedded in it ({@code Object 1/content.xml}:
     * a chart, a spreadsheet, a formula, another text), which Tika's parser would read into the draft's text as it
     * reads the draft's own {@code content.xml}: the draft's other entries copied in their order, stored or
     * compressed as they were. The same bytes when it embeds no object, or when its entries cannot be read that way or
     * inflate past {@link #MAX_PART_BYTES} together: Tika then reads it, or says why not, as before.
     */
    static byte[] withoutEmbeddedObjects(byte[] content) {
        try {
            boolean embeds = false;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                for (ZipEntry e; !embeds && (e = zip.getNextEntry()) != null; ) {
                    embeds = isEmbeddedObjectPart(e.getName());
                }
            }
            if (!embeds) {
                return content;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length);
            long total = 0;
            byte[] buffer = new byte[8192];
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content));
                 ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (isEmbeddedObjectPart(e.getName())) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    if (e.getMethod() == ZipEntry.STORED) { // as the mimetype, first, must be
                        byte[] data = in.readAllBytes(); // no more than the file's own bytes
                        CRC32 crc = new CRC32();
                        crc.update(data);
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(data.length);
                        copy.setCompressedSize(data.length);
                        copy.setCrc(crc.getValue());
                        out.putNextEntry(copy);
                        out.write(data);
                        total += data.length;
                    } else {
                        out.putNextEntry(copy);
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            total += n;
                            if (total > MAX_PART_BYTES) {
                                return content;
                            }
                            out.write(buffer, 0, n);
                        }
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException | IllegalArgumentException e) {
            return content;
        }
    }

    /** The content or styles of an object embedded in an OpenDocument file, in a folder of its own (Object 1/). */
    private static boolean isEmbeddedObjectPart(String name) {
        return name.indexOf('/') > 0 && (name.endsWith("content.xml") || name.endsWith("styles.xml"));
    }

    /**
     * A text in UTF-32 or UTF-16 (after a byte-order mark, or without one when the zero bytes of its start fall where
     * Latin text in that encoding has them), as UTF-8 bytes without the mark; any other content as it is. Tika's
     * detectors would take it for binary data.
     */
    static byte[] fromWideUnicode(byte[] content) {
        Charset charset = null;
        int skip = 0;
        int n = content.length;
        if (n >= 4 && content[0] == 0 && content[1] == 0 && (content[2] & 0xff) == 0xFE && (content[3] & 0xff) == 0xFF) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (n >= 4 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE && content[2] == 0
                && content[3] == 0) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (n >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            charset = wideWithoutMark(content);
        }
        if (charset == null) {
            return content;
        }
        // (malformed input is replaced, as String's constructor does)
        return new String(content, skip, n - skip, charset).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * UTF-32 or UTF-16 without a byte-order mark, told by where the zero bytes of the first 4 KB fall: at three
     * places of every four, or at every other place, as Latin letters have them; else null.
     */
    private static Charset wideWithoutMark(byte[] content) {
        int n = Math.min(content.length, 4096) / 4 * 4;
        if (n < 8) {
            return null;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            zeros[i % 4] += content[i] == 0 ? 1 : 0;
        }
        int quads = n / 4;
        if (zeros[1] >= quads * 9 / 10 && zeros[2] >= quads * 9 / 10 && zeros[3] >= quads * 9 / 10
                && zeros[0] <= quads / 10) {
            return Charset.forName("UTF-32LE");
        }
        if (zeros[0] >= quads * 9 / 10 && zeros[1] >= quads * 9 / 10 && zeros[2] >= quads * 9 / 10
                && zeros[3] <= quads / 10) {
            return Charset.forName("UTF-32BE");
        }
        int pairs = n / 2;
        int evenZero = zeros[0] + zeros[2];
        int oddZero = zeros[1] + zeros[3];
        if (oddZero >= pairs * 9 / 10 && evenZero <= pairs / 10) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero >= pairs * 9 / 10 && oddZero <= pairs / 10) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Whether the bytes are well-formed UTF-8 with some letter beyond ASCII: then they are UTF-8, whatever a
     * detector guesses from an ASCII start (a text in a single-byte encoding with accents is never well-formed
     * UTF-8).
     */
    static boolean isUtf8BeyondAscii(byte[] content) {
        boolean beyond = false;
        for (byte b : content) {
            if (b < 0) {
                beyond = true;
                break;
            }
        }
        if (!beyond) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** NUL bytes, or many control characters, in the first 8 KB: not a text file whatever its name says. */
    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 10;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = Failures.root(e);
        String m = t.getMessage();
        return Failures.oneLine(t.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }

    private static String title(Metadata metadata) {
        String t = metadata.get(TikaCoreProperties.TITLE);
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static LocalDate date(Metadata metadata) {
        for (String key : DATE_KEYS) {
            String v = metadata.get(key);
            if (v != null) {
                Matcher m = ISO_DATE.matcher(v);
                if (m.find()) {
                    try {
                        return LocalDate.parse(m.group());
                    } catch (DateTimeParseException e) {
                        // not a real date: try the next key
                    }
                }
            }
        }
        return null;
    }

    private static String language(Metadata metadata) {
        for (String key : new String[] {"dc:language", "Content-Language", "language"}) {
            String v = metadata.get(key);
            if (v != null && v.length() >= 2) {
                return v.substring(0, 2).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
