package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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
    void tokensOfOneTextShareTheirForms() {
        Tokenizer tokenizer = new Tokenizer(TestSupport.rules().lexicon("fr"));
        Tokenizer.Forms forms = new Tokenizer.Forms();
        // more distinct forms than the table's first size, so that it grows between the two sentences
        String first = "Élise Martin, maire d'Arles, a signé 12 arrêtés ; Paul Noël, préfet, en a signé 3.";
        String second = "Le préfet Paul Noël a reçu Élise Martin, maire d'Arles, après 12 arrêtés.";
        String text = first + " " + second;
        List<Token> a = tokenizer.tokenize(text, 0, first.length(), forms);
        List<Token> b = tokenizer.tokenize(text, first.length() + 1, text.length(), forms);
        // each token as a tokenizer without a shared table makes it
        assertEquals(tokenizer.tokenize(text, 0, first.length()), a);
        assertEquals(tokenizer.tokenize(text, first.length() + 1, text.length()), b);
        Token elise = a.get(0);
        Token eliseAgain = b.stream().filter(t -> t.text().equals("Élise")).findFirst().orElseThrow();
        assertEquals(List.of(0, first.length() + 1 + second.indexOf("Élise")),
                List.of(elise.start(), eliseAgain.start()));
        assertSame(elise.text(), eliseAgain.text());
        assertSame(elise.folded(), eliseAgain.folded());
        assertEquals("elise", eliseAgain.folded());
        Token twelve = a.stream().filter(t -> t.text().equals("12")).findFirst().orElseThrow();
        assertSame(twelve.text(), b.stream().filter(t -> t.text().equals("12")).findFirst().orElseThrow().text());
        // a form written with other letters is another form: "préfet" then "Préfet"
        List<Token> c = tokenizer.tokenize("Préfet", 0, 6, forms);
        Token prefet = a.stream().filter(t -> t.text().equals("préfet")).findFirst().orElseThrow();
        assertNotSame(prefet.text(), c.get(0).text());
        assertEquals(Token.Shape.CAPITALIZED, c.get(0).shape());
        assertEquals(Token.Shape.LOWER, prefet.shape());
        // two forms of one hash ("Aa".hashCode() == "BB".hashCode()) stay two
        assertEquals(List.of("Aa", "BB", "Aa"), tokenizer.tokenize("Aa BB Aa", 0, 8, forms).stream()
                .map(Token::text).toList());
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
