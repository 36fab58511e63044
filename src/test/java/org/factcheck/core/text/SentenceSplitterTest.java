package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String language, String text) {
        SentenceSplitter s = new SentenceSplitter(TestSupport.rules().lexicon(language));
        return ParagraphSplitter.split(text).stream().flatMap(p -> s.split(text, p).stream()).map(Span::text).toList();
    }

    @Test
    void frenchHonorificsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("M. Dupont et Mme Roux ont vu le Dr Martin.", "J. Lefèvre était absent !", "Pourquoi ?"),
                split("fr", "M. Dupont et Mme Roux ont vu le Dr Martin. J. Lefèvre était absent ! Pourquoi ?"));
    }

    @Test
    void englishAbbreviationsDoNotEndSentences() {
        assertEquals(List.of("Mr. Smith met Sen. Jones in the U.S. capital at 9 a.m. on Jan. 5.", "It rained."),
                split("en", "Mr. Smith met Sen. Jones in the U.S. capital at 9 a.m. on Jan. 5. It rained."));
    }

    @Test
    void closingMarksStayWithTheirSentence() {
        assertEquals(List.of("« C'est fini. »", "Il est parti."), split("fr", "« C'est fini. » Il est parti."));
        assertEquals(List.of("\"It is over.\"", "He left."), split("en", "\"It is over.\" He left."));
    }

    @Test
    void aLowerCaseWordAfterAQuestionMarkContinuesTheSentence() {
        assertEquals(List.of("« Qui viendra ? » a-t-il demandé."), split("fr", "« Qui viendra ? » a-t-il demandé."));
    }

    @Test
    void decimalsAndParagraphsAreRespected() {
        assertEquals(List.of("Le taux est de 3.5 points", "Titre suivant"), split("fr", "Le taux est de 3.5 points\nTitre suivant"));
    }

    @Test
    void wrappedLinesStayInOneParagraph() {
        assertEquals(List.of("Une phrase coupée\npar un retour à la ligne.", "Une autre."),
                split("fr", "Une phrase coupée\npar un retour à la ligne. Une autre."));
    }

    @Test
    void anAbbreviationThatMayCloseASentenceDoesBeforeACapitalizedFunctionWord() {
        assertEquals(List.of("Ils vendent des fruits, des légumes, etc.", "Les prix montent."),
                split("fr", "Ils vendent des fruits, des légumes, etc. Les prix montent."));
        assertEquals(List.of("She moved to the U.S.", "The job paid well, said U.S. Senator Lee."),
                split("en", "She moved to the U.S. The job paid well, said U.S. Senator Lee."));
        assertEquals(List.of("The shop closes at 6 p.m.", "It reopens at 8 a.m. Eastern time."),
                split("en", "The shop closes at 6 p.m. It reopens at 8 a.m. Eastern time."));
    }
}
