package org.factcheck.core.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.analysis.Analysis;
import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.compare.QuoteText;
import org.factcheck.core.facts.Person;
import org.factcheck.core.facts.Quotation;
import org.junit.jupiter.api.Test;

/** Quotations and their speakers, on drafts written for these tests. */
class QuotationsTest {
    /** Each quotation as "how: speaker-kind speaker-name «first words»", the name being the linked person's. */
    private static List<String> quotes(String language, String text) {
        Analysis a = TestSupport.analyze(text, language, LocalDate.of(2025, 11, 25));
        List<Person> persons = a.persons().persons();
        return a.quotations().stream().map(q -> q.how() + ": " + q.speakerKind() + " "
                + (q.person() >= 0 ? persons.get(q.person()).name() : q.speaker() == null ? "-" : "[" + q.speaker().text() + "]")
                + " «" + String.join(" ", List.of(q.key().split(" ")).subList(0, Math.min(3, q.words()))) + "»").toList();
    }

    @Test
    void frenchAttributionAfterTheQuotation() {
        assertEquals(List.of(
                "after: name Paul Berger «la ville paiera»",
                "after: pronoun Paul Berger «nous verrons bien»",
                "after: name Inès Caradec «c est trop»",
                "after: pronoun Inès Caradec «je maintiens ma»",
                "after: other [le ministère] «aucune decision n»"),
                quotes("fr", "« La ville paiera », a déclaré le maire Paul Berger mardi. « Nous verrons bien », a-t-il "
                        + "ajouté. « C'est trop », estime Mme Inès Caradec, élue d'opposition. « Je maintiens ma "
                        + "position », dit-elle. « Aucune décision n'est prise », a indiqué le ministère."));
    }

    @Test
    void frenchAttributionBeforeTheQuotationAndSources() {
        assertEquals(List.of(
                "before: name Paul Berger «le budget est»",
                "according: name Inès Caradec «la hausse etait»",
                "before: name Paul Berger «rien ne change»",
                "colon: name Inès Caradec «on nous a»",
                "according: name Paul Berger «un budget de»",
                "after: pronoun Paul Berger «nous economiserons trois»"),
                quotes("fr", "Le maire Paul Berger a déclaré : « Le budget est tenu. » Selon Mme Inès Caradec, "
                        + "« la hausse était évitable ». Paul Berger a répondu mardi, ajoutant que « rien ne change ». "
                        + "Inès Caradec a été claire : « On nous a menti. » Pour le maire, Paul Berger, c'est « un "
                        + "budget de combat ». « Nous économiserons trois millions », a-t-il calculé."));
    }

    @Test
    void frenchQuotationWithoutOpeningMarkRunsFromItsParagraph() {
        List<String> q = quotes("fr", "Le conseil a voté le texte.\n\nNous avons tenu parole devant les électeurs' a déclaré "
                + "la maire Sophie Roux.");
        assertEquals(List.of("after: name Sophie Roux «nous avons tenu»"), q);
    }

    @Test
    void frenchNestedQuotationIsNotAttributedAndPullQuoteKeepsItsSpeaker() {
        assertEquals(List.of(
                "after: name Anne Kerbrat «ma grand mere»",
                "nested: none - «ne promets jamais»",
                "repeated: name Anne Kerbrat «ma grand mere»",
                "nested: none - «ne promets jamais»"),
                quotes("fr", "« Ma grand-mère disait “Ne promets jamais la pluie” et elle avait raison », a ajouté "
                        + "la directrice Anne Kerbrat.\n\n« Ma grand-mère disait “Ne promets jamais la pluie” et elle avait "
                        + "raison »"));
    }

    @Test
    void englishAttributionAfterBeforeAndByPronoun() {
        assertEquals(List.of(
                "after: name Dana Hollis «we will appeal»",
                "after: name Dana Hollis «the ruling ignores»",
                "after: pronoun Dana Hollis «it is not»",
                "before: name Mark Reyes «the court was»",
                "according: name Mark Reyes «a fair result»",
                "after: other [the ministry] «no comment»"),
                quotes("en", "\"We will appeal,\" said lawyer Dana Hollis. \"The ruling ignores the evidence,\" Hollis told "
                        + "reporters. \"It is not over,\" she added. Prosecutor Mark Reyes said: \"The court was right.\" "
                        + "According to Reyes, \"a fair result\" was reached. \"No comment,\" the ministry said."));
    }

