package org.factcheck.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import org.factcheck.core.text.Maxent;

/**
 * Tells which of the supported languages a text is written in: the one Tika's OpenNLP language detector
 * (tika-langdetect-opennlp, its model loaded once per process) ranks first among them, found as that detector finds
 * it, for less.
 *
 * <p>The detector reads the text in chunks of {@value #CHUNK} code points, each normalized (web and mail addresses,
 * all but letters, emoji, digits made spaces, runs shrunk), and counts its n-grams of one to three characters in
 * lower case; every {@value #EVERY} n-grams it asks its maximum-entropy model for the languages' probabilities given
 * the distinct n-grams so far. It stops when the best language has stayed first over the last
 * {@value #CONSECUTIVE} + 1 predictions without losing confidence and leads the second by {@value #MIN_LEAD} or more,
 * or at the text's end, and ranks the languages of its last prediction. The model adds up every n-gram's parameters
 * anew at each prediction, in the order of the detector's hash table. Here each distinct n-gram's parameters are
 * added once, when it first comes, so the sums differ from the detector's only by the rounding of additions in
 * another order, which is bounded; where a decision (stop or go on, which language leads) lies within that bound,
 * the prediction is made again as the detector makes it, n-grams in its order. The answer is the detector's.
 */
public final class LanguageGuesser {
    /** Enough text for two languages as far apart as French and English; the rest only costs time. */
    private static final int SAMPLE = 3_000;
    /** The detector's chunk, in code points. */
    private static final int CHUNK = 300;
    /** The most the detector reads, in code points. */
    private static final int MAX_LENGTH = 10_000;
    /** The detector predicts every so many n-grams. */
    private static final int EVERY = 110;
    /** How many predictions after the first the best language must stay first without losing confidence. */
    private static final int CONSECUTIVE = 2;
    /** By how much the first language's probability must lead the second's for the detector to stop. */
    private static final double MIN_LEAD = 0.20;
    private static final String SPACE = " ";

    /** The detector's normalizations, in its order: its own two, then OpenNLP's. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]{10,10000}");
    private static final Pattern MAIL_ADDRESS = Pattern.compile(
            "[-_.0-9A-Za-z]{1,100}@[-_0-9A-Za-z]{1,100}[-_.0-9A-Za-z]{1,100}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsIdeographic}]+");
    private static final CharSequenceNormalizer[] NORMALIZERS = {EmojiCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance()};

    /** The unit roundoff of a double. */
    private static final double UNIT = 0x1p-53;
    /** Room for the rounding of the exponentials, their sum and the division, and then some. */
    private static final double SLACK = 1e-12;
    /** Beyond this highest sum, the exponentials may overflow, or all underflow: predictions are made exactly. */
    private static final double NEAR_LIMIT = 700;

    /** Tika's language model, read once. */
    private static final class Model {
        static final GISModel MAXENT;
        static final Map<String, Context> TABLE;
        /** ISO 639-1 code of each outcome, by index. */
        static final String[] CODES;

        static {
            try (InputStream in = LanguageGuesser.class.getResourceAsStream("/opennlp-langdetect-20210413.bin")) {
                if (in == null) {
                    throw new IOException("Tika's language model is not on the class path");
                }
                MAXENT = (GISModel) new LanguageDetectorModel(in).getMaxentModel();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TABLE = Maxent.table(MAXENT);
            CODES = new String[MAXENT.getNumOutcomes()];
            for (int o = 0; o < CODES.length; o++) {
                CODES[o] = iso1(MAXENT.getOutcome(o));
            }
        }
    }

    private LanguageGuesser() {
    }

    /**
     * The supported language with the best score, or {@code fallback} when the detector scores none of them.
     *
     * @param supported ISO 639-1 codes such as {@code fr} and {@code en}
     */
    public static String guess(String text, Set<String> supported, String fallback) {
        Probe probe = new Probe();
        Prediction last = probe.run(text.substring(0, Math.min(text.length(), SAMPLE)));
        int best = probe.bestOf(last, supported);
        return best < 0 ? fallback : Model.CODES[best];
    }

    private static String iso1(String code) {
        return switch (code) {
            case "fra", "fre" -> "fr";
            case "eng" -> "en";
            default -> code;
        };
    }

