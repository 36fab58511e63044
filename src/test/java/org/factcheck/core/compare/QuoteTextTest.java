package org.factcheck.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class QuoteTextTest {
    @Test
    void wordsSharedInOrderAndABoundWhenTooFewCanBe() {
        String a = "nous ne cederons pas a la rue";
        String b = "nous ne reculerons pas devant la rue";
        assertEquals(5, QuoteText.shared(a, b), "nous ne pas la rue");
        assertEquals(5, QuoteText.shared(a, b, 5), "enough: the exact number");
        assertTrue(QuoteText.shared(a, "ils iront au bout", 5) < 5, "too few: a number below the need");
        assertEquals(0, QuoteText.shared(a, "ils iront au bout"));
        assertEquals(1, QuoteText.shared("rue la", "la rue"), "in order: one word of the two");
    }

    @Test
    void aKeyHeldWholeInAnotherRunByRunAndInOrder() {
        assertTrue(QuoteText.within("nous ne cederons pas", "nous ne cederons pas a la rue"));
        assertTrue(QuoteText.within("nous ne cederons pas a la rue", "nous ne cederons pas"), "either order");
        assertTrue(QuoteText.within("nous _ pas a la rue", "nous ne cederons pas a la rue"), "a gap stands for words");
        assertFalse(QuoteText.within("la rue _ nous", "nous ne cederons pas a la rue"), "runs in order");
        assertFalse(QuoteText.within("ne ceder", "nous ne cederons pas"), "whole words only");
        assertTrue(QuoteText.within("_ _ pas a", "nous ne cederons pas a la rue"), "gaps in a row");
        assertEquals(3, QuoteText.count("nous _ pas a"));
        assertEquals(0, QuoteText.count(""));
        assertEquals(1, QuoteText.count("__"), "two underscores are a word, not a gap");
    }

    @Test
    void withinAgreesWithAWordByWordReadingOnRandomKeys() {
        Random random = new Random(11);
        String[] vocabulary = {"a", "b", "c", "d", "ab", QuoteText.GAP};
        for (int n = 0; n < 20_000; n++) {
            String x = key(random, vocabulary);
            String y = key(random, vocabulary);
            assertEquals(reference(x, y), QuoteText.within(x, y), x + " | " + y);
            assertEquals(words(x).stream().filter(w -> !w.equals(QuoteText.GAP)).count(), QuoteText.count(x), x);
        }
    }

    private static String key(Random random, String[] vocabulary) {
        List<String> words = new ArrayList<>();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            words.add(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return String.join(" ", words);
    }

    private static List<String> words(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    /** The reading word by word: the shorter key's runs between gaps, each found whole after the one before. */
    private static boolean reference(String a, String b) {
        long ca = words(a).stream().filter(w -> !w.equals(QuoteText.GAP)).count();
        long cb = words(b).stream().filter(w -> !w.equals(QuoteText.GAP)).count();
        List<String> longer = ca <= cb ? words(b) : words(a);
        List<String> part = ca <= cb ? words(a) : words(b);
        int from = 0;
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= part.size(); i++) {
            if (i < part.size() && !part.get(i).equals(QuoteText.GAP)) {
                run.add(part.get(i));
                continue;
            }
            if (!run.isEmpty()) {
                int at = -1;
                for (int k = from; k + run.size() <= longer.size() && at < 0; k++) {
                    if (longer.subList(k, k + run.size()).equals(run)) {
                        at = k;
                    }
                }
                if (at < 0) {
                    return false;
                }
                from = at + run.size();
                run.clear();
            }
        }
        return true;
    }
}
