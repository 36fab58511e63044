package org.factcheck.core.analysis.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.factcheck.TestSupport;
import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.compare.Names;
import org.factcheck.core.facts.Person;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.PersonRole;
import org.junit.jupiter.api.Test;

/** Person mentions, linking and roles, on drafts written for these tests. */
class PersonsTest {
    private static PersonLinker.Result people(String language, String text) {
        return TestSupport.analyze(text, language, java.time.LocalDate.of(2025, 11, 25)).persons();
    }

    /** Each person as "Name: mention, mention, …". */
    private static List<String> summary(String language, String text) {
        PersonLinker.Result r = people(language, text);
        Map<Integer, List<String>> byPerson = r.mentions().stream().collect(Collectors.groupingBy(PersonMention::person,
                Collectors.mapping(m -> m.kind().name().toLowerCase() + " " + m.span().text(), Collectors.toList())));
        return r.persons().stream().map(p -> p.name() + ": " + String.join(", ", byPerson.get(p.id()))).toList();
    }

    private static List<String> roles(String language, String text) {
        PersonLinker.Result r = people(language, text);
        return r.roles().stream().map(x -> r.persons().get(x.person()).name() + " = " + x.key() + "/" + x.nationality()
                + " (" + x.span().text() + ")").toList();
    }

    @Test
    void organisationsNamedAfterPeopleKeepTheirNameWords() {
        String fr = "La Fondation Brigitte Bardot et l'Institut Pasteur ont signé avec le Racing Club. "
                + "Le directeur, Paul Roux, a salué l'accord.";
        assertEquals(List.of("Fondation Brigitte Bardot = Brigitte Bardot", "Institut Pasteur = Pasteur",
                "Racing Club = Racing"), organisations("fr", fr));
        String en = "The Sterling and Francine Clark Art Institute lent the paintings, the museum said.";
        assertEquals(List.of("Francine Clark Art Institute = Francine Clark Art"), organisations("en", en));
        assertEquals(List.of(), organisations("en", "Paul Roux met the foundation's staff on Monday."));
    }

    @Test
    void writtenOutHonorificsJoinedParticlesAndShortAcronyms() {
        String fr = "« Je vais bien », confie-t-elle à Madame Figaro. « Il est libre », a indiqué Me Karim al-Nouri, "
                + "son avocat. « Le taux monte », souligne SpF. Mme Roux a confirmé. "
                + "« C'est fou », raconte Monsieur Poulpe.";
        // not "Figaro" after an honorific, a magazine's name; "Monsieur Poulpe" is a stage name, given in full
        assertEquals(List.of("Karim al-Nouri: full Karim al-Nouri", "Roux: honorific Roux",
                "Monsieur Poulpe: full Monsieur Poulpe"), summary("fr", fr));
    }

    @Test
    void aWordAtTheHeadOfASentenceAndADateWordThatIsAGivenName() {
        String en = "Gordon Brown spoke first. Born in 1912, the hall was rebuilt twice. Jan Bolz, the sales chief, "
                + "agreed on Jan 5. \"It works,\" said Mr Bolz. Brown nodded.";
        // "Born" is no misspelt Brown; "Jan Bolz" is a person, "Jan 5" a date
        assertEquals(List.of("Gordon Brown: full Gordon Brown, part Brown", "Jan Bolz: full Jan Bolz, honorific Bolz"),
                summary("en", en));
        String fr = "Olivier Faure a répondu lundi. « Faire de la politique autrement », a-t-il dit. Faure a souri.";
        assertEquals(List.of("Olivier Faure: full Olivier Faure, part Faure"), summary("fr", fr));
    }

    /** Each organisation's name as "Name = its name words". */
    private static List<String> organisations(String language, String text) {
        return people(language, text).organisations().stream().map(o -> o.span().text() + " = "
                + o.words().stream().map(w -> w.text()).collect(Collectors.joining(" "))).toList();
    }

