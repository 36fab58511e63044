package org.factcheck.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The parameters a maximum-entropy model gives each position of a sentence, found word by word, for the feature
 * generator OpenNLP's part-of-speech models are trained with by default (the packaged models'). That generator makes
 * at each position strings of the word there (its prefixes, suffixes, lower-case form and class), of its neighbours
 * up to two words away, of the sentence's start and of the two tags before; OpenNLP builds them and looks each up in
 * the model's table, word after word. Here a word's share is looked up once, as the model's contexts, and kept
 * (shared by the threads, in two generations of up to {@value #GENERATION} words), the parameters of the features
 * that come first at its own position already added up; a position's contexts are then put together in the
 * generator's order, so that the parameters are added in the same order as the model adds them, for the same
 * probabilities to the last bit. The tags' contexts are found once, for every tag and pair of tags.
 */
final class DefaultFeatures {
    /** OpenNLP's default feature generator of part-of-speech models, as it ships it. */
    private static final String DEFAULT_GENERATOR = "pos-default-features.xml";
    /** The feature of a sentence's first word (the generator's sentence feature). */
    private static final String SENTENCE_START = "S=begin";
    /**
     * How many words' contexts each generation keeps: the words found since the last turn, and those of the
     * generation before (a word found there is kept in the young one). At each turn the old generation is dropped,
     * so a word that comes back often is always kept, and the rest is at most two generations. Over 2,000 drafts of
     * the bulk set, 6.3 % of the words were found again (4.1 % with one table of 50,000 words dropped when full,
     * which a service checking varied drafts filled: 31 MB of its heap for the two languages' 84,000 words; these
     * two generations hold at most 16,384 words a language, about 6 MB).
     */
    static final int GENERATION = 8_192;
    /** No additional context for the context generator, as OpenNLP's tagger gives none. */
    private static final Object[] EMPTY = new Object[0];

    /**
     * A word's share of the model's contexts (null where the model has no such feature): at its own position, the
     * outcomes' sums once the prior and the features before those of the neighbours and of the sentence's start are
     * added ({@code head}), and the contexts of the features after them ({@code tail}); the contexts it gives the
     * positions one and two after it ({@code previous1}, {@code previous2}: it is their previous word) and before it
     * ({@code next1}, {@code next2}).
     */
    record Word(double[] head, Context[] tail, Context previous1, Context previous2, Context next1, Context next2) {
    }

    private final Map<String, Context> table;
    /** The outcomes' sums before any feature. */
    private final double[] prior;
    /** The contexts of the sentence's start, at its first, second and third word. */
    private final Context[] start;
    /** The context of the tag before, by its outcome. */
    private final Context[] tag1;
    /** The context of the two tags before, by the outcome two words before and the one before. */
    private final Context[][] tag2;
    /** The words found or used since the last turn. */
    private volatile Map<String, Word> young = new ConcurrentHashMap<>();
    /** The words of the generation before it. */
    private volatile Map<String, Word> old = Map.of();

    private DefaultFeatures(GISModel model) {
        this.table = Maxent.table(model);
        this.prior = Maxent.prior(model);
        int outcomes = prior.length;
        this.start = new Context[] {table.get(SENTENCE_START), table.get("p1" + SENTENCE_START),
                table.get("p2" + SENTENCE_START)};
        this.tag1 = new Context[outcomes];
        this.tag2 = new Context[outcomes][outcomes];
        for (int o = 0; o < outcomes; o++) {
            tag1[o] = table.get("t=" + model.getOutcome(o));
            for (int before = 0; before < outcomes; before++) {
                tag2[before][o] = table.get("t2=" + model.getOutcome(before) + "," + model.getOutcome(o));
            }
        }
    }

    /**
     * The features of {@code model}, when its classifier is a maximum-entropy model read from a file and its feature
     * generator OpenNLP's default one; else null (its contexts are then OpenNLP's to build).
     */
    static DefaultFeatures of(POSModel model) throws IOException {
        if (!(model.getArtifact("pos.model") instanceof GISModel gis)
                || !(model.getArtifact("generator.featuregen") instanceof byte[] generator)) {
            return null;
        }
        try (InputStream in = POSTaggerFactory.class.getResourceAsStream(DEFAULT_GENERATOR)) {
            if (in == null || !Arrays.equals(generator, in.readAllBytes())) {
                return null;
            }
        }
        return new DefaultFeatures(gis);
    }

    /** The contexts of each word of a sentence; {@code generator} is the calling thread's context generator. */
    Word[] words(String[] sentence, POSContextGenerator generator) {
        Word[] out = new Word[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            Map<String, Word> kept = young;
            Word w = kept.get(sentence[i]);
            if (w == null) {
                w = old.get(sentence[i]);
                if (w == null) {
                    w = word(sentence[i], generator);
                }
                kept.put(sentence[i], w);
                if (kept.size() >= GENERATION) {
                    turn(kept);
                }
            }
            out[i] = w;
        }
        return out;
    }

    /** How many words are kept now, in both generations. */
    int kept() {
        return young.size() + old.size();
    }

    /**
     * Makes {@code full} the old generation and starts a young one, unless another thread has turned it already (two
     * threads may find the same word twice meanwhile: the same contexts, found again).
     */
    private synchronized void turn(Map<String, Word> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }

    /**
     * A word's contexts, from the features the generator gives it alone, as a sentence of one word: its own, then the
     * sentence's start, then its own again; its lower-case form is the last of the first ones (the generator's word
     * feature), which the neighbours' features name after their distance.
     */
    private Word word(String word, POSContextGenerator generator) {
        List<String> alone = Arrays.asList(generator.getContext(0, new String[] {word}, new String[0], EMPTY));
        int split = alone.indexOf(SENTENCE_START);
        String form = alone.get(split - 1);
        double[] head = prior.clone();
        ArrayMath.sumFeatures(contexts(alone.subList(0, split)), null, head);
        return new Word(head, contexts(alone.subList(split + 1, alone.size())),
                table.get("p1" + form), table.get("p2" + form), table.get("n1" + form), table.get("n2" + form));
    }

    private Context[] contexts(List<String> features) {
        return features.stream().map(table::get).toArray(Context[]::new);
    }

    /**
     * The probability of each outcome at position {@code i} of a sentence, as the model's evaluation of the
     * generator's features there gives it, into {@code out}.
     *
     * @param tags the outcomes chosen for the positions before {@code i}
     * @param buffer room for the position's contexts, reused from one position to the next
     */
    double[] eval(Word[] sentence, int i, int[] tags, Context[] buffer, double[] out) {
        Word w = sentence[i];
        int n = 0;
        buffer[n++] = i >= 1 ? sentence[i - 1].previous1() : null;
        buffer[n++] = i >= 2 ? sentence[i - 2].previous2() : null;
        buffer[n++] = i + 1 < sentence.length ? sentence[i + 1].next1() : null;
        buffer[n++] = i + 2 < sentence.length ? sentence[i + 2].next2() : null;
        buffer[n++] = i < start.length ? start[i] : null;
        for (Context c : w.tail()) {
            buffer[n++] = c;
        }
        buffer[n++] = i >= 1 ? tag1[tags[i - 1]] : null;
        buffer[n++] = i >= 2 ? tag2[tags[i - 2]][tags[i - 1]] : null;
        Arrays.fill(buffer, n, buffer.length, null);
        System.arraycopy(w.head(), 0, out, 0, out.length);
        ArrayMath.sumFeatures(buffer, null, out); // the rest of the parameters, in the features' order
        return Maxent.probabilities(out);
    }

    /** Room enough for the contexts of any position of {@code sentence}. */
    static Context[] buffer(Word[] sentence) {
        int most = 0;
        for (Word w : sentence) {
            most = Math.max(most, w.tail().length);
        }
        return new Context[most + 7];
    }
}
