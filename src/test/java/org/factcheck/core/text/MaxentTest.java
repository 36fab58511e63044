package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MaxentTest {
    /**
     * When the sums tell the best outcome alone ({@link Maxent#clearlyBest}), that outcome is strictly the most
     * probable one: on sums drawn at random, half of them with a second sum a few bits from the largest (where the
     * exponentials may round to the same value and OpenNLP takes the first of them).
     */
    @Test
    void theSumsTellTheBestOutcomeOnlyWhereItIsStrictlyTheMostProbable() {
        Random random = new Random(42);
        int told = 0;
        int near = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            double[] sums = new double[17];
            for (int o = 0; o < sums.length; o++) {
                sums[o] = random.nextDouble() * 2 - 1;
            }
            int top = 0;
            for (int o = 1; o < sums.length; o++) {
                top = sums[o] > sums[top] ? o : top;
            }
            if (trial % 2 == 0) { // a second outcome a few bits below or above the largest sum
                int other = (top + 1 + random.nextInt(sums.length - 1)) % sums.length;
                sums[other] = sums[top];
                for (int k = random.nextInt(4); k >= 0; k--) {
                    sums[other] = random.nextBoolean() ? Math.nextUp(sums[other]) : Math.nextDown(sums[other]);
                }
                near++;
            }
            int best = Maxent.clearlyBest(sums);
            double[] p = Maxent.probabilities(sums.clone());
            if (best >= 0) {
                told++;
                for (int o = 0; o < p.length; o++) {
                    if (o != best) {
                        int other = o;
                        assertTrue(p[best] > p[o], () -> "outcome " + best + " told, " + other + " as probable: "
                                + Arrays.toString(sums));
                    }
                }
            }
        }
        assertTrue(told >= 20_000 - near - 10, "told " + told + " of the " + (20_000 - near) + " clear ones");
        assertEquals(-1, Maxent.clearlyBest(new double[] {0.5, 0.5, -1}), "a tie");
        assertEquals(-1, Maxent.clearlyBest(new double[] {800, 1, -1}), "an exponential that would overflow");
        assertEquals(0, Maxent.clearlyBest(new double[] {0.5, 0.4999, -1}));
    }
}