    @Test
    void frenchMentionsByHonorificRoleAppositionAndSpeech() {
        String text = "Le ministre malien de la Santé Oumar Traoré a rencontré lundi Mme Inès Caradec. "
                + "Inès Caradec, directrice de l'agence régionale, a jugé la visite utile. "
                + "Traoré a expliqué que le ministre reviendrait. Mme Caradec a confirmé.";
        assertEquals(List.of(
                "Oumar Traoré: full Oumar Traoré, part Traoré, role ministre",
                "Inès Caradec: full Inès Caradec, full Inès Caradec, honorific Caradec"), summary("fr", text));
    }

    @Test
    void englishTitlesInCapitalsPossessivesAndInitials() {
        String text = "US Treasury Secretary Dana Hollis met Sen. Raymond J. Okafor on Monday. "
                + "Hollis's plan was discussed, and Okafor said he would study it. Dana Hollis said talks would go on.";
        assertEquals(List.of(
                "Dana Hollis: full Dana Hollis, part Hollis, full Dana Hollis",
                "Raymond J. Okafor: full Raymond J. Okafor, part Okafor"), summary("en", text));
        assertEquals(List.of("Dana Hollis = treasury-secretary/US (US Treasury Secretary)"), roles("en", text));
    }

    @Test
    void surnameFirstNamesParticlesAndHyphenatedGivenNames() {
        String text = "Le président sud-coréen Park Min-seo a reçu le ministre Jean-Loup de Valbonne. "
                + "Park a déclaré que la rencontre était utile, et M. de Valbonne a approuvé.";
        List<String> s = summary("fr", text);
        assertEquals("Park Min-seo: full Park Min-seo, part Park", s.get(0));
        assertTrue(s.get(1).startsWith("Jean-Loup de Valbonne: full Jean-Loup de Valbonne"), s.toString());
        assertEquals(List.of("Park Min-seo = president/KR (président sud-coréen)",
                "Jean-Loup de Valbonne = null/null (ministre)"), roles("fr", text));
    }

    @Test
    void placesInstitutionsAndNationalitiesAreNotPeople() {
        String text = "La Maison Blanche a déclaré mardi que la Corée du Sud était un allié. "
                + "Xinhua a rapporté les propos, et le Kremlin a dit attendre. Washington said it would wait.";
        assertEquals(List.of(), summary("fr", text));
        assertEquals(List.of(), summary("en", "The White House said on Tuesday that South Korea was an ally, Xinhua reported."));
        assertEquals(List.of("Ann Scott: full Ann Scott, part Scott"),
                summary("en", "Ann Scott won. Scott said the 22-year-old Scot would race again."), "a nationality noun");
    }

    @Test
    void anAcronymsPluralAndAnEnglishInstitutionInFrenchCopyAreNotPeople() {
        assertEquals(List.of("Ruth Ames: full Ruth Ames"),
                summary("en", "The Speaker told MPs the chamber would close, Ruth Ames said. MPs said it was overdue."));
        assertEquals(List.of("Nora Clark: full Nora Clark"),
                summary("fr", "La collection de Nora Clark est exposée par le Clark Art Institute, a dit le musée."));
    }

    @Test
    void aThingOwnedAWorksTitleAndAFirmAfterAPluralAreNotPeople() {
        assertEquals(List.of("Nina Hale: full Nina Hale"), summary("en",
                "Nina Hale restored their Morris Minor. The drama Vera Drake won a prize, said oil analysts Petro-Lind."));
        assertEquals(List.of("Nina Hale: full Nina Hale"), summary("en",
                "Nina Hale taught at the religious schools Santo Spirito and Immacolata. The Afghan team won."));
        assertEquals(List.of("Nina Hale: full Nina Hale"), summary("fr",
                "Nina Hale a repeint sa Renault Clio. Le film Amélie Poulain a été revu, a-t-elle dit. "
                        + "Elle aime la série \"Mr Robot\"."));
        assertEquals(List.of("Nina Hale: full Nina Hale"), summary("en", "Analysts said Nina Hale was right."));
        assertEquals(List.of("Brad Pitt: full Brad Pitt", "George Clooney: full George Clooney"),
                summary("en", "The actors Brad Pitt and George Clooney arrived on Friday."), "a plural before two names");
        assertEquals(List.of("Serena Williams: full Serena Williams, part Williams"),
                summary("fr", "Serena Williams a gagné. Les deux sœurs Williams ont dominé le tournoi."), "a family");
    }

