package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> words(String language, String text) {
        return new Tokenizer(TestSupport.rules().lexicon(language)).tokenize(text, 0, text.length()).stream()
                .map(Token::text).toList();
    }

    @Test
    void frenchElisionsAreSplitButWordsWithApostrophesAreNot() {
        assertEquals(List.of("d'", "État", "aujourd'hui", ",", "qu'", "il", "l’", "homme", "jusqu'", "au"),
                words("fr", "d'État aujourd'hui, qu'il l’homme jusqu'au"));
    }

    @Test
    void englishContractionsAndNamesStayWhole() {
        assertEquals(List.of("Don't", "tell", "O'Neill", "about", "Jean-Pierre's", "plan"),
                words("en", "Don't tell O'Neill about Jean-Pierre's plan"));
    }

    @Test
    void numbersKeepTheirSeparators() {
        assertEquals(List.of("10,5", "%", "et", "1.200"), words("fr", "10,5 % et 1.200"));
    }

    @Test
    void foldingRemovesAccentsCaseAndLigatures() {
        assertEquals("etats-unis", TextFold.fold("États-Unis"));
        assertEquals("oeuvre", TextFold.fold("Œuvre"));
        assertEquals("xijinping", TextFold.letters("Xi Jin-ping"));
        assertEquals("polaroid's", TextFold.letters("Polaroid’s"));
        assertEquals("a b", TextFold.whitespace("  a \n\t b "));
        assertEquals(2, TextFold.accents("Élysée"));
    }
}
