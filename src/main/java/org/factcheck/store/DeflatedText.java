package org.factcheck.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text kept as its deflated UTF-8 bytes (zlib's format, checksum included), as the store saves a report: the JSON of
 * the bench article's report, 13 KB, deflates to 4.6 KB at deflate's quickest level, in about 50 microseconds.
 */
final class DeflatedText {
    private DeflatedText() {
    }

    static byte[] deflate(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(in);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 64);
            byte[] buffer = new byte[Math.max(512, Math.min(in.length, 64 * 1024))];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** @throws UncheckedIOException when {@code bytes} are not a whole deflated text (damaged, cut short) */
    static String inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            int expected = Math.min(bytes.length, 1 << 20) * 4;
            ByteArrayOutputStream out = new ByteArrayOutputStream(expected);
            byte[] buffer = new byte[Math.max(512, Math.min(expected, 256 * 1024))];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new UncheckedIOException(new IOException("a deflated text ends before its end"));
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("a deflated text is damaged: " + e.getMessage(), e));
        } finally {
            inflater.end();
        }
    }
}
