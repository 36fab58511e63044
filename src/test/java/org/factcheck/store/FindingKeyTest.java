package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.factcheck.core.report.ReportFinding;
import org.factcheck.core.report.ReportSpan;
import org.junit.jupiter.api.Test;

class FindingKeyTest {
    private static ReportFinding finding(String rule, int start, String text, String... related) {
        List<ReportSpan> spans = java.util.Arrays.stream(related).map(r -> new ReportSpan(0, r.length(), r)).toList();
        return new ReportFinding("f1", rule, "SPELLING", "warning", "m", start, start + text.length(), text, spans,
                null);
    }

    @Test
    void positionsWhiteSpaceAndCaseAreNotPartOfTheKey() {
        assertEquals(FindingKey.of(finding("spelling.variant", 10, "Etats-Unis", "États-Unis")),
                FindingKey.of(finding("spelling.variant", 400, " etats-unis\n", "ÉTATS-UNIS")));
        assertEquals(FindingKey.of(finding("duplicate.sentence", 0, "Une  phrase\u00A0répétée.")),
                FindingKey.of(finding("duplicate.sentence", 9, "une phrase répétée.")));
    }

    @Test
    void accentsAreKeptAndComposed() {
        assertNotEquals(FindingKey.of(finding("spelling.variant", 0, "Etats-Unis")),
                FindingKey.of(finding("spelling.variant", 0, "États-Unis")));
        assertEquals(FindingKey.of(finding("spelling.variant", 0, "E\u0301tats-Unis")),
                FindingKey.of(finding("spelling.variant", 0, "\u00C9tats-Unis")));
    }

    @Test
    void ruleTextAndRelatedTextsInOrderMakeTheKey() {
        ReportFinding f = finding("spelling.variant", 0, "a", "b", "c");
        assertNotEquals(FindingKey.of(f), FindingKey.of(finding("name.spelling", 0, "a", "b", "c")));
        assertNotEquals(FindingKey.of(f), FindingKey.of(finding("spelling.variant", 0, "a", "c", "b")));
        assertNotEquals(FindingKey.of(f), FindingKey.of(finding("spelling.variant", 0, "a", "b")));
        assertNotEquals(FindingKey.of(finding("r", 0, "a b")), FindingKey.of(finding("r", 0, "a", "b")));
    }

    @Test
    void theSeparatorNeverComesFromTheText() {
        String key = FindingKey.of(finding("r", 0, "a\u001Fb", "c\u001F"));
        assertEquals("r\u001Fa b\u001Fc", key);
        assertFalse(FindingKey.normalize("x\u001Fy").contains("\u001F"));
    }

    @Test
    void repeatedKeysAreMatchedOneToOneInOrder() {
        int[] match = FindingMatch.match(List.of("k", "x", "k"), List.of("y", "k", "k", "k"));
        assertArrayEquals(new int[] {-1, 0, 2, -1}, match);
        assertEquals(List.of(1), FindingMatch.unmatched(3, match));
    }
}
