package org.factcheck.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags for a language's tokens, from an Apache OpenNLP model: {@value #OWN_MODEL} in the language's
 * rules folder when a newsroom puts one there, else the Universal Dependencies model packaged for the language
 * (French GSD, English EWT). One per language, loaded with the rules and immutable; each draft gets a tagger of its
 * own ({@link #session}), since OpenNLP's taggers keep state while they tag.
 *
 * <p>Tags are read greedily (one best tag a token, left to right) rather than by OpenNLP's default beam of three:
 * on French and English news copy the two agree on every token we compared, at half the cost.
 */
public final class Tagger {
    /** The file name of a newsroom's own model in {@code rules/<language>/}. */
    public static final String OWN_MODEL = "pos-model.bin";

    /** The packaged models, by language (class-path resources of the opennlp-models-pos-* jars). */
    private static final Map<String, String> PACKAGED = Map.of(
            "fr", "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin",
            "en", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");

    private final POSModel model;
    private final String source;
    /** The words the model was trained on, as its features name them ("w=" and the word in lower case). */
    private final Map<String, ?> features;

    private Tagger(POSModel model, String source) {
        this.model = model;
        this.source = source;
        MaxentModel maxent = model.getArtifact("pos.model");
        Object[] data = maxent instanceof AbstractModel m ? m.getDataStructures() : null;
        this.features = data != null && data.length > 1 && data[1] instanceof Map<?, ?> map ? cast(map) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    /** Whether the model saw {@code word} in training (true when the model does not tell). */
    boolean knows(String word) {
        return features.isEmpty() || features.containsKey("w=" + word.toLowerCase(Locale.ROOT));
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
                return new Tagger(greedy(new POSModel(in)), own.toString());
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
            return new Tagger(greedy(new POSModel(in)), packaged);
        }
    }

    /** The model, reading one best tag a token. */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact("pos.model");
        if (maxent == null) {
            return model; // a model of another kind (a perceptron sequence model): as it is
        }
        return new POSModel(model.getLanguage(), maxent, 1, new HashMap<>(), model.getFactory());
    }

    /** Where the model came from: a file of the rules folder, or the packaged model's name. */
    public String source() {
        return source;
    }

    /** A tagger for one draft. */
    public Session session() {
        return new Session(new POSTaggerME(model, POSTagFormat.UD), this);
    }

    /**
     * Whether a capitalized word after {@code t} may be capitalized only because it opens a clause: after a quotation
     * mark, a bracket, a colon or a dash (not after a comma, nor after an abbreviation's period).
     */
    private static boolean opensClause(Token t) {
        return t.kind() == Token.Kind.PUNCT && !t.text().equals(",") && !t.text().equals(";")
                && !t.text().equals(".");
    }

    /** Tags the sentences of one draft; not to be shared between threads. */
    public static final class Session {
        private final POSTaggerME tagger;
        private final Tagger of;

        private Session(POSTaggerME tagger, Tagger of) {
            this.tagger = tagger;
            this.of = of;
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
                words.addAll(pieces.subList(0, pieces.size() - 1));
                words.add(joined ? pieces.get(pieces.size() - 1) + "." : pieces.get(pieces.size() - 1));
                if (joined) {
                    wordOf[++i] = -1;
                }
            }
            String[] tags = tagger.tag(words.toArray(new String[0]));
            List<Token> out = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                Pos pos = wordOf[i] < 0 ? Pos.PUNCT : Pos.of(tags[wordOf[i]]);
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
