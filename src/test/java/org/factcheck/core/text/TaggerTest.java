package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggerTest {
    /** "word/TAG" for each token of the text's sentences, tagged with the packaged model of the language. */
    private static String tagged(String language, String text) throws Exception {
        Tagger tagger = Tagger.load(TestSupport.projectDir().resolve("rules").resolve(language), language);
        AnnotatedText a = new Annotator(TestSupport.rules().lexicon(language), tagger).annotate(text);
        return a.sentences().stream().flatMap(s -> s.tokens().stream()).map(t -> t.text() + "/" + t.pos())
                .collect(Collectors.joining(" "));
    }

    @Test
    void namesAreProperNounsAndSpeechIsAVerbInBothLanguages() throws Exception {
        String fr = tagged("fr", "La ministre Claire Vautrin a déclaré mardi que le projet avançait.");
        assertTrue(fr.contains("Claire/PROPN Vautrin/PROPN"), fr);
        assertTrue(fr.contains("ministre/NOUN"), fr);
        assertTrue(fr.contains("a/AUX déclaré/VERB"), fr);
        assertTrue(fr.contains("./PUNCT"), fr);

        String en = tagged("en", "Senator Dana Hollis told reporters the bill would pass.");
        assertTrue(en.contains("Dana/PROPN Hollis/PROPN"), en);
        assertTrue(en.contains("told/VERB"), en);
        assertTrue(en.contains("would/AUX"), en);
    }

    @Test
    void aSurnameThatIsAlsoACommonWordIsAProperNounWhereItNamesSomeone() throws Exception {
        String en = tagged("en", "The baker opened early. Mr. Baker said the shop would stay open.");
        assertTrue(en.contains("baker/NOUN"), en);
        assertTrue(en.contains("Baker/PROPN said/VERB"), en);
    }

    /**
     * The tagger reads the packaged models itself, one best tag a word: the tags of OpenNLP's own tagger with a beam of
     * one, word for word, on every sentence of the French bench article and of the English fixtures.
     */
    @Test
    void theGreedyReadingGivesOpenNlpsTags() throws Exception {
        Map<String, String> models = Map.of("fr", "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin",
                "en", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
        Map<String, String> texts = new HashMap<>();
        texts.put("fr", TestSupport.benchArticle());
        StringBuilder en = new StringBuilder();
        try (var files = Files.walk(TestSupport.projectDir().resolve("fixtures"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")
                    && f.getParent().getFileName().toString().startsWith("en-")).sorted().toList()) {
                en.append(Files.readString(f)).append("\n\n");
            }
        }
        texts.put("en", en.toString());
        int words = 0;
        for (String language : List.of("fr", "en")) {
            Tagger tagger = Tagger.load(TestSupport.projectDir().resolve("rules").resolve(language), language);
            POSModel packaged;
            try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream(models.get(language))) {
                packaged = new POSModel(in);
            }
            MaxentModel maxent = packaged.getArtifact("pos.model");
            POSTaggerME openNlp = new POSTaggerME(new POSModel(packaged.getLanguage(), maxent, 1, new HashMap<>(),
                    packaged.getFactory()), POSTagFormat.UD);
            Tagger.Session session = tagger.session();
            AnnotatedText a = new Annotator(TestSupport.rules().lexicon(language)).annotate(texts.get(language));
            for (AnnotatedText.TextSentence s : a.sentences()) {
                String[] sentence = s.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] expected = openNlp.tag(sentence);
                Pos[] got = session.tags(sentence);
                for (int i = 0; i < sentence.length; i++) {
                    assertEquals(Pos.of(expected[i]), got[i],
                            language + ": " + sentence[i] + " in " + String.join(" ", sentence));
                }
                words += sentence.length;
            }
        }
        assertTrue(words > 1_000, "compared " + words + " words");
    }

    /**
     * A word whose two best tags have the same parameters is tagged as OpenNLP tags it (the first of the equally
     * probable tags), and so are the words after it: the sums alone do not tell such a word's tag, the probabilities
     * do. A model of three words made for the test, with OpenNLP's default features and the 17 tags of Universal
     * Dependencies: "le" a determiner, "dort" a verb, and "chat" a noun or a verb, equally.
     */
    @Test
    void aWordWhoseBestTagsTieIsTaggedAsOpenNlpTagsIt() throws Exception {
        String[] tags = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                "PUNCT", "SCONJ", "SYM", "VERB", "X"};
        int det = List.of(tags).indexOf("DET");
        int noun = List.of(tags).indexOf("NOUN");
        int verb = List.of(tags).indexOf("VERB");
        GISModel gis = new GISModel(new Context[] {
            new Context(new int[] {det}, new double[] {2.0}),
            new Context(new int[] {noun, verb}, new double[] {1.5, 1.5}),
            new Context(new int[] {verb}, new double[] {2.0})}, new String[] {"w=le", "w=chat", "w=dort"}, tags);
        POSModel packaged;
        String french = "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
        try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream(french)) {
            packaged = new POSModel(in);
        }
        POSTaggerFactory factory = new POSTaggerFactory(packaged.getArtifact("generator.featuregen"), Map.of(), null);
        POSModel made = new POSModel("fr", gis, 1, new HashMap<>(), factory);
        Tagger tagger = Tagger.of(made, "made for the test");
        POSTaggerME openNlp = new POSTaggerME(made, POSTagFormat.UD);
        for (String[] sentence : List.of(new String[] {"le", "dort", "le", "dort"},
                new String[] {"le", "chat", "dort", "le", "chat", "dort"}, new String[] {"chat", "chat", "le"})) {
            Pos[] expected = Arrays.stream(openNlp.tag(sentence)).map(Pos::of).toArray(Pos[]::new);
            assertArrayEquals(expected, tagger.session().tags(sentence), String.join(" ", sentence));
        }
        assertArrayEquals(new Pos[] {Pos.DET, Pos.NOUN, Pos.VERB},
                tagger.session().tags(new String[] {"le", "chat", "dort"}), "the tie goes to the first tag");
    }

    @Test
    void withoutATaggerTokensCarryNoTag(@TempDir Path dir) throws Exception {
        assertNull(Tagger.load(dir, "de"), "no packaged model for German, none in its folder");
        AnnotatedText a = new Annotator(TestSupport.rules().lexicon("fr")).annotate("Claire Vautrin a parlé.");
        assertEquals(List.of(Pos.NONE), a.sentences().get(0).tokens().stream().map(Token::pos).distinct().toList());
    }

    @Test
    void aModelsTagsReadAsUniversalDependencies() {
        assertEquals(Pos.PROPN, Pos.of("PROPN"));
        assertEquals(Pos.ADP, Pos.of("ADP+DET"), "French du, au: a preposition first");
        assertEquals(Pos.X, Pos.of("NNP"), "a tag of another tag set is unknown");
        assertEquals(Pos.X, Pos.of(""));
        assertTrue(Pos.AUX.verbal() && Pos.VERB.verbal() && !Pos.NOUN.verbal());
    }
}
