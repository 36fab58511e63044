package org.factcheck.core.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
    private static NumberWords words(String language, String joiner) {
        return new NumberWords(TestSupport.rules().lexicon(language), Set.of(joiner));
    }

    @Test
    void readsFrenchCompounds() {
        NumberWords fr = words("fr", "et");
        assertEquals(22L, fr.value("vingt-deux"));
        assertEquals(71L, fr.value("soixante et onze"));
        assertEquals(77L, fr.value("soixante-dix-sept"));
        assertEquals(99L, fr.value("quatre-vingt-dix-neuf"));
        assertEquals(80L, fr.value("quatre-vingts"));
        assertEquals(203L, fr.value("deux cent trois"));
        assertEquals(2020L, fr.value("deux mille vingt"));
        assertNull(fr.value("deux pommes"));
        assertNull(fr.value("et"));
    }

    @Test
    void readsEnglishCompounds() {
        NumberWords en = words("en", "and");
        assertEquals(14L, en.value("fourteen"));
        assertEquals(42L, en.value("forty-two"));
        assertEquals(120L, en.value("one hundred and twenty"));
        assertEquals(3000L, en.value("three thousand"));
        assertNull(en.value("twenty and"));
    }
}
