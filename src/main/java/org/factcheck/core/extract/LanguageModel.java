package org.factcheck.core.extract;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The n-gram language model the build writes ({@link LanguageModelWriter}): a few languages' maximum-entropy
 * parameters by n-gram of one to three code points, in an open-addressing table keyed by the packed code points, so
 * that a lookup makes no object.
 */
final class LanguageModel {
    static final int MAGIC = 0x4c414e47;
    /** Where the build writes it. */
    static final String RESOURCE = "/org/factcheck/core/extract/languages.bin";
    /** A key no n-gram packs to: code point 0 is not a letter. */
    private static final long EMPTY = 0;

    /** The languages' ISO 639-1 codes, in the order of their parameters. */
    final List<String> codes;
    private final long[] keys;
    /** Each slot's parameters, one per language. */
    private final float[] parameters;
    private final int mask;

    private LanguageModel(List<String> codes, long[] keys, float[] parameters) {
        this.codes = codes;
        this.keys = keys;
        this.parameters = parameters;
        this.mask = keys.length - 1;
    }

    /** The n-gram's code points, 21 bits each, the first highest; never 0. */
    static long pack(CharSequence gram) {
        long key = 0;
        for (int i = 0; i < gram.length(); ) {
            int c = Character.codePointAt(gram, i);
            key = key << 21 | c;
            i += Character.charCount(c);
        }
        return key;
    }

    /** The slot of the n-gram packed as {@code key}, or -1 when the model does not know it. */
    int slot(long key) {
        int s = hash(key) & mask;
        while (keys[s] != key) {
            if (keys[s] == EMPTY) {
                return -1;
            }
            s = (s + 1) & mask;
        }
        return s;
    }

    /** Adds the parameters of the n-gram in {@code slot} to {@code sums}, one per language. */
    void add(int slot, double[] sums) {
        int at = slot * sums.length;
        for (int l = 0; l < sums.length; l++) {
            sums[l] += parameters[at + l];
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    /** The model the build packaged. */
    static LanguageModel load() throws IOException {
        try (InputStream resource = LanguageModel.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IOException(RESOURCE + " is not on the class path: the build writes it (LanguageModelWriter)");
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16));
            if (in.readInt() != MAGIC) {
                throw new IOException(RESOURCE + " is not a language model");
            }
            int languages = in.readUnsignedByte();
            List<String> codes = new ArrayList<>();
            for (int l = 0; l < languages; l++) {
                codes.add(in.readUTF());
            }
            int count = in.readInt();
            int capacity = Integer.highestOneBit(Math.max(2, count * 2 - 1)) << 1;
            long[] keys = new long[capacity];
            float[] parameters = new float[capacity * languages];
            int mask = capacity - 1;
            for (int n = 0; n < count; n++) {
                long key = in.readLong();
                int s = hash(key) & mask;
                while (keys[s] != EMPTY) {
                    s = (s + 1) & mask;
                }
                keys[s] = key;
                for (int l = 0; l < languages; l++) {
                    parameters[s * languages + l] = in.readFloat();
                }
            }
            return new LanguageModel(List.copyOf(codes), keys, parameters);
        }
    }
}
