package org.factcheck.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void aShortFormOfAGivenNameIsTheSamePersons() {
        assertTrue(Names.shortForm("dave", "david"));
        assertTrue(Names.shortForm("alexandre", "alex"));
        assertTrue(Names.shortForm("jean", "jean-marc"));
        assertFalse(Names.shortForm("nadine", "nathalie"), "another given name, not a short form");
        assertFalse(Names.shortForm("margaret", "marjorie"));
        assertFalse(Names.shortForm("anne", "anne"), "the same name is no short form");
    }

    @Test
    void partsSoundAlikeByEitherKeyAndEditsAreCountedToThree() {
        assertTrue(Names.soundAlike("clark", "clerk"));
        assertTrue(Names.soundAlike("lucaroni", "lucironi"), "by the consonants");
        assertFalse(Names.soundAlike("marchal", "marchand"));
        assertEquals(1, Names.edits("whitcombe", "whitcomb"));
        assertEquals(2, Names.edits("democratic", "democrats"), "two letters changed");
        assertEquals(3, Names.edits("clark", "peterson"), "three or more");
    }

    @Test
    void sharedPrefixCountsTheLettersTwoPartsBeginWith() {
        assertEquals(2, Names.sharedPrefix("nathalie", "nadine"));
        assertEquals(0, Names.sharedPrefix("viviane", "marc"));
        assertEquals(4, Names.sharedPrefix("jean", "jean-marc"));
    }

    @Test
    void aVowelChangedKeepsTheConsonantKeyWhereTheSoundKeyMaySplit() {
        assertEquals("slcr", Names.consonantKey("sollacaro"));
        assertEquals(Names.consonantKey("lucaroni"), Names.consonantKey("lucironi"));
        assertEquals(Names.consonantKey("atwood"), Names.consonantKey("atwoed"));
        assertTrue(!Names.phoneticKey("lucaroni").equals(Names.phoneticKey("lucironi")),
                "a c before a and before i sound apart: the consonants are the second index");
        assertFalse(Names.consonantKey("martin").equals(Names.consonantKey("marin")), "a consonant dropped changes it");
    }
}
