package org.factcheck.core.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.Span;

/**
 * What {@link ForkedExtractor} and its {@link ExtractionWorker} say to each other over the child's standard input
 * and output: a request is a file's name and bytes; an answer is the extracted document, or the kind and message of
 * the fault. Strings are UTF-8 with their length before them ({@code -1} for null), so a text of any length passes.
 */
final class WorkerProtocol {
    /** The first byte a worker writes, once it has read a first document and is ready for requests. */
    static final int READY = 'R';
    private static final int DOCUMENT = 'D';
    private static final int FAULT = 'F';
    /** The most bytes a string of the protocol may claim: more is a broken stream, not a text. */
    private static final int MAX_STRING = 64 * 1024 * 1024;

    private WorkerProtocol() {
    }

    /** A request: the file's bytes and its name (may be null). */
    record Request(byte[] content, String name) {
    }

    static void writeRequest(DataOutputStream out, byte[] content, String name) throws IOException {
        writeString(out, name);
        out.writeInt(content.length);
        out.write(content);
        out.flush();
    }

    /** The next request, or null at the end of the stream (the parent closed it: time to exit). */
    static Request readRequest(DataInputStream in) throws IOException {
        String name;
        try {
            name = readString(in);
        } catch (EOFException end) {
            return null;
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("a request of " + length + " bytes");
        }
        byte[] content = new byte[length];
        in.readFully(content);
        return new Request(content, name);
    }

    static void writeDocument(DataOutputStream out, ExtractedDocument doc) throws IOException {
        out.writeByte(DOCUMENT);
        writeString(out, doc.text());
        writeString(out, doc.contentType());
        writeString(out, doc.title());
        writeString(out, doc.date() == null ? null : doc.date().toString());
        writeString(out, doc.language());
        out.writeInt(doc.paragraphs().size());
        for (Span p : doc.paragraphs()) {
            out.writeInt(p.start());
            out.writeInt(p.end());
        }
        out.flush();
    }

    static void writeFault(DataOutputStream out, String kind, String message) throws IOException {
        out.writeByte(FAULT);
        writeString(out, kind);
        writeString(out, message);
        out.flush();
    }

    /** The answer to a request: the document, or the fault thrown as the {@link DraftException} of its kind. */
    static ExtractedDocument readAnswer(DataInputStream in) throws IOException, DraftException {
        int tag = in.readUnsignedByte();
        if (tag == FAULT) {
            String kind = readString(in);
            throw DraftException.ofReading(kind, readString(in));
        }
        if (tag != DOCUMENT) {
            throw new IOException("an answer that starts with byte " + tag);
        }
        String text = readString(in);
        String type = readString(in);
        String title = readString(in);
        String date = readString(in);
        String language = readString(in);
        int n = in.readInt();
        if (n < 0 || n > text.length() + 1) {
            throw new IOException(n + " paragraphs in a text of " + text.length() + " characters");
        }
        List<Span> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = in.readInt();
            int end = in.readInt();
            if (start < 0 || end < start || end > text.length()) {
                throw new IOException("a paragraph " + start + "–" + end + " out of the text");
            }
            paragraphs.add(Span.of(text, start, end));
        }
        return new ExtractedDocument(text, type, title, date == null ? null : LocalDate.parse(date), language,
                paragraphs);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("a string of " + length + " bytes");
        }
        byte[] b = new byte[length];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
