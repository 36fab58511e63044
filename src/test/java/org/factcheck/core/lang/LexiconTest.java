package org.factcheck.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Keyed lists: a line's key, its forms, and a key that is also one of its forms. */
class LexiconTest {
    private final Lexicon lexicon = new Lexicon("en", Map.of("roles", List.of(
            "president | president",
            "prime-minister | prime minister | premier",
            "vice-president | vice president | vice-president")));

    @Test
    void aKeyWrittenAgainAsAFormIsOneOfTheLinesForms() {
        Map<String, String> heads = lexicon.heads("roles");
        assertEquals("president", heads.get("president"));
        assertEquals("vice-president", heads.get("vice-president"));
        assertEquals("vice-president", heads.get("vice president"));
    }

    @Test
    void aKeyWrittenOnceIsNoForm() {
        Map<String, String> heads = lexicon.heads("roles");
        assertFalse(heads.containsKey("prime-minister"));
        assertEquals("prime-minister", heads.get("premier"));
        assertEquals(5, heads.size()); // president, prime minister, premier, vice president, vice-president
        assertTrue(lexicon.sameGroup("roles", "prime-minister", "premier"));
    }

    @Test
    void aKeyedLinesFormsAreFoldedWithoutTheirKey() {
        Lexicon words = new Lexicon("fr", Map.of("role-words", List.of(
                "public-bodies | parti | Assemblée | sénat", "deputy-words | adjoint")));
        assertEquals(java.util.Set.of("parti", "assemblee", "senat"), words.foldedForms("role-words", "public-bodies"));
        assertEquals(java.util.Set.of(), words.foldedForms("role-words", "many-holders"));
    }
}
