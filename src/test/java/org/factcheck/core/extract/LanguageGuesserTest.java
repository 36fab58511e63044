package org.factcheck.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private static final List<Set<String>> SUPPORTED = List.of(Set.of("fr", "en"), Set.of("fr"), Set.of("en"),
            Set.of("de"));

    /** The first supported language of the ranking Tika's detector gives the text's first 3,000 characters. */
    private static String tika(String text, Set<String> supported, String fallback) {
        OpenNLPDetector detector = new OpenNLPDetector();
        char[] chars = text.substring(0, Math.min(text.length(), 3_000)).toCharArray();
        detector.addText(chars, 0, chars.length);
        for (LanguageResult r : detector.detectAll()) {
            String code = switch (r.getLanguage()) {
                case "fra", "fre" -> "fr";
                case "eng" -> "en";
                default -> r.getLanguage();
            };
            if (supported.contains(code)) {
                return code;
            }
        }
        return fallback;
    }

    /**
     * The guesser answers as Tika's detector, whatever the languages supported: on the bench article, every fixture
     * and their beginnings (nothing, a few letters, a chunk of the detector's and one more character, a paragraph).
     */
    @Test
    void theGuessIsTikasDetectorsFirstSupportedLanguage() throws Exception {
        List<String> texts = new ArrayList<>();
        try (InputStream in = LanguageGuesserTest.class.getResourceAsStream("/bench/article-fr.txt")) {
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (var files = Files.walk(TestSupport.projectDir().resolve("fixtures"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        int compared = 0;
        for (String text : texts) {
            for (int length : new int[] {0, 3, 40, 299, 300, 301, 700, text.length()}) {
                String t = text.substring(0, Math.min(length, text.length()));
                for (Set<String> supported : SUPPORTED) {
                    assertEquals(tika(t, supported, "none"), LanguageGuesser.guess(t, supported, "none"),
                            supported + ": " + t);
                    compared++;
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared);
    }
}
