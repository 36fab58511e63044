package org.factcheck.core.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which of the supported languages a text is written in, with Apache OpenNLP's language detector model (the
 * one Tika's detector uses) cut down at build time to the languages it was built with ({@link LanguageModelWriter}):
 * the model's order of those languages, read as the detector reads a text, in microseconds.
 *
 * <p>The first {@value #SAMPLE} characters are read in chunks of {@value #CHUNK} code points, each normalized as the
 * detector normalizes it (web and mail addresses and all but letters made spaces, emoticons such as {@code xD}
 * removed, runs of a character shrunk to two and of spaces to one, the chunk trimmed); each distinct n-gram of one
 * to three code points, in lower case, adds its parameters to its languages' sums, once. Every {@value #EVERY}
 * n-grams, once {@value #MIN_GRAMS} have been read, the reading stops if one supported language leads the next by
 * {@value #MARGIN} or more (a likelihood ratio of e to that power). The detector's rules for tweets' retweet marks
 * and laughs are left out: they change no answer of the test sets.
 *
 * <p>The answer is {@code fallback} when no supported language is in the model (a rules language the build left
 * out: the draft then needs its language given), and when the text has no n-gram the model knows (no letters, or
 * only a script none of its languages writes). A text in another language the model knows nothing of is given the
 * supported language it is closest to.
 */
public final class LanguageGuesser {
    /** Enough text for two languages as far apart as French and English; the rest only costs time. */
    private static final int SAMPLE = 3_000;
    /** The detector's chunk, in code points: n-grams do not cross chunks. */
    private static final int CHUNK = 300;
    /** How often, in n-grams, the lead is looked at. */
    private static final int EVERY = 110;
    /** The fewest n-grams read before the lead is looked at, as the detector's three predictions. */
    private static final int MIN_GRAMS = 3 * EVERY;
    /**
     * The lead, in log-likelihood, past which the rest of the sample changes nothing in practice: on the 6,500 French
     * and English texts of the test sets, the language leading after {@value #MIN_GRAMS} n-grams or more never lost
     * first place by the sample's end once it led by more than 0.13.
     */
    private static final double MARGIN = 4;
    private static final int SPACE = ' ';

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]{10,10000}");
    private static final Pattern MAIL_ADDRESS = Pattern.compile(
            "[-_.0-9A-Za-z]{1,100}@[-_0-9A-Za-z]{1,100}[-_.0-9A-Za-z]{1,100}");

    /** The packaged model, read on the first guess. */
    private static final class Holder {
        static final LanguageModel MODEL;

        static {
            try {
                MODEL = LanguageModel.load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private LanguageGuesser() {
    }

    /** The languages the packaged model tells apart (ISO 639-1 codes). */
    public static Set<String> languages() {
        return Set.copyOf(Holder.MODEL.codes);
    }

    /**
     * The supported language the model ranks first, or {@code fallback} when the model has none of them or knows no
     * n-gram of the text.
     *
     * @param supported ISO 639-1 codes such as {@code fr} and {@code en}
     */
    public static String guess(String text, Set<String> supported, String fallback) {
        LanguageModel model = Holder.MODEL;
        int[] candidates = model.codes.stream().filter(supported::contains).mapToInt(model.codes::indexOf).toArray();
        if (candidates.length == 0) {
            return fallback;
        }
        Reading reading = new Reading(model, candidates);
        reading.read(text.substring(0, Math.min(text.length(), SAMPLE)));
        return reading.known == 0 ? fallback : model.codes.get(reading.first());
    }

    /** One text's reading: its normalization, n-grams and the languages' sums, in one pass. */
    private static final class Reading {
        private final LanguageModel model;
        private final int[] candidates;
        private final double[] sums;
        /** The slots of the distinct n-grams met so far, plus one, in an open-addressing set. */
        private int[] seen = new int[512];
        private int known;
        private int grams;
        private boolean done;

        /** The chunk's state: an x held to see if an emoticon's second letter follows it, and the run it is in. */
        private int heldX = -1;
        private boolean pendingSpace;
        private int runChar = -1;
        private int runLength;
        /** The last two characters of the normalized chunk, in lower case (-1: none yet). */
        private int last = -1;
        private int beforeLast = -1;

        Reading(LanguageModel model, int[] candidates) {
            this.model = model;
            this.candidates = candidates;
            this.sums = new double[model.codes.size()];
        }

        void read(String sample) {
            BitSet addresses = addresses(sample);
            int inChunk = 0;
            for (int i = 0; i < sample.length() && !done; ) {
                int c = sample.codePointAt(i);
                boolean letter = !addresses.get(i) && Character.isBmpCodePoint(c)
                        && (Character.isAlphabetic(c) || Character.isIdeographic(c));
                face(letter ? c : SPACE);
                i += Character.charCount(c);
                if (++inChunk == CHUNK) {
                    endChunk();
                    inChunk = 0;
                }
            }
            endChunk();
        }

        /** The characters of web and mail addresses, which the detector reads as spaces. */
        private static BitSet addresses(String sample) {
            BitSet out = new BitSet();
            if (sample.indexOf('@') >= 0 || sample.contains("://")) {
                for (Pattern p : new Pattern[] {WEB_ADDRESS, MAIL_ADDRESS}) {
                    for (Matcher m = p.matcher(sample); m.find(); ) {
                        out.set(m.start(), m.end());
                    }
                }
            }
            return out;
        }

        /** Emoticons of two letters, x then d, o or p in either case, are made one space. */
        private void face(int c) {
            if (heldX >= 0) {
                int x = heldX;
                heldX = -1;
                if (c == 'd' || c == 'o' || c == 'p' || c == 'D' || c == 'O' || c == 'P') {
                    shrink(SPACE);
                    return;
                }
                shrink(x);
            }
            if (c == 'x' || c == 'X') {
                heldX = c;
            } else {
                shrink(c);
            }
        }

        /** Spaces are made one, leading and trailing ones dropped; a run of a character keeps its first two. */
        private void shrink(int c) {
            if (c == SPACE) {
                pendingSpace = last >= 0;
                runChar = -1;
                return;
            }
            if (pendingSpace) {
                pendingSpace = false;
                gram(SPACE);
            }
            if (runChar >= 0 && sameIgnoringAsciiCase(c, runChar)) {
                if (++runLength > 2) {
                    return;
                }
            } else {
                runChar = c;
                runLength = 1;
            }
            gram(Character.toLowerCase(c));
        }

        private static boolean sameIgnoringAsciiCase(int a, int b) {
            return a == b || a < 128 && b < 128 && Character.isLetter(a) && (a | 0x20) == (b | 0x20);
        }

        /**
         * The next character of the normalized chunk: the n-grams it ends, and the one-letter n-gram of the
         * character before it (the detector reads none from a chunk's last character).
         */
        private void gram(int c) {
            if (last >= 0) {
                if (last != SPACE) {
                    count((long) last);
                }
                count((long) last << 21 | c);
                if (beforeLast >= 0) {
                    count(((long) beforeLast << 21 | last) << 21 | c);
                }
            }
            beforeLast = last;
            last = c;
        }

        private void endChunk() {
            if (heldX >= 0) {
                shrink(heldX);
                heldX = -1;
            }
            pendingSpace = false;
            runChar = -1;
            last = -1;
            beforeLast = -1;
        }

        private void count(long key) {
            int slot = model.slot(key);
            if (slot >= 0 && firstTime(slot)) {
                model.add(slot, sums);
                known++;
            }
            if (++grams % EVERY == 0 && grams >= MIN_GRAMS && lead() >= MARGIN) {
                done = true;
            }
        }

        /** Whether the slot is met for the first time in this text, which it is then marked as met. */
        private boolean firstTime(int slot) {
            int mask = seen.length - 1;
            int s = slot * 0x9E3779B9 >>> 7 & mask;
            while (seen[s] != 0) {
                if (seen[s] == slot + 1) {
                    return false;
                }
                s = (s + 1) & mask;
            }
            seen[s] = slot + 1;
            if (2 * known + 2 > seen.length) {
                int[] old = seen;
                seen = new int[old.length * 2];
                for (int v : old) {
                    if (v != 0) {
                        put(v);
                    }
                }
            }
            return true;
        }

        private void put(int value) {
            int mask = seen.length - 1;
            int s = (value - 1) * 0x9E3779B9 >>> 7 & mask;
            while (seen[s] != 0) {
                s = (s + 1) & mask;
            }
            seen[s] = value;
        }

        /** The candidate ranked first: the highest sum, of equals the model's first language. */
        int first() {
            int best = candidates[0];
            for (int l : candidates) {
                if (sums[l] > sums[best]) {
                    best = l;
                }
            }
            return best;
        }

        /** By how much the first candidate's sum leads the next one's (infinite for a single candidate). */
        private double lead() {
            if (known == 0) {
                return 0;
            }
            double first = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (int l : candidates) {
                if (sums[l] > first) {
                    second = first;
                    first = sums[l];
                } else if (sums[l] > second) {
                    second = sums[l];
                }
            }
            return first - second;
        }
    }
}
