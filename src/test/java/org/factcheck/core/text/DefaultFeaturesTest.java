package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The words' contexts kept from one draft to the next: the model's words for good and bounded, the others for their
 * draft and among the recent ones, the values the same.
 */
class DefaultFeaturesTest {
    private static POSModel model;

    @BeforeAll
    static void readTheFrenchModel() throws Exception {
        try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream("opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
    }

    /** The model's default features, read from its table held compactly, as the tagger reads them. */
    private static DefaultFeatures features() throws Exception {
        assertTrue(DefaultFeatures.usesDefaultGenerator(model),
                "the packaged French model has OpenNLP's default features");
        return DefaultFeatures.of(CompactMaxent.of((GISModel) model.getArtifact("pos.model")));
    }

    private static POSContextGenerator generator() {
        return model.getFactory().getPOSContextGenerator(3);
    }

    /**
     * A word the model was trained on is found once and kept for every draft after, as it is written; a word it
     * does not know (a name of the draft's own, used again and again in it) is found once for the draft, kept for it,
     * and among the recent words for the next draft.
     */
    @Test
    void theModelsWordsAreKeptForGoodAndADraftsOwnWordsForItAndTheNextDrafts() throws Exception {
        DefaultFeatures features = features();
        assertNotNull(features, "the packaged French model has OpenNLP's default features");
        POSContextGenerator generator = generator();
        Map<String, DefaultFeatures.Word> draft = new HashMap<>();
        DefaultFeatures.Word[] first = features.words(new String[] {"le", "Vandercamme", "parle"}, generator, draft);
        assertTrue(first[0].known() && !first[1].known(), "the model knows 'le', not 'Vandercamme'");
        DefaultFeatures.Word[] again = features.words(new String[] {"Vandercamme", "répond", "le"}, generator, draft);
        assertSame(first[1], again[0], "found once for the draft");
        assertSame(first[0], again[2]);
        assertFalse(draft.containsKey("le"), "a word of the model is kept for good, not for the draft");
        assertTrue(draft.containsKey("Vandercamme"));
        assertEquals(Set.of("le", "parle", "répond"), keptOf(features, "le", "parle", "répond", "Vandercamme"));

        Map<String, DefaultFeatures.Word> next = new HashMap<>();
        DefaultFeatures.Word[] later = features.words(new String[] {"le", "Vandercamme", "Le"}, generator, next);
        assertSame(first[0], later[0], "kept for the drafts after");
        assertSame(first[1], later[1], "a draft's own word is among the recent ones for the next draft");
        assertTrue(later[2] != first[0], "kept as it is written: its capital is a feature of its own");
        assertEquals(Set.of("Vandercamme"), next.keySet());
    }

    /**
     * The words the model does not know are kept among the recent ones in two generations of at most
     * {@link DefaultFeatures#RECENT}: a stream of ever new ones never keeps more, a word that comes back in each
     * draft is kept through every turn, and a word of a draft checked long ago is found again.
     */
    @Test
    void theRecentWordsAreTwoSmallGenerationsAndAWordThatComesBackStays() throws Exception {
        DefaultFeatures features = features();
        POSContextGenerator generator = generator();
        DefaultFeatures.Word name = features.words(new String[] {"Kerbrat"}, generator, new HashMap<>())[0];
        DefaultFeatures.Word old = features.words(new String[] {"Vandercamme"}, generator, new HashMap<>())[0];
        int drafts = 3 * DefaultFeatures.RECENT;
        for (int d = 0; d < drafts; d++) {
            DefaultFeatures.Word[] words = features.words(new String[] {"Kerbrat", "Xq" + d}, generator,
                    new HashMap<>());
            assertSame(name, words[0], "the word that comes back in each draft, at draft " + d);
            assertTrue(features.recent() <= 2 * DefaultFeatures.RECENT, features.recent() + " recent words");
        }
        assertTrue(old != features.words(new String[] {"Vandercamme"}, generator, new HashMap<>())[0],
                "a word of a draft checked long ago is found again");
        assertEquals(0, features.kept(), "none of them is a word of the model");
    }

    /**
     * Drafts writing the model's words in ever new ways (capitals here and there) fill the words kept for good up to
     * their bound and no further; past it, a new form is kept for its draft.
     */
    @Test
    void theWordsKeptForGoodAreBounded() throws Exception {
        DefaultFeatures features = features();
        POSContextGenerator generator = generator();
        List<String> vocabulary = vocabulary();
        assertTrue(features.most() >= vocabulary.size(), features.most() + " for " + vocabulary.size() + " words");
        Set<String> offered = new HashSet<>();
        int ways = 0;
        for (; features.kept() < features.most(); ways++) {
            assertTrue(ways < 64, "the words kept never reach the bound: " + features.kept());
            for (String word : vocabulary) {
                String form = mixedCase(word, ways);
                offered.add(form);
                features.words(new String[] {form}, generator, new HashMap<>());
                assertTrue(features.kept() <= features.most(), features.kept() + " kept");
            }
        }
        String unseen = vocabulary.stream().map(w -> mixedCase(w, 1 << 9 | 1 << 7 | 1 << 5 | 3))
                .filter(form -> !offered.contains(form)).findFirst().orElseThrow();
        Map<String, DefaultFeatures.Word> draft = new HashMap<>();
        DefaultFeatures.Word w = features.words(new String[] {unseen}, generator, draft)[0];
        assertTrue(w.known(), unseen + " is a word of the model");
        assertEquals(Set.of(unseen), draft.keySet(), "kept for its draft past the bound");
        assertEquals(features.most(), features.kept());
    }

    /** The model's words, as its word feature names them (in lower case). */
    private static List<String> vocabulary() {
        Object[] data = ((AbstractModel) model.getArtifact("pos.model")).getDataStructures();
        return ((Map<?, ?>) data[1]).keySet().stream().map(String::valueOf)
                .filter(f -> f.startsWith(DefaultFeatures.WORD)).map(f -> f.substring(DefaultFeatures.WORD.length()))
                .sorted().toList();
    }

    /** A word found again, once it left the recent ones, has the same features and sums as the first time, to the last bit. */
    @Test
    void aWordFoundAgainHasTheSameContexts() throws Exception {
        DefaultFeatures features = features();
        POSContextGenerator generator = generator();
        DefaultFeatures.Word first = features.words(new String[] {"Kerbrat"}, generator, new HashMap<>())[0];
        for (int d = 0; d < 2 * DefaultFeatures.RECENT + 1; d++) {
            features.words(new String[] {"Xq" + d}, generator, new HashMap<>());
        }
        DefaultFeatures.Word again = features.words(new String[] {"Kerbrat"}, generator, new HashMap<>())[0];
        assertTrue(first != again, "dropped from the recent words after two turns, so found again");
        assertArrayEquals(first.head(), again.head());
        assertArrayEquals(first.tail(), again.tail());
        assertEquals(first.previous1(), again.previous1());
        assertEquals(first.next2(), again.next2());
    }

    /** Which of {@code words} are kept for good: those a new draft does not find again. */
    private static Set<String> keptOf(DefaultFeatures features, String... words) {
        Set<String> kept = new HashSet<>();
        POSContextGenerator generator = generator();
        for (String word : words) {
            Map<String, DefaultFeatures.Word> draft = new HashMap<>();
            features.words(new String[] {word}, generator, draft);
            if (draft.isEmpty()) {
                kept.add(word);
            }
        }
        return kept;
    }

    /** {@code word} with the letters set by the bits of {@code ways} in capitals. */
    private static String mixedCase(String word, int ways) {
        StringBuilder out = new StringBuilder(word);
        for (int i = 0; i < word.length() && i < 10; i++) {
            if ((ways >> i & 1) != 0) {
                out.setCharAt(i, Character.toUpperCase(word.charAt(i)));
            }
        }
        return out.toString();
    }
}
