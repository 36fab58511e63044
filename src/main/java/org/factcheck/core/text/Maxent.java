package org.factcheck.core.text;

import java.util.Arrays;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's evaluation of a maximum-entropy model ({@link GISModel#eval(String[], double[])}) taken apart, for
 * readers that find and add up the model's parameters themselves: the model's table of features, the prior the
 * outcomes start from, and the sums made probabilities, each as the model computes it, so that the same parameters
 * added in the same order give the same probabilities to the last bit.
 */
public final class Maxent {
    /**
     * How far the largest sum must lie above the others' for its outcome to be the most probable without computing
     * the probabilities ({@link #clearlyBest}).
     */
    static final double CLEAR = 1e-6;
    /** The sums within which the exponential of a sum neither overflows nor becomes zero, with room to add them up. */
    private static final double EXP_RANGE = 700;

    private Maxent() {
    }

    /** The model's parameters, by feature. */
    @SuppressWarnings("unchecked")
    public static Map<String, Context> table(GISModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }

    /** The outcomes' sums before any feature: the logarithm of the uniform prior of a model read from a file. */
    public static double[] prior(MaxentModel model) {
        double[] out = new double[model.getNumOutcomes()];
        Arrays.fill(out, StrictMath.log(1.0 / out.length));
        return out;
    }

    /** The outcomes' sums made probabilities, in place, as the model normalizes them. */
    public static double[] probabilities(double[] sums) {
        double normal = 0.0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    /**
     * The outcome whose sum is the largest when it is the most probable with certainty, else -1. The probabilities are
     * the sums' exponentials divided by their total, in that order ({@link #probabilities}): when one sum lies
     * more than {@link #CLEAR} above each of the others, within the range where no exponential overflows or becomes
     * zero, its exponential is larger by a millionth, far more than the last bit either one may round by, and so is
     * its probability. Nearer than that (two outcomes with the same parameters, say), rounding may make two
     * probabilities equal, and then OpenNLP takes the first of them: the caller computes them.
     */
    public static int clearlyBest(double[] sums) {
        int top = 0;
        for (int o = 1; o < sums.length; o++) {
            if (sums[o] > sums[top]) {
                top = o;
            }
        }
        if (!(Math.abs(sums[top]) < EXP_RANGE)) {
            return -1;
        }
        for (int o = 0; o < sums.length; o++) {
            if (o != top && !(sums[o] < sums[top] - CLEAR)) {
                return -1;
            }
        }
        return top;
    }
}
