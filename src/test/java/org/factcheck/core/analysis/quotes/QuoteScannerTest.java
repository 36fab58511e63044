package org.factcheck.core.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.QuoteMark;
import org.factcheck.core.text.ParagraphSplitter;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
    private static QuoteScanner.Result scan(String language, String text) {
        return new QuoteScanner(TestSupport.rules().lexicon(language)).scan(text, ParagraphSplitter.split(text));
    }

    /** The unpaired marks, each as its character and offset: {@code '@12}. */
    private static String unpaired(String language, String text) {
        return scan(language, text).marks().stream().filter(m -> !m.paired())
                .map(m -> m.role().name().toLowerCase() + " " + m.mark() + "@" + m.span().start())
                .collect(Collectors.joining(", "));
    }

    /** Asserts that every mark of {@code text} is paired, into {@code count} quotations. */
    private static void assertPaired(String language, String text, int count) {
        assertEquals("", unpaired(language, text), text);
        assertEquals(count, scan(language, text).quotes().size(), text);
    }

    /** Asserts that every mark of {@code text} is paired, into the quotations {@code expected}. */
    private static void assertQuotes(String language, String text, List<String> expected) {
        assertEquals(expected, quotes(language, text), text);
        assertEquals("", unpaired(language, text), text);
    }

    private static List<String> quotes(String language, String text) {
        return scan(language, text).quotes().stream().map(q -> q.span().text()).toList();
    }

    @Test
    void frenchApostrophesAreNeverQuoteMarks() {
        String text = "L'homme qu'il a vu aujourd'hui n'est pas là, jusqu'à l’heure d’aujourd’hui, dit-il.";
        assertEquals("", unpaired("fr", text));
        assertEquals(0, scan("fr", text).marks().size());
    }

    @Test
    void englishApostrophesAreNeverQuoteMarks() {
        String text = "Don't ask O'Neill why the players' union played rock 'n' roll in the '90s; he's 5'10\" tall.";
        assertEquals("", unpaired("en", text));
        assertEquals(0, scan("en", text).marks().size());
    }

    @Test
    void marksBesideApostrophesDigitsAndWordsCutShort() {
        String text = "''Yes,'' he said, in the '90s style of 'a 2004 top moment'; a 12\" screen.";
        assertEquals(List.of("Yes,", "a 2004 top moment"), quotes("en", text));
        assertEquals("", unpaired("en", text));
        String fr = "Une provoc' délibérée, des mesures d'\"apaisement\" et d'ici à 2020\"La conduite est dangereuse\", dit-il.";
        assertEquals(List.of("apaisement", "La conduite est dangereuse"), quotes("fr", fr));
        assertEquals("", unpaired("fr", fr));
    }

    @Test
    void aMarkAfterADashClosesAndACutCliticOpensNothing() {
        assertEquals(List.of("BBB-"), quotes("en", "The grade starts at 'BBB-'. It rose."));
        assertEquals("", unpaired("en", "The grade starts at 'BBB-'. It rose."));
        assertEquals("", unpaired("en", "Smith stole\n\n's thunder in the final, and they'll see."));
        // A single mark before a word with nothing after it that could close a quotation is a word cut short at its
        // start ('orrible, '482), unless a colon or the paragraph's start announces a quotation.
        assertEquals("", unpaired("en", "The grade starts at a 'BBB- rating."));
        assertEquals("", unpaired("en", "The nurse found it 'orrible; the trial of '482 ended."));
        assertEquals("open '@21", unpaired("en", "The grade starts at: 'BBB- rating."));
        assertEquals("open '@0", unpaired("en", "'We start at BBB-, he wrote."));
        assertEquals("open '@22, close \"@35", unpaired("en", "The grade starts at a 'BBB- rating,\" he said."));
        String fr = "Il demande : 'soutient-on les gilets jaunes ' ? Puis il cite : 'Ils auront des successeurs.'Adieu.";
        assertEquals(List.of("soutient-on les gilets jaunes", "Ils auront des successeurs."), quotes("fr", fr));
        assertEquals("", unpaired("fr", fr));
        assertEquals("", unpaired("en", "Zombies are called 'bots, and their herds 'bot nets."));
    }

    @Test
    void anAnswerQuotedOverParagraphsWithoutReopeningClosesAtItsEnd() {
        String answer = "R: \"Nous avons tout repris.\n\nLes équipes ont suivi.\n\nLe budget a tenu.\n\n"
                + "Il faudra du temps\".\n\nQ: Et ensuite ?";
        assertEquals("", unpaired("fr", answer));
        // beyond five paragraphs without a mark, a closing mark is no longer this quotation's
        String far = "R: \"Nous avons tout repris.\n\nUn.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.\n\nFin\".";
        assertEquals("open \"@3, close \"@68", unpaired("fr", far));
    }

    @Test
    void aBacktickOpensWhatAnApostropheCloses() {
        String text = "Critics of talk like `a burden to Britain' said ``enough is enough'' on Monday.";
        assertEquals(List.of("a burden to Britain", "enough is enough"), quotes("en", text));
        assertEquals("", unpaired("en", text));
        assertEquals("open `@12", unpaired("en", "He spoke of `a burden for years, she said."));
        assertEquals("", unpaired("en", "They don`t share what they can`t check."));
    }

    @Test
    void straightSingleQuotesPairAndAStrayClosingOneIsFound() {
        String text = "Il a parlé d'un appel 'très bon' avec M. Dupont.\nTout est prêt' a déclaré Mme Roux.";
        assertEquals(List.of("très bon"), quotes("fr", text));
        assertEquals("close '@62", unpaired("fr", text));
    }

    @Test
    void guillemetsNestWithCurlyQuotes() {
        String text = "« Il m'a dit : “ce n'est pas fini”, puis il est parti », raconte-t-elle.";
        assertEquals(List.of("Il m'a dit : “ce n'est pas fini”, puis il est parti", "ce n'est pas fini"), quotes("fr", text));
        assertEquals("", unpaired("fr", text));
        assertEquals(1, scan("fr", text).quotes().get(1).depth());
    }

    @Test
    void frenchQuoteOverParagraphsReopeningWithGuillemets() {
        String text = "« Nous avons voté ce budget.\n\n« Il reste du travail.\n\n» Mais nous y arriverons », a-t-il dit.";
        assertEquals("", unpaired("fr", text));
        assertEquals(1, scan("fr", text).quotes().size());
    }

    @Test
    void englishQuoteOverParagraphsReopeningWithCurlyQuotes() {
        String text = "“We voted the budget.\n\n“There is work left,” she said.";
        assertEquals("", unpaired("en", text));
    }

    @Test
    void twoApostrophesCarryAStraightQuotationOverParagraphs() {
        assertPaired("en", "''We voted the budget.\n\n''There is work left. ''And money,'' she said.", 1);
        // without them, the quotation opened by two apostrophes is never closed
        assertEquals("open \"@1", unpaired("en", "''We voted the budget.\n\nThe council meets on Monday."));
    }

    @Test
    void aMarkRightAfterAnOpeningOrGluedToAClosingMarkOpens() {
        String inner = "\"'Il n'y a pas de tensions', assure un ministre\", lit-on dans le journal.";
        assertEquals("", unpaired("fr", inner));
        assertEquals(List.of("'Il n'y a pas de tensions', assure un ministre", "Il n'y a pas de tensions"), quotes("fr", inner));
        // a single mark with no closing one after it is a stray apostrophe there
        assertEquals("", unpaired("fr", "Le ministre, qui \"'aimerait continuer avec lui\", se tait."));
        String glued = "\"LE TITRE DU JOUR\"\"'Viens !' Et il vint\", écrit-elle.";
        assertEquals("", unpaired("fr", glued));
        // the stop of a quotation just closed ends the sentence: the next mark reopens the outer quotation
        assertPaired("en", "\"He ran at me saying 'what now?' \"To not apologise is a disgrace.\"", 2);
    }

    @Test
    void anOpeningMarkNeverClosedIsFoundAtTheParagraphEnd() {
        String text = "« Nous avons voté ce budget, a dit le maire.\n\nLe conseil se réunira lundi.";
        assertEquals("open «@0", unpaired("fr", text));
    }

    @Test
    void aMarkPushedBackOverALostParagraphBreakOpensTheNextParagraphsQuotation() {
        String text = "Le maire a parlé de \"progrès\", a-t-il ajouté.\"\n\nLes travaux reprendront lundi\", a-t-il dit.";
        assertEquals("", unpaired("fr", text));
        // no quotation follows: the stray mark at the paragraph's end is found
        String stray = "Le maire a parlé de \"progrès\", a-t-il ajouté.\"\n\nLes travaux reprendront lundi.";
        assertEquals("close \"@45", unpaired("fr", stray));
    }

    @Test
    void aClosingMarkPushedOverAParagraphBreakClosesTheQuotationBeforeIt() {
        assertQuotes("fr", "Elle répond : \"Personne n'a été obligé.\n\n\"Pourtant, des acteurs parlent de \"pressions\", selon le journal.",
                List.of("Personne n'a été obligé.", "pressions"));
        // the next mark closes: the paragraph carries the quotation on, as English copy writes it
        assertQuotes("en", "\"We voted the budget.\n\n\"There is work left,\" she said.",
                List.of("We voted the budget.\n\n\"There is work left,"));
        // when the next paragraph carries it on too, or the paragraph speaks in the first person (the speaker's
        // words), the mark carries the quotation on, never closed; narrative does not
        Map<String, String> unpairedByDraft = Map.of(
                "\"We voted.\n\n\"There is work left.\n\n\"And we need money.\n\nThe council meets.", "open \"@0",
                "\"We voted.\n\n\"I have not spoken to him. The council meets on Monday.", "open \"@0",
                "\"We voted.\n\n\"The council meets on Monday, the mayor said.", "");
        unpairedByDraft.forEach((draft, expected) -> assertEquals(expected, unpaired("en", draft), draft));
    }

    @Test
    void aQuotationInsideAQuotationAfterAStopIsNestedWhenTwoClosingMarksFollow() {
        String text = "Elle écrit : \"Rien ne s'efface... \"Tourner la page !\" se dit souvent, mais ne vaut rien\", note-t-elle.";
        assertEquals(List.of("Rien ne s'efface... \"Tourner la page !\" se dit souvent, mais ne vaut rien", "Tourner la page !"),
                quotes("fr", text));
        assertEquals("", unpaired("fr", text));
        // one closing mark only: the same quotation reopened over a lost paragraph break
        assertPaired("fr", "\"Nous avons voté. \"Il reste du travail\", a-t-il dit.", 1);
    }

    @Test
    void aClosingMarkSpacedBeforeTheSpeechVerbCloses() {
        assertPaired("fr", "\"Je suis révoltée par ces 'troubles de l'humeur' \"écrit l'actrice, avant d'ajouter : \"assez\".", 3);
        // before any other word, the mark opens a quotation inside the open one, left unclosed
        String inner = "\"Je suis révoltée par ces \"troubles de l'humeur, dit-elle.";
        assertEquals("open \"@0, open \"@26", unpaired("fr", inner));
    }

    @Test
    void aWordCutShortBeforeASentencesEndIsNoMark() {
        String text = "Il a parlé de l'émission Chasseurs d'appart'. Que devient Vincent Lagaf' ? Il reviendra.";
        assertEquals("", unpaired("fr", text));
        // nor before the sentence's own verb: an auxiliary closes a quotation only with its speech verb
        assertEquals("", unpaired("fr", "Selon le journal, Vincent Lagaf' va rejoindre l'équipe."));
        assertEquals("close '@23", unpaired("fr", "Il n'y a rien de précis' a écrit M. Roux."));
        assertEquals(0, scan("fr", text).marks().size());
    }

    @Test
    void anOpeningMarkSwappedWithAnElidedWordsApostropheOpens() {
        String text = "Le report de l\"'âge pivot\" est acté, et qu\"'il parte\", dit-elle.";
        assertEquals(List.of("'âge pivot", "'il parte"), quotes("fr", text));
        assertEquals("", unpaired("fr", text));
    }

    @Test
    void aClosingMarkOfAnotherFamilyDoesNotCloseAGuillemet() {
        String text = "« Nous avons voté ce budget” a dit le maire.";
        assertEquals("open «@0, close ”@27", unpaired("fr", text));
    }

    @Test
    void germanLowQuotesCloseWithHighOnes() {
        assertEquals("", unpaired("en", "He wrote „Wir schaffen das“ on the board."));
    }

    @Test
    void straightDoubleQuotesPairAndInchesAreIgnored() {
        String text = "The \"new\" screen is 27\" wide, \"a record\" he said.";
        assertEquals(List.of("new", "a record"), quotes("en", text));
        assertEquals("", unpaired("en", text));
    }

    @Test
    void everyMarkIsAQuoteMarkFact() {
        List<QuoteMark> marks = scan("fr", "« oui » et ‹ non ›").marks();
        assertEquals(4, marks.size());
    }

    @Test
    void aQuoteRunsOnWhenTheNextParagraphClosesItWithoutReopening() {
        assertEquals("", unpaired("en", "He said, \"We learned a lot today.\n\nIt was a hard game.\"\n\nThe end."));
        assertEquals("open \"@9", unpaired("en", "He said, \"We learned a lot today.\n\nThen \"another\" quote."));
    }

    @Test
    void paragraphsGluedTogetherStillReopenTheirQuote() {
        assertEquals("", unpaired("en", "She said: \"We will see. \"The talks go on.\" Then she left."));
    }

    @Test
    void commonTyposAreReadAsTheWriterMeantThem() {
        assertEquals("", unpaired("fr", "Afin d‘éviter le pire, il a parlé."));
        assertEquals("", unpaired("en", "Wilkins said,\" He liked the way it looked\"."));
        assertEquals("", unpaired("en", "He added, \"It is a misguided decision.“ Then he left."));
    }

    @Test
    void aCurlySingleMarkAfterPunctuationClosesAndIsNeverAnApostrophe() {
        String text = "Asked about it, she said, no more,’ and left.";
        assertEquals("close ’@" + text.indexOf('’'), unpaired("en", text));
    }

    @Test
    void pluralPossessivesInsideASingleQuotedQuoteDoNotCloseIt() {
        String text = "'The growers' share fell, and the buyers' margins rose,' he said. 'Blame the banks', she said.";
        assertEquals("", unpaired("en", text));
        assertEquals(List.of("The growers' share fell, and the buyers' margins rose,", "Blame the banks"), quotes("en", text));
    }

    @Test
    void listedWordsEndingWithAnApostropheKeepIt() {
        assertEquals("", unpaired("fr", "Il a rendu son Vélib'. Puis il a pris le métro."));
        assertEquals("", unpaired("en", "They were goin' home, he said."));
    }

    @Test
    void aStraightQuoteClosedAfterAStraySpaceStillCloses() {
        String text = "Il a supprimé \"un impôt qui ne lui appartient pas \". Le texte passe.";
        assertEquals("", unpaired("fr", text));
    }

    @Test
    void straightQuotesSpacedLikeGuillemetsPair() {
        String text = "Elle a dit \" c'est grave \" puis est partie. \" C'est fini\", assure-t-elle.";
        assertEquals("", unpaired("fr", text));
        assertEquals(List.of("c'est grave", "C'est fini"), quotes("fr", text));
    }
}