    /**
     * One prediction: the probability of each language given the first {@code grams} distinct n-grams, within
     * {@code error} of the detector's (0 once made as the detector makes it).
     */
    private static final class Prediction {
        final int grams;
        double[] p;
        double error;

        Prediction(int grams, double[] p, double error) {
            this.grams = grams;
            this.p = p;
            this.error = error;
        }
    }

    /** One text's reading. */
    private static final class Probe {
        /** The distinct n-grams in the order they came, and their contexts (null: unknown to the model). */
        private final List<String> grams = new ArrayList<>();
        private final List<Context> contexts = new ArrayList<>();
        private final Map<String, Context> seen = new HashMap<>();
        /** The outcomes' sums over the distinct n-grams so far, and the sums of the terms' magnitudes. */
        private final double[] sums = Maxent.prior(Model.MAXENT);
        private final double[] magnitudes = Arrays.stream(sums).map(Math::abs).toArray();
        private final ArrayDeque<Prediction> recent = new ArrayDeque<>();
        private int count;

        /** The detector's last prediction on {@code content}. */
        Prediction run(String content) {
            int[] codePoints = content.codePoints().toArray();
            Prediction current = null;
            int start = 0;
            while (true) {
                int size = start + CHUNK > MAX_LENGTH ? MAX_LENGTH - start : CHUNK;
                int from = Math.min(start, codePoints.length);
                int taken = start == 0 && size > content.length() ? codePoints.length
                        : Math.min(codePoints.length, from + size) - from;
                if (taken == 0) {
                    return current != null ? current : predict();
                }
                start += taken;
                int[] chunk = normalized(new String(codePoints, from, taken)).codePoints().toArray();
                for (NGrams n = new NGrams(chunk); n.next != null; ) {
                    String gram = n.advance();
                    if (gram.equals(SPACE)) {
                        continue;
                    }
                    if (!seen.containsKey(gram)) {
                        add(gram);
                    }
                    if (++count % EVERY == 0) {
                        current = predict();
                        if (seenEnough(current)) {
                            return current;
                        }
                    }
                }
            }
        }

        private static CharSequence normalized(String chunk) {
            CharSequence s = MAIL_ADDRESS.matcher(WEB_ADDRESS.matcher(chunk).replaceAll(SPACE)).replaceAll(SPACE);
            s = NOT_LETTERS.matcher(s).replaceAll(SPACE);
            for (CharSequenceNormalizer n : NORMALIZERS) {
                s = n.normalize(s);
            }
            return s;
        }

        /** A new distinct n-gram: its parameters added to the sums, once. */
        private void add(String gram) {
            Context c = Model.TABLE.get(gram);
            seen.put(gram, c);
            grams.add(gram);
            contexts.add(c);
            if (c != null) {
                ArrayMath.sumFeatures(new Context[] {c}, null, sums);
                int[] outcomes = c.getOutcomes();
                double[] parameters = c.getParameters();
                for (int k = 0; k < outcomes.length; k++) {
                    magnitudes[outcomes[k]] += Math.abs(parameters[k]);
                }
            }
        }

        /**
         * The prediction on the n-grams so far, from the running sums, with a bound on how far it may lie from the
         * detector's: both sum the same terms, in two orders, each within γ·Σ|terms| of the exact sum (γ of the
         * number of terms); the exponentials, their sum and the division round alike on both sides.
         */
        private Prediction predict() {
            int terms = grams.size() + 1;
            double gamma = terms * UNIT / (1 - terms * UNIT);
            double most = Arrays.stream(magnitudes).max().orElse(0);
            double delta = 2 * gamma * most * (1 + SLACK);
            double ratio = Math.exp(2 * delta) * (1 + SLACK);
            double[] p = Maxent.probabilities(sums.clone());
            Prediction out = new Prediction(grams.size(), p, ratio * (ratio - 1));
            double highest = Arrays.stream(sums).max().orElse(0);
            if (Math.abs(highest) > NEAR_LIMIT) { // exponentials near overflow or underflow: no bound holds
                exact(out);
            }
            return out;
        }

        /** The prediction made again as the detector makes it: its hash table's n-grams, in its order. */
        private void exact(Prediction q) {
            if (q.error == 0) {
                return;
            }
            Map<String, Context> table = new HashMap<>();
            for (int k = 0; k < q.grams; k++) {
                table.put(grams.get(k), contexts.get(k));
            }
            double[] p = Maxent.prior(Model.MAXENT);
            ArrayMath.sumFeatures(table.values().toArray(new Context[0]), null, p);
            q.p = Maxent.probabilities(p);
            q.error = 0;
        }

