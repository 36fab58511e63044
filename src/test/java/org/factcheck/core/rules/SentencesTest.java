package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.factcheck.core.facts.Paragraph;
import org.factcheck.core.facts.Sentence;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static Sentence sentence(int index, int paragraph) {
        String text = "Phrase numéro " + index + ".";
        return new Sentence(index, paragraph, new Span(index * 100, index * 100 + text.length(), text), text, 2, index);
    }

    @Test
    void aSentenceIsFoundByItsIndexAndAParagraphsSentencesInTheirOrder() {
        Sentence a = sentence(0, 0);
        Sentence b = sentence(1, 1);
        Sentence c = sentence(2, 1);
        Sentence d = sentence(3, 2);
        Paragraph p = new Paragraph(1, new Span(100, 133, "Phrase numéro 1. Phrase numéro 2."), "k", 4, 1);
        Sentences sentences = Sentences.of(List.of(d, c, p, b, a));
        assertEquals(c, sentences.at(2));
        assertEquals(a, sentences.at(0));
        assertNull(sentences.at(4), "no fifth sentence: a rule's from finds none");
        assertEquals(List.of(b, c), sentences.inParagraph(1), "in their order, whatever the facts' order");
        assertEquals(List.of(d), sentences.inParagraph(2));
        assertEquals(List.of(), sentences.inParagraph(7));
    }
}
