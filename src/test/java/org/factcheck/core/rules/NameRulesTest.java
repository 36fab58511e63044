package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.TestSupport;
import org.factcheck.core.compare.Names;
import org.factcheck.core.facts.Evidence;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.MentionKind;
import org.factcheck.core.facts.NamePartShared;
import org.factcheck.core.facts.Person;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.PersonRole;
import org.factcheck.core.facts.RegisterEntry;
import org.factcheck.core.facts.RegisterCandidate;
import org.factcheck.core.facts.RegisterMatch;
import org.factcheck.core.facts.SimilarNamePart;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

/** name.drl, facts in, findings out: persons, mentions and the pairs to compare built by hand. */
class NameRulesTest {
    /** Facts over one text: persons and mentions found by where their names stand. */
    private static final class Facts {
        final String text;
        final List<Object> facts = new ArrayList<>();
        int mentions;

        Facts(String text) {
            this.text = text;
        }

        Span span(String s, int nth) {
            int at = -1;
            for (int i = 0; i <= nth; i++) {
                at = text.indexOf(s, at + 1);
            }
            return Span.of(text, at, at + s.length());
        }

        Facts person(int id, String name, boolean introduced, String nationality, String... roles) {
            List<String> written = List.of(name.split(" "));
            facts.add(new Person(id, name, written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(), written,
                    introduced, span(name, 0), nationality, false, List.of(roles)));
            return this;
        }

        Facts mention(int person, MentionKind kind, String name, int nth) {
            List<String> written = List.of(name.split(" "));
            facts.add(new PersonMention(mentions++, person, kind, span(name, nth),
                    written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(), written, Evidence.SPEECH, 0));
            return this;
        }

        Facts role(int person, String key, String nationality, String phrase) {
            facts.add(new PersonRole(person, 0, key, nationality, span(phrase, 0)));
            return this;
        }

        Facts add(Object fact) {
            facts.add(fact);
            return this;
        }

        /** The NAME findings, as "rule@span>suggestion". */
        List<String> names(String language) {
            List<String> out = new ArrayList<>();
            for (Finding f : TestSupport.rules().run(facts, language)) {
                if (f.rule().startsWith("name.")) {
                    out.add(f.rule() + "@" + f.span().text() + ">" + f.suggestion());
                }
            }
            out.sort(null);
            return out;
        }
    }

    private static SimilarNamePart similar(int earlier, int later, int earlierPart, int laterPart, String a, String b) {
        return new SimilarNamePart(earlier, later, earlierPart, laterPart, Names.similarity(a, b));
    }

    @Test
    void aPartReplacedInTheSameRoleIsAVariantAndItsPartAloneToo() {
        String text = "Le ministre Qin Gang a parlé. Le ministre Chen Gang a répondu. Chen a ajouté.";
        Facts f = new Facts(text)
                .person(0, "Qin Gang", true, "CN", "foreign-minister")
                .person(1, "Chen Gang", true, "CN", "foreign-minister")
                .mention(0, MentionKind.FULL, "Qin Gang", 0)
                .mention(1, MentionKind.FULL, "Chen Gang", 0)
                .mention(1, MentionKind.PART, "Chen", 1)
                .add(new NamePartShared(0, 1, 1, 1));
        assertEquals(List.of("name.variant-part@Chen>Qin", "name.variant@Chen Gang>Qin Gang"), f.names("fr"));
        Finding variant = TestSupport.rules().run(f.facts, "fr").stream()
                .filter(x -> x.rule().equals("name.variant")).findFirst().orElseThrow();
        assertEquals(List.of(f.span("Qin Gang", 0)), variant.related());
        assertEquals("Chen Gang", variant.args().get("name"));
        assertEquals("Qin Gang", variant.args().get("introduced"));
    }

    @Test
    void noVariantInAnotherCountryOrWithARoleOfItsOwn() {
        String text = "Le ministre Qin Gang a parlé. Le ministre Chen Gang a répondu.";
        assertEquals(List.of(), new Facts(text)
                .person(0, "Qin Gang", true, "CN")
                .person(1, "Chen Gang", true, "TW")
                .mention(1, MentionKind.FULL, "Chen Gang", 0)
                .add(new NamePartShared(0, 1, 1, 1)).names("fr"));
        assertEquals(List.of(), new Facts(text)
                .person(0, "Qin Gang", true, "CN", "foreign-minister")
                .person(1, "Chen Gang", true, "CN", "foreign-minister")
                .role(1, "defence-minister", "CN", "ministre Chen")
                .mention(1, MentionKind.FULL, "Chen Gang", 0)
                .add(new NamePartShared(0, 1, 1, 1)).names("fr"));
    }

    @Test
    void aPartSpelledNearlyAlikeIsASpellingFullOrAlone() {
        String text = "Antony Blinken spoke. Antony Blinkin replied. Mr Blinkin left.";
        assertEquals(List.of("name.spelling@Antony Blinkin>Antony Blinken", "name.spelling@Blinkin>Blinken"),
                new Facts(text)
                        .person(0, "Antony Blinken", true, "US")
                        .person(1, "Antony Blinkin", true, "US")
                        .mention(1, MentionKind.FULL, "Antony Blinkin", 0)
                        .mention(1, MentionKind.HONORIFIC, "Blinkin", 1)
                        .add(similar(0, 1, 1, 1, "blinken", "blinkin")).names("en"));
    }

