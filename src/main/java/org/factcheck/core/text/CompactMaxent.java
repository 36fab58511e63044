package org.factcheck.core.text;

import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model read from a file ({@link GISModel}), its table of features held in a few flat arrays: the
 * features' names in one array of characters, their parameters in one array of numbers and the outcomes they go to in
 * one of short whole numbers beside it (each feature's together, one after the other), an open-addressing index by
 * the names' hashes. OpenNLP keeps each feature as an entry of a linked hash map with its name, a context object and
 * two arrays of its own: about 190 bytes a feature where this holds about 78 (the French model's 50,000 features).
 *
 * <p>It evaluates as the model does: the outcomes' sums start from the model's uniform prior, each feature of the
 * context found adds its parameters, in the context's order and each feature's order, and the sums are made
 * probabilities as the model makes them, so the probabilities are the same to the last bit. {@link DefaultFeatures}
 * adds features by their index ({@link #index}, {@link #add}).
 */
final class CompactMaxent extends AbstractModel {
    /** No feature: the index of a name the model lacks. */
    static final int NONE = -1;

    /** Each feature's name, one after the other; a feature's name runs from {@code nameStart[f]} to the next. */
    private final char[] names;
    private final int[] nameStart;
    /** Each feature's name's {@link String#hashCode()}. */
    private final int[] hashes;
    /** The index: a feature's number plus one at the first free slot from its hash on, zero for a free slot. */
    private final int[] slots;
    /** Each feature's parameters, in the model's order, from {@code paramStart[f]} to the next feature's. */
    private final double[] params;
    /** The outcome of each parameter, beside it. */
    private final short[] outcomeOf;
    /** Where each feature's parameters start, by the feature's number, and where the last one's end. */
    private final int[] paramStart;
    /** The outcomes' sums before any feature. */
    private final double[] prior;

    private CompactMaxent(Map<String, Context> table, String[] outcomes) {
        super(new Context[0], new String[0], outcomes);
        this.modelType = ModelType.Maxent;
        int n = table.size();
        int chars = 0;
        int total = 0;
        for (Map.Entry<String, Context> e : table.entrySet()) {
            chars += e.getKey().length();
            total += e.getValue().getOutcomes().length;
        }
        names = new char[chars];
        nameStart = new int[n + 1];
        hashes = new int[n];
        slots = new int[Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1];
        params = new double[total];
        outcomeOf = new short[total];
        paramStart = new int[n + 1];
        int f = 0;
        int c = 0;
        int p = 0;
        for (Map.Entry<String, Context> e : table.entrySet()) {
            String name = e.getKey();
            name.getChars(0, name.length(), names, c);
            nameStart[f] = c;
            c += name.length();
            hashes[f] = name.hashCode();
            int[] o = e.getValue().getOutcomes();
            double[] v = e.getValue().getParameters();
            paramStart[f] = p;
            for (int i = 0; i < o.length; i++) {
                outcomeOf[p] = (short) o[i];
                params[p++] = v[i];
            }
            int mask = slots.length - 1;
            int s = hashes[f] & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = f + 1;
            f++;
        }
        nameStart[n] = c;
        paramStart[n] = p;
        this.prior = Maxent.prior(this);
    }

    /**
     * The model's table held compactly, or null when its table is not one this can read (a model of OpenNLP's that
     * keeps it otherwise, or one of more than 65,536 outcomes, which the short whole numbers this keeps them in cannot
     * tell apart).
     */
    static CompactMaxent of(GISModel model) {
        if (!(model.getDataStructures()[1] instanceof Map<?, ?>) || model.getNumOutcomes() > 1 << 16) {
            return null;
        }
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        return new CompactMaxent(Maxent.table(model), outcomes);
    }

    /** The feature named {@code name}, as {@link #add} takes it, or {@link #NONE}. */
    int index(String name) {
        int mask = slots.length - 1;
        int h = name.hashCode();
        for (int s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
            int f = slots[s] - 1;
            if (hashes[f] == h && named(f, name)) {
                return f;
            }
        }
        return NONE;
    }

    private boolean named(int f, String name) {
        int from = nameStart[f];
        if (nameStart[f + 1] - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (names[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many features are named with {@code prefix} first. */
    int count(String prefix) {
        int n = 0;
        for (int f = 0; f + 1 < nameStart.length; f++) {
            int from = nameStart[f];
            boolean match = nameStart[f + 1] - from >= prefix.length();
            for (int i = 0; match && i < prefix.length(); i++) {
                match = names[from + i] == prefix.charAt(i);
            }
            n += match ? 1 : 0;
        }
        return n;
    }

    /** How many features the model has. */
    int size() {
        return hashes.length;
    }

    /**
     * Adds the parameters of {@code feature} ({@link #index}; none for {@link #NONE}) to the outcomes' sums, in the
     * model's order.
     */
    void add(int feature, double[] sums) {
        if (feature < 0) {
            return;
        }
        for (int p = paramStart[feature], end = paramStart[feature + 1]; p < end; p++) {
            sums[outcomeOf[p] & 0xFFFF] += params[p];
        }
    }

    /** The outcomes' sums before any feature (a copy). */
    double[] prior() {
        return prior.clone();
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return eval(context, null, probs);
    }

    /** The probability of each outcome given {@code context}'s features, each weighed by its value (1 without). */
    public double[] eval(String[] context, float[] values, double[] sums) {
        System.arraycopy(prior, 0, sums, 0, prior.length);
        for (int i = 0; i < context.length; i++) {
            int feature = index(context[i]);
            if (feature < 0) {
                continue;
            }
            double value = values == null ? 1 : values[i];
            for (int p = paramStart[feature], end = paramStart[feature + 1]; p < end; p++) {
                sums[outcomeOf[p] & 0xFFFF] += params[p] * value;
            }
        }
        return Maxent.probabilities(sums);
    }
}
