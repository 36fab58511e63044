package org.factcheck.core.extract;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.factcheck.core.text.Maxent;

/**
 * Writes, at build time, the language model {@link LanguageGuesser} reads: Apache OpenNLP's 103-language detector
 * model (the one Tika's {@code tika-langdetect-opennlp} brings, on the build's class path only) cut down to a few
 * languages. The model is a maximum-entropy one over the distinct n-grams of a text, with a uniform prior: the order
 * of a few languages given a text only needs each n-gram's parameters for those languages, so the n-grams that have
 * none for them are dropped and the others keep their parameters as floats, the n-gram packed in a long.
 *
 * <p>Run by the build ({@code pom.xml}, property {@code langdetect.languages}) with the output file and the
 * languages' ISO 639-1 codes separated by commas; a language the model lacks fails the build.
 */
public final class LanguageModelWriter {
    /** OpenNLP's model in tika-langdetect-opennlp. */
    static final String SOURCE = "/opennlp-langdetect-20210413.bin";

    private LanguageModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LanguageModelWriter OUTPUT fr,en");
        }
        GISModel model;
        try (InputStream in = LanguageModelWriter.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IOException(SOURCE + " is not on the class path (tika-langdetect-opennlp)");
            }
            model = (GISModel) new LanguageDetectorModel(in).getMaxentModel();
        }
        List<String> codes = new ArrayList<>();
        List<Integer> outcomes = new ArrayList<>();
        for (String code : args[1].split(",")) {
            String iso1 = code.strip().toLowerCase(Locale.ROOT);
            int outcome = model.getIndex(new Locale(iso1).getISO3Language());
            if (outcome < 0) {
                throw new IllegalArgumentException("the language model has no '" + iso1 + "'");
            }
            if (!codes.contains(iso1)) {
                codes.add(iso1);
                outcomes.add(outcome);
            }
        }
        Map<Long, float[]> kept = new TreeMap<>();
        for (Map.Entry<String, Context> e : Maxent.table(model).entrySet()) {
            float[] parameters = parameters(e.getValue(), outcomes);
            if (parameters != null) {
                kept.put(LanguageModel.pack(e.getKey()), parameters);
            }
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file))) {
            data.writeInt(LanguageModel.MAGIC);
            data.writeByte(codes.size());
            for (String code : codes) {
                data.writeUTF(code);
            }
            data.writeInt(kept.size());
            for (Map.Entry<Long, float[]> e : kept.entrySet()) {
                data.writeLong(e.getKey());
                for (float p : e.getValue()) {
                    data.writeFloat(p);
                }
            }
        }
        System.out.printf("%s: %s, %d of the model's %d n-grams%n", out.getFileName(), codes, kept.size(),
                Maxent.table(model).size());
    }

    /** The n-gram's parameters for the outcomes, in their order, or null when it has none for them. */
    private static float[] parameters(Context context, List<Integer> outcomes) {
        float[] out = new float[outcomes.size()];
        boolean any = false;
        int[] contextOutcomes = context.getOutcomes();
        double[] contextParameters = context.getParameters();
        for (int k = 0; k < contextOutcomes.length; k++) {
            int i = outcomes.indexOf(contextOutcomes[k]);
            if (i >= 0 && contextParameters[k] != 0) {
                out[i] = (float) contextParameters[k];
                any = true;
            }
        }
        return any ? out : null;
    }
}
