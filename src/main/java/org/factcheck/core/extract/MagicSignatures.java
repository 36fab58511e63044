package org.factcheck.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.factcheck.core.text.RequiredText;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether any of Tika's magic signatures matches a file's first bytes, answered in one pass: the question a plain
 * text draft asks before it is read as text, where Tika's own detection ({@link MimeTypes#detect}) tries each of its
 * 850 signatures through a stream and a fresh buffer of up to 16 KB, a millisecond a draft.
 *
 * <p>The signatures are Tika's: read from the same type tables Tika reads ({@code tika-mimetypes.xml}, every
 * {@code custom-mimetypes.xml} on the class path, the file named by {@value MimeTypesFactory#CUSTOM_MIMES_SYS_PROP}),
 * each decoded and compared as Tika's {@code MagicDetector} does: its offsets, masks, case, regular expressions and
 * the zeros past a short file's end; nested matches as both, a group as at least so many. When no signature matches,
 * Tika's detection has no magic to go by and names the file from its name alone (or, without a name, from whether its
 * bytes read as text). A signature this reader cannot read matches every file, so that a file is never taken for
 * plain text where Tika might not. Immutable and thread-safe.
 */
public final class MagicSignatures {
    /** What Tika reads of a file to detect its type ({@link MimeTypes#getMinLength()}). */
    private static final int HEADER = MimeTypes.getDefaultMimeTypes().getMinLength();
    /** The characters Tika gives a regular-expression signature to match, past its first offset. */
    private static final int REGEX_WINDOW = 8 * 1024;

    private final List<Clause> signatures;
    private final int unread;

    private MagicSignatures(List<Clause> signatures, int unread) {
        this.signatures = List.copyOf(signatures);
        this.unread = unread;
    }

    /** The signatures of the type tables Tika reads from {@code loader}'s class path. */
    public static MagicSignatures tika(ClassLoader loader) throws IOException {
        Reader reader = new Reader();
        List<URL> tables = new ArrayList<>();
        tables.add(loader.getResource("org/apache/tika/mime/tika-mimetypes.xml"));
        tables.addAll(Collections.list(loader.getResources("org/apache/tika/mime/custom-mimetypes.xml")));
        for (URL table : tables) {
            if (table == null) {
                throw new IOException("Tika's type table is not on the class path");
            }
            try (InputStream in = table.openStream()) {
                reader.read(in);
            }
        }
        String custom = System.getProperty(MimeTypesFactory.CUSTOM_MIMES_SYS_PROP);
        if (custom != null) {
            try (InputStream in = Files.newInputStream(Path.of(custom))) {
                reader.read(in);
            }
        }
        return new MagicSignatures(reader.signatures, reader.unread);
    }

    /** Whether any signature matches the first bytes of {@code content}, as Tika's detection would try it. */
    public boolean anyMatches(byte[] content) {
        Bytes data = new Bytes(content, Math.min(content.length, HEADER));
        for (Clause signature : signatures) {
            if (signature.matches(data)) {
                return true;
            }
        }
        return false;
    }

    /** How many signatures were read. */
    public int size() {
        return signatures.size();
    }

    /** How many signatures could not be read, each of which matches every file. */
    public int unread() {
        return unread;
    }

    /** A file's first bytes, with the positions of each byte value for the signatures searched over a range. */
    private static final class Bytes {
        final byte[] b;
        final int length;
        private int[] start;
        private int[] positions;
        private String latin1;

        Bytes(byte[] b, int length) {
            this.b = b;
            this.length = length;
        }

        /** All the bytes read as ISO-8859-1, made once. */
        String latin1() {
            if (latin1 == null) {
                latin1 = new String(b, 0, length, StandardCharsets.ISO_8859_1);
            }
            return latin1;
        }

        /** The byte at {@code i}, or zero past the end, as Tika's buffer holds. */
        int at(int i) {
            return i < length ? b[i] : 0;
        }

