package org.factcheck.core.analysis.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.facts.MentionKind;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.text.AnnotatedText;
import org.junit.jupiter.api.Test;

/** How role phrases without a name find their person, on drafts written for these tests. */
class PersonLinkerTest {
    private static final String[] GIVEN = {"Nora", "Paul", "Claire", "Marc", "Helen", "Victor", "Alice", "Simon"};
    private static final String[] FIRST = {"Val", "Dor", "Bren", "Cas", "Mel", "Tor", "Lin", "Fas", "Gar", "Hol"};
    private static final String[] LAST = {"dane", "wick", "more", "ford", "ley", "ton", "sby", "croft", "ham", "rell"};

    /** Paragraph {@code i}: a person named with a role, then that role without a name. */
    private static String paragraph(int i) {
        String surname = FIRST[i / 10 % 10] + LAST[i % 10] + (i >= 100 ? "s" + i / 100 : "");
        String name = GIVEN[i % GIVEN.length] + " " + surname;
        return name + ", the curator of the museum, opened the exhibition on Monday. "
                + "The curator said the rooms would stay open until ten.\n\n";
    }

    private static String draft(int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            text.append(paragraph(i));
        }
        return text.toString();
    }

    @Test
    void aRolePhraseWithoutANameGoesToThePersonNamedLastBeforeItWhoseRoleFits() {
        String text = draft(3) + "Paul Hamm, a visitor, liked the paintings. The curator thanked him.\n\n";
        PersonLinker.Result r = TestSupport.analyze(text, "en", java.time.LocalDate.of(2025, 11, 25)).persons();
        List<String> roleMentions = r.mentions().stream().filter(m -> m.kind() == MentionKind.ROLE)
                .map(m -> r.persons().get(m.person()).name() + " @" + m.sentence()).toList();
        // the last "curator" is the third curator's, not the visitor's, named after her
        assertEquals(List.of("Nora Valdane @1", "Paul Valwick @3", "Claire Valmore @5", "Claire Valmore @7"),
                roleMentions);
    }

    /**
     * Finding the person of each role phrase allocates with the draft, not with its square: each phrase asked every
     * person for its last mention before it, and compared its role with each nearer one's (a draft of 400 paragraphs
     * allocated 29 times what one of 40 did); it now reads back from the phrase to the first person who fits (10.5
     * times).
     */
    @Test
    void linkingTheRolesOfATenTimesLongerDraftAllocatesAboutTenTimesAsMuch() {
        Analyzer analyzer = TestSupport.analyzer("en");
        PersonExtractor people = new PersonExtractor(TestSupport.rules().pack("en").lexicon());
        AnnotatedText short_ = analyzer.annotate(draft(40));
        AnnotatedText long_ = analyzer.annotate(draft(400));
        PersonLinker.Result linked = people.extract(long_, List.of());
        assertEquals(400, linked.mentions().stream().filter(m -> m.kind() == MentionKind.ROLE)
                .map(PersonMention::person).distinct().count());
        for (int i = 0; i < 3; i++) { // the first runs load classes and fill caches
            people.extract(short_, List.of());
            people.extract(long_, List.of());
        }
        long small = TestSupport.allocatedBy(() -> people.extract(short_, List.of()));
        long large = TestSupport.allocatedBy(() -> people.extract(long_, List.of()));
        assertTrue(large < 14 * small, () -> "40 paragraphs: " + small + " bytes; 400: " + large);
    }
}
