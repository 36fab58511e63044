package org.factcheck.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The parameters a maximum-entropy model gives each position of a sentence, found word by word, for the feature
 * generator OpenNLP's part-of-speech models are trained with by default (the packaged models'). That generator makes
 * at each position strings of the word there (its prefixes, suffixes, lower-case form and class), of its neighbours
 * up to two words away, of the sentence's start and of the two tags before; OpenNLP builds them and looks each up in
 * the model's table, word after word. Here a word's share is looked up once, as the numbers of the model's features
 * in its compact table ({@link CompactMaxent}), the parameters of the features that come first at its own position
 * already added up, and kept: a word the model was trained on for good (shared by the threads: the model's words are
 * a few thousand), any other for its draft and, among the {@value #RECENT} to {@value #RECENT}×2 words of that kind
 * found last, for the next drafts.
 * A position's features are then added in the generator's order, so that the parameters are added in the same order
 * as the model adds them, for the same probabilities to the last bit. The tags' features are found once, for every
 * tag and pair of tags.
 */
final class DefaultFeatures {
    /** OpenNLP's default feature generator of part-of-speech models, as it ships it. */
    private static final String DEFAULT_GENERATOR = "pos-default-features.xml";
    /**
     * The start of the feature of a word itself, in lower case (the generator's word feature); {@link Tagger#knows}
     * reads the model's words by it too.
     */
    static final String WORD = "w=";
    /** The feature of a sentence's first word (the generator's sentence feature). */
    private static final String SENTENCE_START = "S=begin";
    /**
     * How many forms of the model's words are kept, for each of its words: a word is kept as it is written ("le",
     * "Le", "LE"), and a draft may write it in many more ways than a newsroom does.
     */
    static final int FORMS = 4;
    /**
     * How many of the other words (names, figures, rare words) each of the two generations of recent ones keeps: the
     * words of the drafts checked last, so that a draft checked again after a change finds its names there. Few, so
     * that under a load of varied drafts they turn in a fraction of a second and their words die young, before the
     * collector moves them into the old generation; at a newsroom's pace they stay for minutes.
     */
    static final int RECENT = 256;
    /** No additional context for the context generator, as OpenNLP's tagger gives none. */
    private static final Object[] EMPTY = new Object[0];

    /**
     * A word's share of the model's features, by their index in the model's table ({@link CompactMaxent#NONE} where
     * the model has no such feature): at its own position, the outcomes' sums once the prior and the features before
     * those of the neighbours and of the sentence's start are added ({@code head}), and the features after them that
     * the model has ({@code tail}); the features it gives the positions one and two after it ({@code previous1},
     * {@code previous2}: it is their previous word) and before it ({@code next1}, {@code next2}); whether the model
     * was trained on the word ({@code known}).
     */
    record Word(double[] head, int[] tail, int previous1, int previous2, int next1, int next2, boolean known) {
    }

    private final CompactMaxent table;
    /** The outcomes' sums before any feature. */
    private final double[] prior;
    /** The features of the sentence's start, at its first, second and third word. */
    private final int[] start;
    /** The feature of the tag before, by its outcome. */
    private final int[] tag1;
    /** The feature of the two tags before, by the outcome two words before and the one before. */
    private final int[][] tag2;
    /** The words of the model found so far, as drafts wrote them; at most {@link #most}. */
    private final Map<String, Word> kept = new ConcurrentHashMap<>();
    /** How many words {@link #kept} may hold: {@value #FORMS} for each word of the model. */
    private final int most;
    /** The other words found since the last turn, or found again. */
    private volatile Map<String, Word> young = new ConcurrentHashMap<>();
    /** The other words of the generation before. */
    private volatile Map<String, Word> old = Map.of();

    private DefaultFeatures(CompactMaxent model) {
        this.table = model;
        this.prior = model.prior();
        this.most = FORMS * table.count(WORD);
        int outcomes = prior.length;
        this.start = new int[] {table.index(SENTENCE_START), table.index("p1" + SENTENCE_START),
                table.index("p2" + SENTENCE_START)};
        this.tag1 = new int[outcomes];
        this.tag2 = new int[outcomes][outcomes];
        for (int o = 0; o < outcomes; o++) {
            tag1[o] = table.index("t=" + model.getOutcome(o));
            for (int before = 0; before < outcomes; before++) {
                tag2[before][o] = table.index("t2=" + model.getOutcome(before) + "," + model.getOutcome(o));
            }
        }
    }

    /**
     * The features of a model whose classifier is {@code classifier} (the model's, held compactly) and whose feature
     * generator is OpenNLP's default one ({@link #usesDefaultGenerator}).
     */
    static DefaultFeatures of(CompactMaxent classifier) {
        return new DefaultFeatures(classifier);
    }

    /**
     * Whether {@code model}'s feature generator is OpenNLP's default one, as it ships it: else its contexts are
     * OpenNLP's to build.
     */
    static boolean usesDefaultGenerator(POSModel model) throws IOException {
        if (!(model.getArtifact("generator.featuregen") instanceof byte[] generator)) {
            return false;
        }
        try (InputStream in = POSTaggerFactory.class.getResourceAsStream(DEFAULT_GENERATOR)) {
            return in != null && Arrays.equals(generator, in.readAllBytes());
        }
    }

    /**
     * The contexts of each word of a sentence.
     *
     * <p>A word found for the first time is kept for good when the model was trained on it (its own feature is in
     * the model's table: a few thousand words, the most frequent of the language), else in {@code draft}, for that
     * draft, and among the recent words, for the next drafts ({@link #RECENT}). Kept for the drafts after in
     * generations of 8,192 words, which turned every second or two, such words outlived young collections: a
     * service checking varied drafts moved a megabyte of them into the heap's old generation at each, and collected
     * the whole heap every 15 seconds.
     *
     * @param generator the calling thread's context generator
     * @param draft the words of this draft found so far and kept for it alone; one map for each draft
     */
    Word[] words(String[] sentence, POSContextGenerator generator, Map<String, Word> draft) {
        Word[] out = new Word[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            Word w = kept.get(sentence[i]);
            if (w == null && (w = draft.get(sentence[i])) == null) {
                Word inYoung = young.get(sentence[i]);
                w = inYoung;
                if (w == null && (w = old.get(sentence[i])) == null) {
                    w = word(sentence[i], generator);
                }
                if (w.known() && kept.size() < most) {
                    kept.put(sentence[i], w);
                } else {
                    draft.put(sentence[i], w);
                    if (inYoung == null) { // a word of the young generation is there already: not written again
                        recent(sentence[i], w);
                    }
                }
            }
            out[i] = w;
        }
        return out;
    }

    /** Keeps a word among the recent ones, and turns their generations when the young one is full. */
    private void recent(String word, Word w) {
        Map<String, Word> generation = young;
        generation.put(word, w);
        if (generation.size() >= RECENT) {
            turn(generation);
        }
    }

    /**
     * Makes {@code full} the old generation of recent words and starts a young one, unless another thread has turned
     * it already (two threads may find the same word twice meanwhile: the same contexts, found again).
     */
    private synchronized void turn(Map<String, Word> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }

    /** How many words are kept among the recent ones, in both generations. */
    int recent() {
        return young.size() + old.size();
    }

    /** How many words are kept for good. */
    int kept() {
        return kept.size();
    }

    /** How many words may be kept for good. */
    int most() {
        return most;
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
        for (String feature : alone.subList(0, split)) {
            table.add(table.index(feature), head);
        }
        int[] tail = alone.subList(split + 1, alone.size()).stream().mapToInt(table::index)
                .filter(f -> f != CompactMaxent.NONE).toArray();
        return new Word(head, tail, table.index("p1" + form), table.index("p2" + form), table.index("n1" + form),
                table.index("n2" + form), table.index(form) != CompactMaxent.NONE);
    }

    /**
     * The probability of each outcome at position {@code i} of a sentence, as the model's evaluation of the
     * generator's features there gives it, into {@code out}.
     *
     * @param tags the outcomes chosen for the positions before {@code i}
     */
    double[] eval(Word[] sentence, int i, int[] tags, double[] out) {
        return Maxent.probabilities(sums(sentence, i, tags, out));
    }

    /**
     * The sums of the parameters of each outcome at position {@code i} of a sentence, which {@link #eval} makes
     * probabilities, into {@code out}.
     *
     * @param tags the outcomes chosen for the positions before {@code i}
     */
    double[] sums(Word[] sentence, int i, int[] tags, double[] out) {
        Word w = sentence[i];
        System.arraycopy(w.head(), 0, out, 0, out.length);
        // the rest of the parameters, in the features' order
        if (i >= 1) {
            table.add(sentence[i - 1].previous1(), out);
        }
        if (i >= 2) {
            table.add(sentence[i - 2].previous2(), out);
        }
        if (i + 1 < sentence.length) {
            table.add(sentence[i + 1].next1(), out);
        }
        if (i + 2 < sentence.length) {
            table.add(sentence[i + 2].next2(), out);
        }
        if (i < start.length) {
            table.add(start[i], out);
        }
        for (int f : w.tail()) {
            table.add(f, out);
        }
        if (i >= 1) {
            table.add(tag1[tags[i - 1]], out);
        }
        if (i >= 2) {
            table.add(tag2[tags[i - 2]][tags[i - 1]], out);
        }
        return out;
    }
}