    @Test
    void anEnglishHonorificInFrenchCopyIsAnHonorific() {
        assertEquals(List.of("Joey Saputo: full Joey Saputo, honorific Saputo"),
                summary("fr", "Le président du club, Joey Saputo, était satisfait. Mr Saputo a annoncé des retours."));
    }

    @Test
    void aCapitalizedWordOfATieNamesABodyNotARelative() {
        PersonLinker.Result r = people("fr", "Ahmed Farouk, Frère musulman de longue date, a remporté l'élection.");
        assertFalse(r.roles().stream().anyMatch(PersonRole::tie), "« Frère musulman » is no kin of anyone");
    }

    @Test
    void anInstitutionAfterARolePhraseIsNotAName() {
        String text = "Le ministre chinois des Affaires étrangères Lin Haotian a parlé au secrétaire d'État américain Paul Vance.";
        assertEquals(List.of("Lin Haotian: full Lin Haotian", "Paul Vance: full Paul Vance"), summary("fr", text));
        assertEquals(List.of("Lin Haotian = foreign-minister/CN (ministre chinois des Affaires étrangères)",
                "Paul Vance = secretary-of-state/US (secrétaire d'État américain)"), roles("fr", text));
    }

    @Test
    void rolesJoinedByAConjunctionAreEachGiven() {
        String text = "Le conseiller d'État et ministre chinois des Affaires étrangères Lin Haotian a parlé.";
        assertEquals(List.of("state-councillor", "foreign-minister"),
                people("fr", text).roles().stream().map(PersonRole::key).toList());
    }

    @Test
    void aPastRoleIsNoRole() {
        String text = "L'ancien ministre de l'Intérieur Paul Berger a déclaré qu'il se retirait.";
        assertEquals(List.of("Paul Berger = null/null (ancien ministre de l'Intérieur)"), roles("fr", text));
    }

    @Test
    void aLonePartGoesToTheLatestPersonMentionedWithIt() {
        String text = "John Kendall, a senator, met his brother Robert Kendall, a judge, on Friday. "
                + "Kendall said the meeting was private.";
        List<Person> persons = people("en", text).persons();
        PersonMention lone = people("en", text).mentions().get(2);
        assertEquals("Kendall", lone.span().text());
        assertEquals("Robert Kendall", persons.get(lone.person()).name());
    }

    @Test
    void namesSharingOrNearlySharingAPartArePaired() {
        String text = "Priya Raman said the budget was fair. Priya Ramen said it again. Lin Haotian said so too.";
        PersonLinker.Result r = people("en", text);
        assertEquals(3, r.persons().size());
        assertEquals(1, r.shared().size()); // Priya
        assertEquals(1, r.similar().size()); // Raman / Ramen
        assertTrue(Names.similarity("raman", "ramen") >= 0.85); // name.drl's threshold for a near spelling
        assertTrue(Names.similarity("qin", "chen") < 0.85);
    }

    @Test
    void aWordGluedToTheNextWhereALineBreakWasLostIsNoName() {
        assertTrue(NameRuns.glued("VéranUn"));
        assertTrue(NameRuns.glued("BusinessLa"));
        assertFalse(NameRuns.glued("McDonald"), "a name's inner capital after a short prefix");
        assertFalse(NameRuns.glued("MacArthur"));
        assertFalse(NameRuns.glued("DiCaprio"));
        assertFalse(NameRuns.glued("Jean-Marc"));
    }
}
