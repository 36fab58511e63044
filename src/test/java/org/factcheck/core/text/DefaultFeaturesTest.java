package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The words' contexts kept from one sentence to the next: bounded, the frequent words kept, the values the same. */
class DefaultFeaturesTest {
    private static POSModel model;

    @BeforeAll
    static void readTheFrenchModel() throws Exception {
        try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream("opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
    }

    private static POSContextGenerator generator() {
        return model.getFactory().getPOSContextGenerator(3);
    }

    /**
     * A stream of ever new words (a service checking varied drafts for weeks) keeps at most two generations, while a
     * word that comes in every sentence is found once and kept through every turn.
     */
    @Test
    void newWordsKeepAtMostTwoGenerationsAndAFrequentWordStays() throws Exception {
        DefaultFeatures features = DefaultFeatures.of(model);
        assertNotNull(features, "the packaged French model has OpenNLP's default features");
        POSContextGenerator generator = generator();
        DefaultFeatures.Word frequent = features.words(new String[] {"le"}, generator)[0];
        int rounds = 5 * DefaultFeatures.GENERATION / 3;
        for (int i = 0; i < rounds; i++) {
            String[] sentence = {"le", "mot" + (3 * i), "Nom" + (3 * i + 1), "x" + (3 * i + 2)};
            DefaultFeatures.Word[] words = features.words(sentence, generator);
            assertSame(frequent, words[0], "the frequent word was found again at sentence " + i);
            assertTrue(features.kept() <= 2 * DefaultFeatures.GENERATION, features.kept() + " words kept");
        }
        assertTrue(3 * rounds > 4 * DefaultFeatures.GENERATION, "the words outnumbered two generations");
    }

    /** A word found again after it was dropped has the same contexts as the first time, to the last bit. */
    @Test
    void aWordFoundAgainHasTheSameContexts() throws Exception {
        DefaultFeatures features = DefaultFeatures.of(model);
        POSContextGenerator generator = generator();
        DefaultFeatures.Word first = features.words(new String[] {"Ministre"}, generator)[0];
        for (int i = 0; i < 2 * DefaultFeatures.GENERATION + 1; i++) {
            features.words(new String[] {"w" + i}, generator);
        }
        DefaultFeatures.Word again = features.words(new String[] {"Ministre"}, generator)[0];
        assertTrue(first != again, "dropped after two turns, so found again");
        assertArrayEquals(first.head(), again.head());
        assertArrayEquals(first.tail(), again.tail());
        assertSame(first.previous1(), again.previous1());
        assertSame(first.next2(), again.next2());
    }
}
