package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

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