        /** The first position at or after {@code from} that holds {@code value}, or -1. */
        int next(int value, int from) {
            if (positions == null) {
                index();
            }
            int v = value & 0xff;
            int lo = start[v];
            int hi = start[v + 1];
            while (lo < hi) { // the first of this value's positions that is >= from
                int mid = (lo + hi) >>> 1;
                if (positions[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < start[v + 1] ? positions[lo] : -1;
        }

        private void index() {
            int[] count = new int[257];
            for (int i = 0; i < length; i++) {
                count[(b[i] & 0xff) + 1]++;
            }
            for (int v = 0; v < 256; v++) {
                count[v + 1] += count[v];
            }
            start = count.clone();
            positions = new int[length];
            for (int i = 0; i < length; i++) {
                positions[count[b[i] & 0xff]++] = i;
            }
        }
    }

    private interface Clause {
        boolean matches(Bytes data);
    }

    /** A signature this reader does not understand: it may match anything. */
    private static final Clause ANY = data -> true;

    /** A match with nested ones: itself and any of them, as Tika's reader combines them. */
    private record Both(Clause first, Clause then) implements Clause {
        @Override
        public boolean matches(Bytes data) {
            return first.matches(data) && then.matches(data);
        }
    }

    /** At least so many of the clauses: a group, and with one, any of them (Tika's "or"). */
    private record AtLeast(int min, List<Clause> clauses) implements Clause {
        @Override
        public boolean matches(Bytes data) {
            int n = 0;
            for (Clause c : clauses) {
                if (c.matches(data) && ++n >= min) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Bytes at an offset or anywhere in a range of offsets, masked, and compared without case for some. */
    private static final class Literal implements Clause {
        private final int begin;
        private final int end;
        private final byte[] pattern;
        private final byte[] mask;
        private final boolean ignoreCase;
        /** The byte values the first byte of a match may have, when few: the positions searched in a range. */
        private final int[] firsts;

        Literal(int begin, int end, byte[] pattern, byte[] mask, boolean ignoreCase) {
            int n = Math.max(pattern.length, mask != null ? mask.length : 0);
            this.begin = begin;
            this.end = end;
            this.pattern = new byte[n];
            this.mask = new byte[n];
            for (int i = 0; i < n; i++) {
                this.mask[i] = mask != null && i < mask.length ? mask[i] : -1;
                this.pattern[i] = i < pattern.length ? (byte) (pattern[i] & this.mask[i]) : 0;
            }
            this.ignoreCase = ignoreCase;
            this.firsts = n == 0 || this.mask[0] != -1 || this.pattern[0] == 0 ? null : firstBytes(this.pattern[0]);
        }

        /** The bytes that compare equal to {@code p}: itself, and without case its other case. */
        private int[] firstBytes(byte p) {
            if (!ignoreCase || p < 0) {
                return new int[] {p};
            }
            List<Integer> out = new ArrayList<>();
            for (int v = 0; v < 128; v++) {
                if (Character.toLowerCase(v) == p) {
                    out.add(v);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public boolean matches(Bytes data) {
            if (data.length < begin + pattern.length) {
                return false; // Tika's stream ends before the first place a match could end
            }
            if (end - begin < 8 || firsts == null) {
                for (int i = begin; i <= end; i++) {
                    if (at(data, i)) {
                        return true;
                    }
                }
                return false;
            }
            for (int first : firsts) {
                for (int i = data.next(first, begin); i >= 0 && i <= end; i = data.next(first, i + 1)) {
                    if (at(data, i)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean at(Bytes data, int i) {
            for (int j = 0; j < pattern.length; j++) {
                int masked = data.at(i + j) & mask[j];
                if (ignoreCase) {
                    masked = Character.toLowerCase(masked);
                }
                if (masked != pattern[j]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A regular expression tried at each offset of a range on the file's bytes read as ISO-8859-1, each time on the
     * 8 KB that follow.
     */
    private static final class Regex implements Clause {
        private final int begin;
        private final int end;
        private final Pattern pattern;
        /** What a match contains, when none of it is a zero byte (which the zeros past the file's end hold). */
        private final RequiredText required;

        Regex(int begin, int end, Pattern pattern) {
            this.begin = begin;
            this.end = end;
            this.pattern = pattern;
            RequiredText r = RequiredText.of(pattern);
            this.required = r.sets().stream().flatMap(Set::stream).anyMatch(t -> t.indexOf('\0') >= 0) ? null : r;
        }

        @Override
        public boolean matches(Bytes data) {
            if (data.length < begin) {
                return false; // Tika's stream ends before the first offset
            }
            // tried at each offset of a range, thousands of tries: what a match contains is looked for first, in all
            // the bytes, which hold every window the tries read
            if (end > begin && required != null && !required.mayMatch(data.latin1())) {
                return false;
            }
            Matcher m = pattern.matcher(new Latin1(data, begin, REGEX_WINDOW + (end - begin)));
            for (int i = 0; i <= end - begin; i++) {
                m.region(i, REGEX_WINDOW + i);
                if (m.lookingAt()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Bytes read as ISO-8859-1 characters from an offset, for a length, zeros past the file's end. */
    private record Latin1(Bytes data, int from, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            return (char) (data.at(from + index) & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Latin1(data, from + start, end - start);
        }

        @Override
        public String toString() {
            char[] c = new char[length];
            for (int i = 0; i < length; i++) {
                c[i] = charAt(i);
            }
            return new String(c);
        }
    }

    /** Reads the {@code magic} elements of type tables as Tika's {@code MimeTypesReader} does. */
    static final class Reader extends DefaultHandler {
        final List<Clause> signatures = new ArrayList<>();
        int unread;
        /** The open match elements, each with the clauses nested in it so far. */
        private final Deque<Open> open = new ArrayDeque<>();
        private boolean inMagic;

        private record Open(Clause clause, int min, List<Clause> nested) {
        }

        void read(InputStream in) throws IOException {
            try {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setNamespaceAware(false);
                factory.newSAXParser().parse(new InputSource(in), this);
            } catch (SAXException | ParserConfigurationException e) {
                throw new IOException("cannot read Tika's type table: " + e.getMessage(), e);
            }
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new java.io.StringReader("")); // no external entity, as Tika's reader
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("magic".equals(qName)) {
                inMagic = true;
            } else if ("match".equals(qName) && inMagic) {
                String min = attributes.getValue("minShouldMatch");
                if (min != null) {
                    open.push(new Open(null, parseInt(min), new ArrayList<>()));
                } else {
                    String kind = attributes.getValue("type");
                    open.push(new Open(clause(kind == null ? "string" : kind, attributes.getValue("offset"),
                            attributes.getValue("value"), attributes.getValue("mask")), 0, new ArrayList<>()));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("magic".equals(qName)) {
                inMagic = false;
                open.clear();
            } else if ("match".equals(qName) && inMagic && !open.isEmpty()) {
                Open o = open.pop();
                Clause c;
                if (o.clause() == null) {
                    c = o.min() > 0 && o.min() <= o.nested().size() ? new AtLeast(o.min(), o.nested()) : unread();
                } else if (o.nested().isEmpty()) {
                    c = o.clause();
                } else {
                    c = new Both(o.clause(), o.nested().size() == 1 ? o.nested().get(0) : new AtLeast(1, o.nested()));
                }
                if (open.isEmpty()) {
                    signatures.add(c);
                } else {
                    open.peek().nested().add(c);
                }
            }
        }

        private Clause unread() {
            unread++;
            return ANY;
        }

        private static int parseInt(String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** One match as Tika's {@code MagicDetector.parse} reads it; {@link #ANY} for one it would refuse. */
        private Clause clause(String kind, String offset, String value, String mask) {
            try {
                int begin = 0;
                int end = 0;
                if (offset != null) {
                    int colon = offset.indexOf(':');
                    begin = Integer.parseInt(colon < 0 ? offset : offset.substring(0, colon));
                    end = colon < 0 ? begin : Integer.parseInt(offset.substring(colon + 1));
                }
                byte[] pattern = decode(value, kind);
                if (pattern == null || begin < 0 || end < begin) {
                    return unread();
                }
                if ("regex".equals(kind)) {
                    return new Regex(begin, end, Pattern.compile(new String(pattern, StandardCharsets.UTF_8)));
                }
                return new Literal(begin, end, pattern, mask == null ? null : decode(mask, kind),
                        "stringignorecase".equals(kind));
            } catch (RuntimeException e) {
                return unread();
            }
        }

        /** Tika's decoding of a match's value or mask, by the match's type; null for a type it does not know. */
        static byte[] decode(String value, String kind) {
            if (value == null) {
                return null;
            }
            boolean hex = value.startsWith("0x");
            String digits = hex ? value.substring(2) : value;
            int radix = hex ? 16 : 8;
            switch (kind) {
                case "string", "regex", "unicodeLE", "unicodeBE":
                    return decodeString(value, kind);
                case "stringignorecase":
                    return decodeString(value.toLowerCase(Locale.ROOT), kind);
                case "byte":
                    return digits.getBytes(StandardCharsets.UTF_8);
                case "host16", "little16": {
                    int i = Integer.parseInt(digits, radix);
                    return new byte[] {(byte) (i & 0xff), (byte) (i >> 8)};
                }
                case "big16": {
                    int i = Integer.parseInt(digits, radix);
                    return new byte[] {(byte) (i >> 8), (byte) (i & 0xff)};
                }
                case "host32", "little32": {
                    long i = Long.parseLong(digits, radix);
                    return new byte[] {(byte) (i & 0xff), (byte) ((i & 0xff00) >> 8), (byte) ((i & 0xff0000) >> 16),
                            (byte) ((i & 0xff000000L) >> 24)};
                }
                case "big32": {
                    long i = Long.parseLong(digits, radix);
                    return new byte[] {(byte) ((i & 0xff000000L) >> 24), (byte) ((i & 0xff0000) >> 16),
                            (byte) ((i & 0xff00) >> 8), (byte) (i & 0xff)};
                }
                default:
                    return null;
            }
        }

        private static byte[] decodeString(String value, String kind) {
            if (value.startsWith("0x")) {
                byte[] out = new byte[(value.length() - 2) / 2];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (byte) Integer.parseInt(value.substring(2 + i * 2, 4 + i * 2), 16);
                }
                return out;
            }
            StringBuilder chars = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c != '\\') {
                    chars.append(c);
                    continue;
                }
                char next = value.charAt(i + 1);
                if (next == '\\') {
                    chars.append('\\');
                    i++;
                } else if (next == 'x') {
                    chars.append((char) Integer.parseInt(value.substring(i + 2, i + 4), 16));
                    i += 3;
                } else if (next == 'r') {
                    chars.append('\r');
                    i++;
                } else if (next == 'n') {
                    chars.append('\n');
                    i++;
                } else { // up to three octal digits
                    int j = i + 1;
                    while (j < i + 4 && j < value.length() && Character.isDigit(value.charAt(j))) {
                        j++;
                    }
                    chars.append((char) Short.decode("0" + value.substring(i + 1, j)).byteValue()); // as Tika writes it
                    i = j - 1;
                }
            }
            byte[] out;
            if ("unicodeLE".equals(kind) || "unicodeBE".equals(kind)) {
                out = new byte[chars.length() * 2];
                for (int i = 0; i < chars.length(); i++) {
                    char c = chars.charAt(i);
                    out[2 * i] = (byte) ("unicodeLE".equals(kind) ? c & 0xff : c >> 8);
                    out[2 * i + 1] = (byte) ("unicodeLE".equals(kind) ? c >> 8 : c & 0xff);
                }
            } else {
                out = new byte[chars.length()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (byte) chars.charAt(i);
                }
            }
            return out;
        }
    }
}
