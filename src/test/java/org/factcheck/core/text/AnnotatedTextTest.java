package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {
    private static AnnotatedText annotate(String language, String text) {
        return new Annotator(TestSupport.rules().lexicon(language)).annotate(text);
    }

    @Test
    void sentencesKnowTheirParagraphAndTokensCarryFoldedFormsAndShapes() {
        String text = "Le maire de Saint-Étienne a parlé. L’ONU répond.\n\nMcCarthy était là.";
        AnnotatedText a = annotate("fr", text);

        assertEquals(2, a.paragraphs().size());
        assertEquals(3, a.sentences().size());
        assertEquals(List.of(0, 0, 1), a.sentences().stream().map(AnnotatedText.TextSentence::paragraph).toList());
        assertEquals(2, a.sentencesOf(0).size());
        assertEquals("McCarthy était là.", a.sentencesOf(1).get(0).span().text());

        List<Token> first = a.sentences().get(0).tokens();
        Token city = first.get(3);
        assertEquals("Saint-Étienne", city.text());
        assertEquals("saint-etienne", city.folded());
        assertEquals(Token.Shape.CAPITALIZED, city.shape());
        assertEquals(Token.Shape.LOWER, first.get(1).shape()); // maire
        Token onu = a.sentences().get(1).tokens().get(1);
        assertEquals("ONU", onu.text());
        assertEquals(Token.Shape.UPPER, onu.shape());
        assertEquals("l'", a.sentences().get(1).tokens().get(0).folded());
        assertEquals(Token.Shape.MIXED, a.sentences().get(2).tokens().get(0).shape());
        assertEquals(Token.Shape.PUNCT, a.sentences().get(2).tokens().get(3).shape());
    }

    @Test
    void theFoldedTextKeepsTheOffsetsOfTheText() {
        String text = "Œuvre d’État à Zürich";
        AnnotatedText a = annotate("fr", text);
        assertEquals(text.length(), a.folded().length());
        assertEquals("œuvre d’etat a zurich", a.folded()); // typographic apostrophes kept as written
        assertEquals(text.indexOf("Zürich"), a.folded().indexOf("zurich"));
    }

    @Test
    void sentenceIndexAtFindsTheSentenceHoldingAnOffsetOrTheNextOne() {
        String text = "One sentence here. Another one there.\n\nA third.";
        AnnotatedText a = annotate("en", text);
        assertEquals(0, a.sentenceIndexAt(0));
        assertEquals(1, a.sentenceIndexAt(text.indexOf("Another") + 3));
        assertEquals(2, a.sentenceIndexAt(text.indexOf("third")));
        assertEquals(2, a.sentenceIndexAt(text.indexOf("\n")), "between sentences: the next one");
        assertEquals(2, a.sentenceIndexAt(text.length() + 5), "past the end: the last one");
        assertEquals(8, a.words());
    }

    @Test
    void paragraphsHandedOverByExtractionAreKept() {
        String text = "Heading line\n\nBody text without a full stop\n\nLast";
        List<Span> given = List.of(Span.of(text, 0, 12), Span.of(text, 14, 43), Span.of(text, 45, 49));
        AnnotatedText a = new Annotator(TestSupport.rules().lexicon("en")).annotate(text, given);
        assertEquals(given, a.paragraphs());
        assertEquals(3, a.sentences().size());
    }
}