    @Test
    void partsThatSoundAlikeAreNotNearWhenThePairIsNoMisspelling() {
        // A plural, a word alone against a given name, the same letters written otherwise, a low similarity.
        assertEquals(List.of(), new Facts("Tom Conservative spoke. Tom Conservatives replied.")
                .person(0, "Tom Conservative", true, null).person(1, "Tom Conservatives", true, null)
                .mention(1, MentionKind.FULL, "Tom Conservatives", 0)
                .add(similar(0, 1, 1, 1, "conservative", "conservatives")).names("en"));
        assertEquals(List.of(), new Facts("Marion Roux spoke. Marine replied.")
                .person(0, "Marion Roux", true, null).person(1, "Marine", false, null)
                .mention(1, MentionKind.PART, "Marine", 0)
                .add(similar(0, 1, 0, 0, "marion", "marine")).names("fr"));
        assertEquals(List.of(), new Facts("Kim Sun-woo spoke. Kim Sunwoo replied.")
                .person(0, "Kim Sun-woo", true, null).person(1, "Kim Sunwoo", true, null)
                .mention(1, MentionKind.FULL, "Kim Sunwoo", 0)
                .add(similar(0, 1, 1, 1, "sun-woo", "sunwoo")).names("en"));
        assertEquals(List.of(), new Facts("Lee Qin spoke. Lee Chen replied.")
                .person(0, "Lee Qin", true, null).person(1, "Lee Chen", true, null)
                .mention(1, MentionKind.FULL, "Lee Chen", 0)
                .add(similar(0, 1, 1, 1, "qin", "chen")).names("en"));
    }

    @Test
    void aSurnameNobodyIntroducedInAnIntroducedPersonsRole() {
        String text = "Le ministre de l'Intérieur Jean Dupont a parlé. Le ministre de l'Intérieur Dumesnil a répondu.";
        assertEquals(List.of("name.unknown-in-role@Dumesnil>Jean Dupont"), new Facts(text)
                .person(0, "Jean Dupont", true, "FR", "interior-minister")
                .person(1, "Dumesnil", false, null, "interior-minister")
                .role(0, "interior-minister", "FR", "ministre de l'Intérieur Jean")
                .role(1, "interior-minister", null, "ministre de l'Intérieur Dumesnil")
                .mention(0, MentionKind.FULL, "Jean Dupont", 0)
                .mention(1, MentionKind.PART, "Dumesnil", 0).names("fr"));
        // A role many countries have, without a country on one side, is no clue.
        String other = "Le président Jean Dupont a parlé. Le président Dumesnil a répondu.";
        assertEquals(List.of(), new Facts(other)
                .person(0, "Jean Dupont", true, "FR", "president")
                .person(1, "Dumesnil", false, null, "president")
                .role(0, "president", "FR", "président Jean")
                .role(1, "president", null, "président Dumesnil")
                .mention(1, MentionKind.PART, "Dumesnil", 0).names("fr"));
    }

    @Test
    void aNameTheRegisterWritesOtherwise() {
        RegisterEntry entry = new RegisterEntry("Antony Blinken", "antony blinken", "blinken", List.of("tony blinken"),
                List.of("secretary-of-state"));
        assertEquals(List.of("name.register@Anthony Blinken>Antony Blinken"), new Facts("Anthony Blinken spoke.")
                .person(0, "Anthony Blinken", true, null)
                .mention(0, MentionKind.FULL, "Anthony Blinken", 0)
                .add(new RegisterMatch(0, entry)).names("en"));
        // Another given name, and no role of the register's: another person.
        assertEquals(List.of(), new Facts("Andrew Blinken spoke.")
                .person(0, "Andrew Blinken", true, null)
                .mention(0, MentionKind.FULL, "Andrew Blinken", 0)
                .add(new RegisterMatch(0, entry)).names("en"));
        // The register's role makes it the same person.
        assertEquals(List.of("name.register@Andrew Blinken>Antony Blinken"), new Facts("Andrew Blinken spoke.")
                .person(0, "Andrew Blinken", true, null, "secretary-of-state")
                .mention(0, MentionKind.FULL, "Andrew Blinken", 0)
                .add(new RegisterMatch(0, entry)).names("en"));
    }

    @Test
    void aRegisterCandidateIsTheEntrysPersonWhenItBearsItsSurnameOrANearSpellingOfIt() {
        RegisterEntry entry = new RegisterEntry("Antony Blinken", "antony blinken", "blinken", List.of(),
                List.of("secretary-of-state"));
        // The same surname: the entry's person, and the given name is compared.
        assertEquals(List.of("name.register@Anthony Blinken>Antony Blinken"), new Facts("Anthony Blinken spoke.")
                .person(0, "Anthony Blinken", true, null)
                .mention(0, MentionKind.FULL, "Anthony Blinken", 0)
                .add(new RegisterCandidate(0, "blinken", entry, true)).names("en"));
        // A surname that sounds like the register's and is spelled nearly like it: the same person, misspelt.
        assertEquals(List.of("name.register@Antony Blinkin>Antony Blinken"), new Facts("Antony Blinkin spoke.")
                .person(0, "Antony Blinkin", true, null)
                .mention(0, MentionKind.FULL, "Antony Blinkin", 0)
                .add(new RegisterCandidate(0, "blinkin", entry, false)).names("en"));
        // Sounding alike is not enough: a surname too far from the register's is another person's.
        assertEquals(List.of(), new Facts("Antony Blanc spoke.")
                .person(0, "Antony Blanc", true, null)
                .mention(0, MentionKind.FULL, "Antony Blanc", 0)
                .add(new RegisterCandidate(0, "blanc", entry, false)).names("en"));
        // Nor is a plural of it.
        assertEquals(List.of(), new Facts("Antony Blinkens spoke.")
                .person(0, "Antony Blinkens", true, null)
                .mention(0, MentionKind.FULL, "Antony Blinkens", 0)
                .add(new RegisterCandidate(0, "blinkens", entry, false)).names("en"));
    }
}