    @Test
    void englishStandaloneQuotationTakesTheSpeakerOfTheSentenceBefore() {
        assertEquals(List.of(
                "after: name Dana Hollis «we will appeal»",
                "previous-sentence: name Dana Hollis «the ruling ignores»",
                "none: none - «nobody knows what»"),
                quotes("en", "\"We will appeal,\" said lawyer Dana Hollis. \"The ruling ignores the evidence.\"\n\n"
                        + "The court closed early.\n\n\"Nobody knows what happens next.\""));
    }

    @Test
    void keysAndExcerpts() {
        String a = QuoteText.key("Nous ne céderons pas à la pression de la rue.");
        assertEquals("nous ne cederons pas a la pression de la rue", a);
        String cut = QuoteText.key("Nous ne céderons [...] à la pression de [la] rue");
        assertEquals("nous ne cederons _ a la pression de _ rue", cut, "words cut or bracketed are gaps");
        assertEquals(8, QuoteText.count(cut), "gaps are no words");
        assertTrue(QuoteText.within(cut, a), "a gap matches the words it stands for");
        assertTrue(QuoteText.within(a, "pas a la pression de la rue"), "the shorter is held in the longer");
        assertFalse(QuoteText.within(a, QuoteText.key("Nous ne plierons pas devant la pression de la rue")));
        assertEquals(8, QuoteText.shared(a, QuoteText.key("Nous ne plierons pas devant la pression de la rue")));
        assertEquals("un deux trois…", QuoteText.excerpt("un deux trois quatre cinq", 14));
    }

    @Test
    void theSpeakerIsTheNameAfterAnOrganisationAndARole() {
        // "Northfield" alone after the verb names where the role is held, not who speaks
        assertEquals(List.of(
                "after: name Dana Hollis «we will appeal»",
                "after: name Marek Novak «the port stays»",
                "after: name Gerry Ellis «children will talk»"),
                quotes("en", "\"We will appeal,\" said Northfield chief executive Dana Hollis. \"The port stays "
                        + "open,\" said Harbourside Prime Minister Marek Novak. \"Children will talk to each other,\" "
                        + "said Brightwater founder Gerry Ellis."));
    }

    @Test
    void aNameThatOpensTheReportedClauseIsNotTheSpeaker() {
        // "said Houston was": Houston is what the words are about
        List<String> q = quotes("en", "In its filing, the bank said Houston was \"a place where the company owns "
                + "nothing\".");
        assertFalse(q.get(0).contains("Houston"), q.toString());
    }

    @Test
    void aQuotationWithoutVerbCarriesOnTheSpeakerOfTheSentenceBefore() {
        assertEquals(List.of(
                "after: name Dana Hollis «we will appeal»",
                "previous-sentence: name Dana Hollis «gift to polluters»"),
                quotes("en", "\"We will appeal,\" said Dana Hollis. The ruling is a \"gift to polluters\" in the "
                        + "middle of a drought."));
        assertEquals(List.of(
                "according: other [le communiqué de la préfecture] «les deux auteurs»",
                "previous-sentence: other [le communiqué de la préfecture] «seule l intervention»"),
                quotes("fr", "Selon le communiqué de la préfecture, « les deux auteurs sont identifiés ». L'agression a "
                        + "été violente, « seule l'intervention des passagers a pu y mettre fin »."));
    }

    @Test
    void aPronounOpeningTheNextSentenceSpeaksTheQuotationStandingAlone() {
        assertEquals(List.of(
                "after: name Thabo Mokoena «owners were complaining»",
                "next-sentence: pronoun Thabo Mokoena «but we suspect»"),
                quotes("en", "\"Owners were complaining about the strong rand,\" Mr Thabo Mokoena said at a briefing. "
                        + "The currency is fixed to the rand. \"But we suspect they left because the quotas ended.\" "
                        + "He said six factories had closed."));
    }

    @Test
    void aSpeakerThatIsNoPersonOpensTheClauseOfAReportedFragment() {
        List<String> q = quotes("fr", "La direction de la chaîne a fermement condamné hier soir les agressions répétées "
                + "contre les journalistes envoyées sur place depuis le début du mois de mars, « qui doivent pouvoir "
                + "exercer librement leur métier ».");
        assertEquals(List.of("before: other [La direction de la chaîne] «qui doivent pouvoir»"), q);
    }
}
