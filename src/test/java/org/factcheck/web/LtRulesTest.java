package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.core.RuleDescription;
import org.junit.jupiter.api.Test;

/** LanguageTool's rule fields and level as the checker's enable and disable sets. */
class LtRulesTest {
    private static final List<RuleDescription> RULES = List.of(rule("date.weekday", "DATE", true),
            rule("date.relative", "DATE", true), rule("spelling.variant", "SPELLING", true),
            rule("quote.no-speaker", "QUOTE", false), rule("quote.unclosed", "QUOTE", true));

    private static RuleDescription rule(String id, String category, boolean onByDefault) {
        return new RuleDescription(id, category, "warning", id, List.of("fr", "en"), "x.drl", onByDefault);
    }

    private static LtRules of(String... fields) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            m.put(fields[i], fields[i + 1]);
        }
        return LtRules.of(RULES, m::get);
    }

    @Test
    void theDefaultLevelIsTheRulesOnByDefault() {
        assertEquals(new LtRules(Set.of(), Set.of()), of());
        assertEquals(new LtRules(Set.of(), Set.of()), of("level", "default"));
    }

    @Test
    void pickyAddsTheRulesOffByDefault() {
        assertEquals(new LtRules(Set.of("quote.no-speaker"), Set.of()), of("level", "picky"));
        assertEquals(new LtRules(Set.of(), Set.of("quote.unclosed")),
                of("level", "picky", "disabledCategories", "quote"));
    }

    @Test
    void enabledAndDisabledRulesAndCategoriesIgnoringIdsWeLack() {
        assertEquals(new LtRules(Set.of("quote.no-speaker"), Set.of("date.weekday", "spelling.variant")),
                of("enabledRules", "quote.no-speaker,UPPERCASE_SENTENCE_START", "disabledRules", "date.weekday",
                        "disabledCategories", "SPELLING,TYPOS"));
        assertEquals(new LtRules(Set.of(), Set.of("date.weekday", "date.relative")), of("disabledCategories", "DATE"));
    }

    @Test
    void enabledOnlyReportsTheEnabledOnesLessTheDisabled() {
        assertEquals(new LtRules(Set.of("quote.no-speaker"), Set.of("date.weekday", "spelling.variant",
                "quote.unclosed")), of("enabledOnly", "true", "enabledCategories", "date", "enabledRules",
                "quote.no-speaker", "disabledRules", "date.weekday"));
    }

    @Test
    void anotherLevelOrEnabledOnlyAloneIsABadRequest() {
        assertEquals(400, assertThrows(ApiException.class, () -> of("level", "academic")).status());
        assertEquals(400, assertThrows(ApiException.class, () -> of("enabledOnly", "true")).status());
    }
}
