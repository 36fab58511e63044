package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.Draft;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.Paragraph;
import org.factcheck.core.facts.Sentence;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

/** duplicate.drl, facts in and findings out: paragraphs and sentences built by hand. */
class DuplicateRulesTest {
    private static final String TEXT = "The council met on Monday night.\nThe council met on Monday night.\nIt voted.";
    private static final Span FIRST = Span.of(TEXT, 0, 32);
    private static final Span SECOND = Span.of(TEXT, 33, 65);
    private static final Span THIRD = Span.of(TEXT, 66, 75);

    /** Runs the rules on the facts, each paragraph and sentence given its first index as the analyzer gives it. */
    private static List<Finding> run(Object... facts) {
        List<Object> all = new ArrayList<>(List.of(new Draft("en", LocalDate.of(2025, 11, 25), false)));
        Map<String, Integer> firstParagraph = new HashMap<>();
        Map<String, Integer> firstSentence = new HashMap<>();
        for (Object f : facts) {
            if (f instanceof Paragraph p) {
                all.add(new Paragraph(p.index(), p.span(), p.key(), p.wordCount(),
                        firstParagraph.merge(p.key(), p.index(), Math::min)));
            } else if (f instanceof Sentence s) {
                all.add(new Sentence(s.index(), s.paragraph(), s.span(), s.key(), s.wordCount(),
                        firstSentence.merge(s.key(), s.index(), Math::min)));
            } else {
                all.add(f);
            }
        }
        return TestSupport.rules().run(all, "en");
    }

    private static Paragraph paragraph(int index, Span span, int words) {
        return new Paragraph(index, span, span.text(), words, index);
    }

    private static Sentence sentence(int index, Span span, int words) {
        return new Sentence(index, index, span, span.text(), words, index);
    }

    @Test
    void aParagraphOfFourWordsOrMorePrintedTwice() {
        List<Finding> findings = run(paragraph(0, FIRST, 6), paragraph(1, SECOND, 6), paragraph(2, THIRD, 2));
        assertEquals(1, findings.size(), String.valueOf(findings));
        Finding f = findings.get(0);
        assertEquals("duplicate.paragraph", f.rule());
        assertEquals(Category.DUPLICATE, f.category());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(SECOND, f.span());
        assertEquals(List.of(FIRST), f.related());
        assertEquals(6, f.args().get("words"));
    }

    @Test
    void aShortParagraphPrintedTwiceIsNoDuplicate() {
        assertEquals(List.of(), run(paragraph(0, FIRST, 3), paragraph(1, SECOND, 3)));
    }

    @Test
    void aSentenceOfSixWordsOrMorePrintedTwice() {
        String text = "The council met on Monday night. The council met on Monday night.";
        Span first = Span.of(text, 0, 32);
        Span second = Span.of(text, 33, 65);
        List<Finding> findings = run(new Paragraph(0, Span.of(text, 0, text.length()), text, 12, 0),
                new Sentence(0, 0, first, first.text(), 6, 0), new Sentence(1, 0, second, second.text(), 6, 1));
        assertEquals(1, findings.size(), String.valueOf(findings));
        assertEquals("duplicate.sentence", findings.get(0).rule());
        assertEquals(second, findings.get(0).span());
        assertEquals(List.of(first), findings.get(0).related());
        assertEquals(6, findings.get(0).args().get("words"));
        assertEquals(List.of(), run(new Sentence(0, 0, first, first.text(), 5, 0), new Sentence(1, 0, second, second.text(), 5, 1)));
    }

    @Test
    void aSentenceInsideARepeatedParagraphIsReportedWithItsParagraph() {
        List<Finding> findings = run(paragraph(0, FIRST, 6), paragraph(1, SECOND, 6),
                sentence(0, FIRST, 6), sentence(1, SECOND, 6));
        assertEquals(List.of("duplicate.paragraph"), findings.stream().map(Finding::rule).toList());
    }
}
