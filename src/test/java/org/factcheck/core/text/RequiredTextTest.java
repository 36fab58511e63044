package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RequiredTextTest {

    private static List<Set<String>> sets(String regex, int flags) {
        return RequiredText.of(Pattern.compile(regex, flags)).sets();
    }

    /**
     * A text searched stays with its marks until {@link RequiredText#forget}, which a checker calls once a draft is
     * checked: a text of a draft checked long ago is held by nothing then. The patterns still read a text given again.
     */
    @Test
    void textsSearchedAreHeldUntilForgotten() throws InterruptedException {
        RequiredText months = RequiredText.of(Pattern.compile("(?:janvier|mars)\\s+\\d{4}", Pattern.CASE_INSENSITIVE));
        String sentence = new StringBuilder("Le vote aura lieu en ").append("MARS 2027.").toString();
        java.lang.ref.WeakReference<String> held = new java.lang.ref.WeakReference<>(sentence);
        assertTrue(months.mayMatch(sentence));
        sentence = null;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(held.get() != null, "a text searched is kept for the next pattern of its draft");
        RequiredText.forget();
        for (int i = 0; i < 20 && held.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(held.get() == null, "a text forgotten is still held");
        assertTrue(months.mayMatch("Le vote aura lieu en mars 2027."));
        assertFalse(months.mayMatch("Le vote aura lieu au printemps."));
    }

    @Test
    void literalWordsAndGroupsAreRequired() {
        assertEquals(List.of(Set.of("anniversaire"), Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
                sets("(?<![\\p{L}\\d])\\d{1,3}e\\s+anniversaire(?![\\p{L}\\d])", 0));
        // an alternation is a set; a string holding a shorter one of its set is left out
        assertEquals(List.of(Set.of("âgé"), Set.of("ans")),
                sets("(?:âgé|âgée|âgés|âgées)\\s+de\\s+\\d+\\s+ans", Pattern.CASE_INSENSITIVE).subList(0, 2));
        assertEquals(List.of(Set.of("juin", "mars")), sets("(?=[\\x{6a}\\x{6d}])(?:\\Qjuin\\E|\\Qmars\\E)", 0));
    }

    @Test
    void whatMayBeAbsentIsNotRequired() {
        assertTrue(RequiredText.of(Pattern.compile("(?:lundi\\s+)?\\d+|hier")).sets().stream()
                .noneMatch(s -> s.contains("lundi")));
        assertEquals(List.of(Set.of("an")), sets("ans?", 0)); // the quantifier takes only the "s"
        assertEquals(List.of(Set.of("ann")), sets("anné*", 0));
        assertEquals(List.of(), sets("(?:mois)*|x", 0)); // a branch requiring nothing
        assertEquals(List.of(), sets("(?:mois){0,2}", 0));
        assertEquals(List.of(Set.of("mois")), sets("(?:mois){1,2}", 0));
        assertEquals(List.of(), sets("(?=janvier)\\w+", 0)); // a look-ahead: not read
        assertEquals(List.of(), sets("[janvier]+", 0));
        assertEquals(List.of(Set.of("a", "b")), sets("(a|b)\\1", 0));
    }

    @Test
    void escapesAndQuotes() {
        assertEquals(List.of(Set.of("(")), sets("\\(\\s*\\d", Pattern.UNICODE_CHARACTER_CLASS));
        assertEquals(List.of(Set.of("l'an dernier")), sets("\\Ql'an dernier\\E", 0));
        assertEquals(List.of(Set.of("é")), sets("\\x{e9}", 0));
        assertEquals(List.of(Set.of("pour cent")), sets("pour\\u0020cent", 0));
        assertEquals(List.of(Set.of("a.b")), sets("a\\.b", 0));
        assertEquals(List.of(Set.of("ab")), sets("[\\]\\[]ab[^\\]]", 0));
    }

    @Test
    void caseInsensitiveTextsAreSearchedWithoutCase() {
        RequiredText r = RequiredText.of(Pattern.compile("Noël", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertTrue(r.mayMatch("JOYEUX NOËL"));
        assertFalse(r.mayMatch("joyeux noel"));
        RequiredText inline = RequiredText.of(Pattern.compile("(?i)noël"));
        assertTrue(inline.mayMatch("Noël"));
        RequiredText exact = RequiredText.of(Pattern.compile("noël"));
        assertFalse(exact.mayMatch("Noël"));
    }

    @Test
    void unreadableOrLooseExpressionsRequireNothing() {
        assertTrue(RequiredText.of(Pattern.compile("a b c", Pattern.COMMENTS)).isEmpty());
        assertTrue(RequiredText.of(Pattern.compile("(?x)a b")).isEmpty());
        assertTrue(RequiredText.of(Pattern.compile("\\p{L}+")).isEmpty());
        assertTrue(RequiredText.of(Pattern.compile("")).isEmpty());
    }

    /**
     * The promise: a text where {@code mayMatch} is false holds no match. Random expressions built from the pieces
     * the rules use, over random texts of their letters.
     */
    @Test
    void neverRefusesATextThatMatches() {
        String[] pieces = {"a", "b", "é", "É", "\\d", "\\d{1,3}", "\\s+", "(?:ab|ba)", "(?:a|)", "(?:b+)", "c?", "c*",
                "[ab]", "\\(", "(?![\\p{L}])", "(?<![\\p{L}\\d])", "\\Qa b\\E", "(?:é\\s+)?", "\\p{L}", ".", "b{0,2}",
                "(?:ba){1,}", "(?i:ÉA)", "(?=a)", "\\x{e9}", "a|b"};
        String alphabet = "abcéÉ 0(1A";
        Random random = new Random(16);
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            StringBuilder regex = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                regex.append(pieces[random.nextInt(pieces.length)]);
            }
            int flags = random.nextBoolean() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            Pattern p = Pattern.compile(regex.toString(), flags);
            RequiredText r = RequiredText.of(p);
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(12); k > 0; k--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                boolean may = r.mayMatch(text);
                if (!may) {
                    refused++;
                    assertFalse(p.matcher(text).find(), () -> p + " matches " + text + " though " + r.sets() + " is missing");
                }
            }
        }
        assertTrue(refused > 10_000, "the test refuses texts at all: " + refused);
    }

    /** Each character folded as Java's case-insensitive expressions compare it, from the table or beyond it. */
    @Test
    void everyCharacterFoldsToTheFormCaseInsensitiveExpressionsCompare() {
        for (char x = 0; x < 0x3000; x++) {
            char expected = Character.toLowerCase(Character.toUpperCase(x));
            assertEquals(String.valueOf(expected), RequiredText.fold(String.valueOf(x)), "U+" + Integer.toHexString(x));
        }
        String lower = "les états-unis";
        assertTrue(lower == RequiredText.fold(lower), "a text already folded is given back as it is");
        assertEquals("les états-unis et l'ue", RequiredText.fold("Les ÉTATS-UNIS et l'UE"));
    }
}
