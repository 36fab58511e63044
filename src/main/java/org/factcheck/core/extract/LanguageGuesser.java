package org.factcheck.core.extract;

import java.util.List;
import java.util.Set;

import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Tells which of the supported languages a text is written in, with Tika's OpenNLP language detector (its model is
 * loaded once per process).
 */
public final class LanguageGuesser {
    /** Enough text for two languages as far apart as French and English; the rest only costs time. */
    private static final int SAMPLE = 3_000;

    private LanguageGuesser() {
    }

    /**
     * The supported language with the best score, or {@code fallback} when the detector scores none of them.
     *
     * @param supported ISO 639-1 codes such as {@code fr} and {@code en}
     */
    public static String guess(String text, Set<String> supported, String fallback) {
        OpenNLPDetector detector = new OpenNLPDetector();
        char[] chars = text.substring(0, Math.min(text.length(), SAMPLE)).toCharArray();
        detector.addText(chars, 0, chars.length);
        List<LanguageResult> results = detector.detectAll();
        for (LanguageResult r : results) {
            String code = iso1(r.getLanguage());
            if (supported.contains(code)) {
                return code;
            }
        }
        return fallback;
    }

    private static String iso1(String code) {
        return switch (code) {
            case "fra", "fre" -> "fr";
            case "eng" -> "en";
            default -> code;
        };
    }
}
