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
}
