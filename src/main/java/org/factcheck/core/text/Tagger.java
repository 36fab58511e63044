package org.factcheck.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tags for a language's tokens, from an Apache OpenNLP model: {@value #OWN_MODEL} in the language's
 * rules folder when a newsroom puts one there, else the Universal Dependencies model packaged for the language
 * (French GSD, English EWT). One per language, loaded with the rules and immutable; each draft gets a tagger of its
 * own ({@link #session}), since OpenNLP's taggers keep state while they tag.
 *
 * <p>Tags are read greedily (one best tag a token, left to right) rather than by OpenNLP's default beam of three:
 * on French and English news copy the two agree on every token we compared, at half the cost. A maximum-entropy
 * model with Universal Dependencies tags (the packaged ones) is read by {@link Greedy}, which takes the tag OpenNLP's
 * beam search of width one takes, without its bookkeeping; another model goes through OpenNLP's tagger. With the
 * feature generator OpenNLP trains part-of-speech models with by default (the packaged models'), the model's
 * parameters are found word by word ({@link DefaultFeatures}) rather than through the strings of each position's
 * features, for the same probabilities; and a word whose best tag the sums of its parameters tell clearly takes it
 * without the probabilities being computed ({@link Maxent#clearlyBest}), the same tag.
 */
public final class Tagger {
    /** The file name of a newsroom's own model in {@code rules/<language>/}. */
    public static final String OWN_MODEL = "pos-model.bin";

    /** The packaged models, by language (class-path resources of the opennlp-models-pos-* jars). */
    private static final Map<String, String> PACKAGED = Map.of(
            "fr", "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin",
            "en", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");

    /** No additional context for the context generator, as OpenNLP's tagger gives none. */
    private static final Object[] EMPTY = new Object[0];
    /** The lowest score OpenNLP's beam search keeps a sequence at. */
    private static final double MIN_SEQUENCE_SCORE = -100_000;

    private final POSModel model;
    private final String source;
    /**
     * The words the model was trained on, as its features name them ("w=" and the word in lower case), when the model
     * is not held compactly.
     */
    private final Map<String, ?> features;
    /** The model's classifier held compactly, when it has OpenNLP's default features; else null. */
    private final CompactMaxent compact;
    /** The model's classifier when {@link Greedy} reads it, else null. */
    private final MaxentModel maxent;
    /** The contexts of the model's features word by word, when its feature generator is OpenNLP's default one. */
    private final DefaultFeatures defaultFeatures;
    /** The part of speech of each of the model's outcomes, by index (with {@link #maxent}). */
    private final Pos[] outcomePos;
    /**
     * Each thread's reader of this model: its context generator parses the model's feature description when it is
     * made, which is worth doing once per thread rather than once per draft.
     */
    private final ThreadLocal<Greedy> greedy;

    /** @param read the model as read, with all its artifacts */
    private Tagger(POSModel read, String source) throws IOException {
        MaxentModel classifier = read.getArtifact("pos.model");
        boolean greedyRead = classifier != null && POSTagFormatMapper.guessFormat(read) == POSTagFormat.UD;
        // a model with OpenNLP's default features is read from a compact copy of its table: the model as read, with
        // its table of linked entries, is dropped once this is built
        CompactMaxent compact = greedyRead && classifier instanceof GISModel gis
                && DefaultFeatures.usesDefaultGenerator(read) ? CompactMaxent.of(gis) : null;
        MaxentModel reader = compact != null ? compact : classifier;
        this.model = greedy(read, reader);
        this.source = source;
        this.compact = compact;
        Object[] data = compact == null && classifier instanceof AbstractModel m ? m.getDataStructures() : null;
        this.features = data != null && data.length > 1 && data[1] instanceof Map<?, ?> map ? cast(map) : Map.of();
        this.maxent = greedyRead ? reader : null;
        this.defaultFeatures = compact != null ? DefaultFeatures.of(compact) : null;
        this.outcomePos = new Pos[greedyRead ? classifier.getNumOutcomes() : 0];
        for (int i = 0; i < outcomePos.length; i++) {
            outcomePos[i] = Pos.of(classifier.getOutcome(i));
        }
        this.greedy = greedyRead ? ThreadLocal.withInitial(Greedy::new) : null;
    }

    /** The tagger of a model as read ({@code source} names where from). */
    static Tagger of(POSModel read, String source) throws IOException {
        return new Tagger(read, source);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    /** Whether the model saw {@code word} in training (true when the model does not tell). */
    boolean knows(String word) {
        String feature = DefaultFeatures.WORD + word.toLowerCase(Locale.ROOT);
        return compact != null ? compact.index(feature) != CompactMaxent.NONE
                : features.isEmpty() || features.containsKey(feature);
    }

    /**
     * The tagger of {@code language}: its own model in {@code folder}, else the packaged one; null when there is
     * neither (tokens then carry {@link Pos#NONE}).
     *
     * @throws IOException when a model is there but cannot be read
     */
    public static Tagger load(Path folder, String language) throws IOException {
        Path own = folder.resolve(OWN_MODEL);
        if (Files.isRegularFile(own)) {
            try (InputStream in = Files.newInputStream(own)) {
                return of(new POSModel(in), own.toString());
            } catch (RuntimeException e) { // OpenNLP reads a file that is no model into all sorts of exceptions
                throw new IOException("not an OpenNLP part-of-speech model (" + e + ")", e);
            }
        }
        String packaged = PACKAGED.get(language);
        if (packaged == null) {
            return null;
        }
        try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream(packaged)) {
            if (in == null) {
                throw new IOException("no part-of-speech model " + packaged + " on the class path");
            }
            return of(new POSModel(in), packaged);
        }
    }

    /** The model, reading one best tag a token with {@code classifier}. */
    private static POSModel greedy(POSModel model, MaxentModel classifier) {
        if (classifier == null) {
            return model; // a model of another kind (a perceptron sequence model): as it is
        }
        return new POSModel(model.getLanguage(), classifier, 1, new HashMap<>(), model.getFactory());
    }

    /** Where the model came from: a file of the rules folder, or the packaged model's name. */
    public String source() {
        return source;
    }

    /** A tagger for one draft. */
    public Session session() {
        return greedy != null ? new Session(null, greedy.get(), this)
                : new Session(new POSTaggerME(model, POSTagFormat.UD), null, this);
    }

    /**
     * Whether a capitalized word after {@code t} may be capitalized only because it opens a clause: after a quotation
     * mark, a bracket, a colon or a dash (not after a comma, nor after an abbreviation's period).
     */
    private static boolean opensClause(Token t) {
        return t.kind() == Token.Kind.PUNCT && !t.text().equals(",") && !t.text().equals(";")
                && !t.text().equals(".");
    }

    /**
     * One thread's reader of a maximum-entropy model, one best tag a word, left to right: at each word the tag of
     * highest probability that the model's sequence validator accepts, the first of equals, as OpenNLP's beam search
     * of width one chooses it (from the same contexts and the same probabilities), without building a sequence
     * object, sorting the probabilities and copying the tags so far at each word.
     */
    private final class Greedy {
        private final POSContextGenerator contexts;
        private final SequenceValidator<String> validator;
        /**
         * Whether the tags before a word are read other than by OpenNLP's own validator (which reads the word's entry
         * in the tag dictionary, never the tags before it): by the context generator of a model without the default
         * features, or by another validator. Each reader is then given a copy of them, as OpenNLP's search does;
         * otherwise the words' tags so far are given as they are, without a copy at each word, which a sentence of n
         * words paid n² for.
         */
        private final boolean copiesTags;
        private final double[] probabilities = new double[maxent.getNumOutcomes()];
        /**
         * Whether a word's tag is its most probable one whatever the word: OpenNLP's validator without a tag
         * dictionary (the packaged models have none) accepts every tag, and a sequence of most probable tags never
         * scores below {@link #MIN_SEQUENCE_SCORE} (the most probable of n tags has a probability of at least 1/n, so
         * {@link #MAX_SEQUENCE} of them score at least {@code MAX_SEQUENCE × log(1/n)}: -1,417 for the 17 tags of
         * Universal Dependencies). The tag is then the outcome of the largest sum, which {@link Maxent#clearlyBest}
         * tells without the exponentials of the probabilities (a sixth of the tagger's work, sampled) where one sum
         * clearly leads, as it does at nearly every word.
         */
        private final boolean acceptsAll;

        Greedy() {
            // as POSTaggerME makes them: its context cache sized by the model's beam
            String beam = model.getManifestProperty("BeamSize");
            this.contexts = model.getFactory().getPOSContextGenerator(beam == null ? 3 : Integer.parseInt(beam));
            this.validator = model.getFactory().getSequenceValidator();
            this.copiesTags = defaultFeatures == null || validator.getClass() != DefaultPOSSequenceValidator.class;
            this.acceptsAll = validator.getClass() == DefaultPOSSequenceValidator.class
                    && model.getFactory().getTagDictionary() == null
                    && MAX_SEQUENCE * (Math.log(maxent.getNumOutcomes()) + 1) < -MIN_SEQUENCE_SCORE;
        }

        /** The longest sequence of words tagged in one go; sentences of news copy stay far below it. */
        static final int MAX_SEQUENCE = 500;

        /**
         * The index of each word's tag among the model's outcomes. The probabilities at each word come from
         * {@link #defaultFeatures} when the model has OpenNLP's default features, else from the context generator's
         * features.
         *
         * @param draft the words of the draft kept for it alone (see {@link DefaultFeatures#words})
         */
        int[] tag(String[] words, Map<String, DefaultFeatures.Word> draft) {
            if (words.length <= MAX_SEQUENCE) {
                return tagSequence(words, draft);
            }
            // A "sentence" of thousands of words (a hostile draft, a list with no stop) is tagged a chunk at a time:
            // the prior tags the model reads are copied at each word, which a sequence of n words pays n² for.
            int[] out = new int[words.length];
            for (int from = 0; from < words.length; from += MAX_SEQUENCE) {
                int to = Math.min(words.length, from + MAX_SEQUENCE);
                System.arraycopy(tagSequence(Arrays.copyOfRange(words, from, to), draft), 0, out, from, to - from);
            }
            return out;
        }

        private int[] tagSequence(String[] words, Map<String, DefaultFeatures.Word> draft) {
            int[] best = new int[words.length];
            String[] tags = new String[words.length];
            DefaultFeatures.Word[] known = defaultFeatures != null
                    ? defaultFeatures.words(words, contexts, draft) : null;
            // Words whose best tag is clear are tagged from the sums alone, without the probabilities (see
            // acceptsAll), up to the first word whose best tags are too near to tell apart without them
            int quick = 0;
            while (known != null && acceptsAll && quick < words.length) {
                int top = Maxent.clearlyBest(defaultFeatures.sums(known, quick, best, probabilities));
                if (top < 0) {
                    break;
                }
                best[quick] = top;
                tags[quick] = maxent.getOutcome(top);
                quick++;
            }
            double score = 0; // the sequence's log probability, as the beam search adds it up
            if (quick < words.length) { // the score of the words so far, which the rest is read with
                for (int i = 0; i < quick; i++) {
                    score += StrictMath.log(defaultFeatures.eval(known, i, best, probabilities)[best[i]]);
                }
            }
            for (int i = quick; i < words.length; i++) {
                String[] before = copiesTags ? Arrays.copyOf(tags, i) : tags;
                double[] p = known != null ? defaultFeatures.eval(known, i, best, probabilities)
                        : maxent.eval(contexts.getContext(i, words, before, EMPTY), probabilities);
                double max = p[0];
                for (int o = 1; o < p.length; o++) {
                    max = Math.max(max, p[o]);
                }
                int chosen = -1;
                for (int o = 0; o < p.length && chosen < 0; o++) {
                    if (p[o] >= max && validator.validSequence(i, words, before, maxent.getOutcome(o))
                            && score + StrictMath.log(p[o]) > MIN_SEQUENCE_SCORE) {
                        chosen = o;
                    }
                }
                if (chosen < 0) { // no best tag is valid: the valid tag of best score
                    double top = Double.NEGATIVE_INFINITY;
                    for (int o = 0; o < p.length; o++) {
                        double s = score + StrictMath.log(p[o]);
                        if (s > MIN_SEQUENCE_SCORE && s > top
                                && validator.validSequence(i, words, before, maxent.getOutcome(o))) {
                            chosen = o;
                            top = s;
                        }
                    }
                }
                if (chosen < 0) {
                    throw new IllegalStateException("the part-of-speech model accepts no tag for '" + words[i] + "'");
                }
                score += StrictMath.log(p[chosen]);
                best[i] = chosen;
                tags[i] = maxent.getOutcome(chosen);
            }
            return best;
        }
    }

    /** Tags the sentences of one draft; not to be shared between threads. */
    public static final class Session {
        private final POSTaggerME tagger;
        private final Greedy greedy;
        /** The words of this draft whose contexts were found and are kept for it alone (see DefaultFeatures). */
        private final Map<String, DefaultFeatures.Word> draft = new HashMap<>();
        private final Tagger of;

        private Session(POSTaggerME tagger, Greedy greedy, Tagger of) {
            this.tagger = tagger;
            this.greedy = greedy;
            this.of = of;
        }

        /** The part of speech of each word. */
        Pos[] tags(String[] words) {
            Pos[] out = new Pos[words.length];
            if (greedy != null) {
                int[] outcomes = greedy.tag(words, draft);
                for (int i = 0; i < words.length; i++) {
                    out[i] = of.outcomePos[outcomes[i]];
                }
            } else {
                String[] tags = tagger.tag(words);
                for (int i = 0; i < words.length; i++) {
                    out[i] = Pos.of(tags[i]);
                }
            }
            return out;
        }

        /**
         * The tokens of one sentence, each with its tag. Each token is shown to the model as the words {@code shown}
         * makes of it (a name and its possessive ending apart, as the model's training text wrote them), and takes
         * the tag of the first; a word for which {@code abbreviated} holds is shown with the
         * period right after it ("Mr." "Dr." "J."), as the model's training text wrote it, and that period is
         * punctuation.
         */
        public List<Token> tag(List<Token> tokens, IntPredicate abbreviated, Function<Token, List<String>> shown) {
            if (tokens.isEmpty()) {
                return tokens;
            }
            List<String> words = new ArrayList<>(tokens.size());
            int[] wordOf = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                boolean joined = i + 1 < tokens.size() && abbreviated.test(i);
                wordOf[i] = words.size();
                List<String> pieces = shown.apply(tokens.get(i));
                for (int k = 0; k < pieces.size() - 1; k++) { // (no view of the pieces made for each word)
                    words.add(pieces.get(k));
                }
                words.add(joined ? pieces.get(pieces.size() - 1) + "." : pieces.get(pieces.size() - 1));
                if (joined) {
                    wordOf[++i] = -1;
                }
            }
            Pos[] tags = tags(words.toArray(new String[0]));
            List<Token> out = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                Pos pos = wordOf[i] < 0 ? Pos.PUNCT : tags[wordOf[i]];
                // A capitalized word the model never saw, heading a clause, where capitals tell nothing: the
                // model's guess ("Okafor also wants" as a preposition) is no evidence, so it has none.
                boolean clauseHead = i == 0 || wordOf[i - 1] >= 0 && opensClause(tokens.get(i - 1));
                if (clauseHead && t.capitalized() && wordOf[i] >= 0 && !of.knows(words.get(wordOf[i]))) {
                    pos = Pos.X;
                }
                out.add(t.withPos(pos));
            }
            return out;
        }
    }
}