        /** The detector's test to stop after {@code q}, the latest prediction. */
        private boolean seenEnough(Prediction q) {
            if (recent.size() < CONSECUTIVE) {
                recent.add(q);
                return false;
            } else if (recent.size() > CONSECUTIVE) {
                recent.removeFirst();
            }
            recent.add(q);
            int[] top = firstTwo(q, q.p.length);
            if (Math.abs(q.p[top[0]] - q.p[top[1]] - MIN_LEAD) <= 2 * q.error) {
                exact(q);
                top = firstTwo(q, q.p.length);
            }
            if (q.p[top[0]] - q.p[top[1]] < MIN_LEAD) {
                return false;
            }
            Prediction before = null;
            for (Prediction r : recent) {
                if (before != null) {
                    if (first(before) != first(r)) {
                        return false;
                    }
                    double a = before.p[first(before)];
                    double b = r.p[first(r)];
                    if (Math.abs(a - b) <= before.error + r.error) {
                        exact(before);
                        exact(r);
                        a = before.p[first(before)];
                        b = r.p[first(r)];
                    }
                    if (a > b) {
                        return false;
                    }
                }
                before = r;
            }
            return true;
        }

        /** The language ranked first by {@code q}, as the detector ranks them, made exact when too close to tell. */
        private int first(Prediction q) {
            int[] top = firstTwo(q, q.p.length);
            if (q.p[top[0]] - q.p[top[1]] <= 2 * q.error) {
                exact(q);
                top = firstTwo(q, q.p.length);
            }
            return top[0];
        }

        /** The supported language ranked first by {@code q}, or -1 when it ranks none. */
        int bestOf(Prediction q, Set<String> supported) {
            int[] top = firstTwoOf(q, supported);
            if (top[0] >= 0 && top[1] >= 0 && q.p[top[0]] - q.p[top[1]] <= 2 * q.error) {
                exact(q);
                top = firstTwoOf(q, supported);
            }
            return top[0];
        }

        /**
         * The first two of the outcomes below {@code n}, as the detector's stable sort by decreasing probability
         * ranks them (of equals, the first outcome first).
         */
        private static int[] firstTwo(Prediction q, int n) {
            int[] top = {0, 1};
            if (Double.compare(q.p[1], q.p[0]) > 0) {
                top = new int[] {1, 0};
            }
            for (int o = 2; o < n; o++) {
                if (Double.compare(q.p[o], q.p[top[0]]) > 0) {
                    top = new int[] {o, top[0]};
                } else if (Double.compare(q.p[o], q.p[top[1]]) > 0) {
                    top[1] = o;
                }
            }
            return top;
        }

        /** The first two supported outcomes as the detector ranks them, -1 for none. */
        private static int[] firstTwoOf(Prediction q, Set<String> supported) {
            int[] top = {-1, -1};
            for (int o = 0; o < q.p.length; o++) {
                if (!supported.contains(Model.CODES[o])) {
                    continue;
                }
                if (top[0] < 0 || Double.compare(q.p[o], q.p[top[0]]) > 0) {
                    top = new int[] {o, top[0]};
                } else if (top[1] < 0 || Double.compare(q.p[o], q.p[top[1]]) > 0) {
                    top[1] = o;
                }
            }
            return top;
        }
    }

    /**
     * The detector's n-grams of a chunk: at each code point but the last, those of one, two and three code points that
     * fit, each code point put in lower case when first reached.
     */
    private static final class NGrams {
        private final int[] chars;
        private int position;
        private int length = 1;
        String next;

        NGrams(int[] chars) {
            this.chars = chars;
            for (int i = 0; i < Math.min(chars.length, 3); i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
            next = chars.length >= 1 ? new String(chars, 0, 1) : null;
        }

        String advance() {
            String out = next;
            if (++length > 3) {
                length = 1;
                position++;
                if (position + 3 < chars.length) {
                    chars[position + 3] = Character.toLowerCase(chars[position + 3]);
                }
            }
            if (position + length > chars.length) {
                length = 1;
                position++;
            }
            next = position >= chars.length - 1 ? null : new String(chars, position, length);
            return out;
        }
    }
}
