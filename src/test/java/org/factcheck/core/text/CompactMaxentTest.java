package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSModel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact table of a part-of-speech model evaluates every context as the model does, to the last bit, and the
 * tagger keeps it in place of the model as read.
 */
class CompactMaxentTest {

    private static POSModel read(String name) throws Exception {
        try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream(name)) {
            return new POSModel(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"})
    void evaluatesEveryContextAsTheModelDoes(String name) throws Exception {
        GISModel gis = (GISModel) read(name).getArtifact("pos.model");
        CompactMaxent compact = CompactMaxent.of(gis);
        assertNotNull(compact);
        List<String> features = new ArrayList<>(Maxent.table(gis).keySet());
        assertEquals(features.size(), compact.size());
        assertEquals(gis.getNumOutcomes(), compact.getNumOutcomes());
        for (int o = 0; o < gis.getNumOutcomes(); o++) {
            assertEquals(gis.getOutcome(o), compact.getOutcome(o));
            assertEquals(o, compact.getIndex(gis.getOutcome(o)));
        }
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (String feature : features) {
            int f = compact.index(feature);
            assertTrue(f >= 0 && found.add(f), feature + ": " + f);
            double[] alone = new double[gis.getNumOutcomes()];
            compact.add(f, alone);
            double[] expected = new double[gis.getNumOutcomes()];
            opennlp.tools.ml.ArrayMath.sumFeatures(new opennlp.tools.ml.model.Context[] {Maxent.table(gis).get(feature)},
                    null, expected);
            assertArrayEquals(expected, alone, 0.0, feature);
        }
        assertEquals(CompactMaxent.NONE, compact.index("w=" + "zzqx-never-a-word"));
        assertEquals(features.stream().filter(f -> f.startsWith("w=")).count(), compact.count("w="));
        // contexts of the model's features and of features it lacks, in any order, with values and without
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            String[] context = new String[1 + random.nextInt(30)];
            float[] values = new float[context.length];
            for (int i = 0; i < context.length; i++) {
                context[i] = random.nextInt(5) == 0 ? "p1=unknown" + random.nextInt(100)
                        : features.get(random.nextInt(features.size()));
                values[i] = random.nextFloat() * 2;
            }
            double[] expected = gis.eval(context);
            double[] got = compact.eval(context);
            assertArrayEquals(expected, got, 0.0, String.join(" ", context));
            assertEquals(gis.getBestOutcome(expected), compact.getBestOutcome(got));
            assertEquals(gis.getAllOutcomes(expected), compact.getAllOutcomes(got));
            assertArrayEquals(gis.eval(context, values), compact.eval(context, values), 0.0);
        }
    }

    /** The model as read (its linked table of features) is not kept by the tagger built from it. */
    @ParameterizedTest
    @ValueSource(strings = {"opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"})
    void theTaggerDoesNotKeepTheModelAsRead(String name) throws Exception {
        POSModel read = read(name);
        WeakReference<Object> table = new WeakReference<>(Maxent.table((GISModel) read.getArtifact("pos.model")));
        Tagger tagger = Tagger.of(read, name);
        read = null;
        for (int i = 0; i < 20 && table.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(table.get(), "the model's own table is still held");
        assertTrue(tagger.knows("le") || tagger.knows("the"));
        assertTrue(!tagger.knows("Zzqxvandercamme"));
    }
}
