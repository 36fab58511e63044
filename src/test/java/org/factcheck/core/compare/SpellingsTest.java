package org.factcheck.core.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingsTest {
    @Test
    void onlyCapitalsThatLackTheirAccent() {
        assertTrue(Spellings.onlyCapitalAccents("Etats-Unis", "États-Unis"));
        assertTrue(Spellings.onlyCapitalAccents("Ile-de-France", "Île-de-France"));
        // The other way round, a lower-case accent, another letter, the same writing: no.
        assertFalse(Spellings.onlyCapitalAccents("États-Unis", "Etats-Unis"));
        assertFalse(Spellings.onlyCapitalAccents("Quebec", "Québec"));
        assertFalse(Spellings.onlyCapitalAccents("Etat", "Éton"));
        assertFalse(Spellings.onlyCapitalAccents("État", "État"));
        assertFalse(Spellings.onlyCapitalAccents("Etat", "États"));
    }
}
