package org.factcheck.core.text;

import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model read from a file ({@link GISModel}), its table of features held in a few flat arrays: the
 * features' names in one array of characters, their outcomes and parameters in one array of numbers (each feature's
 * together, where a reader finds them in one or two cache lines), an open-addressing index by the names' hashes.
 * OpenNLP keeps each feature as an entry of a linked hash map with its name, a context object and two arrays of its
 * own: about 190 bytes a feature where this holds about 70.
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
    /**
     * Each feature's outcomes and parameters, in the model's order, from the feature's {@link #index}: how many, then
     * each outcome (a whole number) followed by its parameter.
     */
    private final double[] blocks;
    /** Where each feature's block starts, by the feature's number. */
    private final int[] blockOf;
    /** The outcomes' sums before any feature. */
    private final double[] prior;

    private CompactMaxent(Map<String, Context> table, String[] outcomes) {
        super(new Context[0], new String[0], outcomes);
        this.modelType = ModelType.Maxent;
        int n = table.size();
        int chars = 0;
        int params = 0;
        for (Map.Entry<String, Context> e : table.entrySet()) {
            chars += e.getKey().length();
            params += e.getValue().getOutcomes().length;
        }
        names = new char[chars];
        nameStart = new int[n + 1];
        hashes = new int[n];
        slots = new int[Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1];
        blocks = new double[n + 2 * params];
        blockOf = new int[n];
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
            blockOf[f] = p;
            blocks[p++] = o.length;
            for (int i = 0; i < o.length; i++) {
                blocks[p++] = o[i];
                blocks[p++] = v[i];
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
        this.prior = Maxent.prior(this);
    }

    /**
     * The model's table held compactly, or null when its table is not one this can read (a model of OpenNLP's that
     * keeps it otherwise).
     */
    static CompactMaxent of(GISModel model) {
        if (!(model.getDataStructures()[1] instanceof Map<?, ?>)) {
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
                return blockOf[f];
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
        for (int p = feature + 1, end = p + 2 * (int) blocks[feature]; p < end; p += 2) {
            sums[(int) blocks[p]] += blocks[p + 1];
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
            for (int p = feature + 1, end = p + 2 * (int) blocks[feature]; p < end; p += 2) {
                sums[(int) blocks[p]] += blocks[p + 1] * value;
            }
        }
        return Maxent.probabilities(sums);
    }
}
