package org.factcheck.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private static final Set<String> FR_EN = Set.of("fr", "en");

    private static String guess(String text) {
        return LanguageGuesser.guess(text, FR_EN, "none");
    }

    @Test
    void theModelHasEveryLanguageOfTheProjectsRules() {
        assertTrue(LanguageGuesser.languages().containsAll(TestSupport.rules().languages()),
                LanguageGuesser.languages() + " against the rules' " + TestSupport.rules().languages());
    }

    @Test
    void shortTextsAndHeadlinesAreTold() {
        assertEquals("fr", guess("Le conseil municipal a voté hier soir le budget de la ville."));
        assertEquals("en", guess("The city council voted on the town's budget last night."));
        assertEquals("fr", guess("Grève des cheminots : trafic perturbé jeudi"));
        assertEquals("en", guess("Storm closes schools across the county"));
        assertEquals("fr", guess("Marée noire"));
        assertEquals("en", guess("Breaking news"));
    }

    @Test
    void aQuotationInTheOtherLanguageDoesNotTurnTheText() {
        assertEquals("fr", guess("« We will never give up on this project », a déclaré mardi la ministre devant les "
                + "députés, avant de quitter l'hémicycle sous les applaudissements de sa majorité."));
        assertEquals("en", guess("\"Nous ne céderons pas\", the minister told reporters on Tuesday, before leaving "
                + "the chamber to applause from her own party."));
    }

    @Test
    void aTextWithoutLettersGetsTheFallback() {
        assertEquals("none", guess(""));
        assertEquals("none", guess("2025 - 12,5 % ; 3/4 — 10:30 !!!"));
        assertEquals("none", guess("https://www.example.org/actualites/2025/budget contact@example.org"));
    }

    @Test
    void aTextInAThirdLanguageGetsTheClosestSupportedOne() {
        assertEquals("en", guess("Der Stadtrat hat gestern Abend den Haushalt der Stadt für das kommende Jahr "
                + "beschlossen."));
        assertEquals("en", guess("Το δημοτικό συμβούλιο ενέκρινε χθες τον προϋπολογισμό της πόλης."));
    }

    @Test
    void onlyTheSupportedLanguagesTheModelHasAreAnswered() {
        String english = "The city council voted on the town's budget last night.";
        assertEquals("fr", LanguageGuesser.guess(english, Set.of("fr"), "none"), "the one supported language");
        assertEquals("none", LanguageGuesser.guess(english, Set.of("de"), "none"), "a language the model lacks");
        assertEquals("en", LanguageGuesser.guess(english, Set.of("de", "en"), "none"));
    }

    /** The bench article and every fixture draft in plain text are in the language their folder's name begins with. */
    @Test
    void theBenchArticleAndTheFixturesAreInTheirLanguage() throws Exception {
        assertEquals("fr", guess(TestSupport.benchArticle()));
        List<Path> drafts;
        try (var files = Files.walk(TestSupport.projectDir().resolve("fixtures"))) {
            drafts = files.filter(f -> f.getFileName().toString().equals("draft.txt")).sorted().toList();
        }
        assertTrue(drafts.size() > 50, "drafts: " + drafts.size());
        for (Path draft : drafts) {
            String folder = draft.getParent().getFileName().toString();
            assertEquals(folder.substring(0, 2), guess(Files.readString(draft)), folder);
        }
    }
}
