package org.factcheck.core.analysis.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.Span;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.AnnotatedText.TextSentence;

/**
 * The state of one draft while its quotations are attributed: its annotation, its person mentions in text order, and
 * the last person given a quotation. Created per call of {@link QuoteAttributor#attribute}, never shared.
 */
final class QuoteContext {
    private final AnnotatedText annotated;
    private final List<TextSentence> sentences;
    private final List<PersonMention> mentions;
    private int lastPerson = -1;
    private int lastPersonSentence = -1;

    QuoteContext(AnnotatedText annotated, List<PersonMention> mentions) {
        this.annotated = annotated;
        this.sentences = annotated.sentences();
        this.mentions = new ArrayList<>(mentions);
        this.mentions.sort(Comparator.comparingInt(m -> m.span().start()));
    }

    String text() {
        return annotated.text();
    }

    /** The text folded one character for one, with the offsets of {@link #text()}. */
    String folded() {
        return annotated.folded();
    }

    List<TextSentence> sentences() {
        return sentences;
    }

    TextSentence sentence(int index) {
        return sentences.get(index);
    }

    /** The last person given a quotation, or -1. */
    int lastPerson() {
        return lastPerson;
    }

    /** The sentence where the last quotation given to a person ends, or -1. */
    int lastPersonSentence() {
        return lastPersonSentence;
    }

    /** Records that the quotation ending in sentence {@code sentence} is given to {@code person}. */
    void spoke(int person, int sentence) {
        if (person >= 0) {
            lastPerson = person;
            lastPersonSentence = sentence;
        }
    }

    /** The tokens lying wholly between {@code from} and {@code to}. */
    Window window(int from, int to) {
        return Window.of(sentences, from, to);
    }

    /** The tokens of sentence {@code s}. */
    Window window(TextSentence s) {
        return window(s.span().start(), s.span().end());
    }

    /** The text of tokens {@code from} to {@code to} of a window. */
    Span span(Window w, int from, int to) {
        return Span.of(annotated.text(), w.start(from), w.end(to - 1));
    }

    /** The index of the sentence holding {@code offset}, or of the first after it. */
    int sentenceAt(int offset) {
        return annotated.sentenceIndexAt(offset);
    }

    /** The end of the sentence holding the character before {@code offset}, or {@code offset} if it is further. */
    int sentenceEnd(int offset) {
        if (sentences.isEmpty()) {
            return annotated.text().length();
        }
        TextSentence s = sentences.get(sentenceAt(Math.max(0, offset - 1)));
        return Math.max(offset, s.span().end());
    }

    PersonMention firstMention(int from, int to) {
        List<PersonMention> in = mentionsIn(from, to);
        return in.isEmpty() ? null : in.get(0);
    }

    PersonMention lastMention(int from, int to) {
        List<PersonMention> in = mentionsIn(from, to);
        return in.isEmpty() ? null : in.get(in.size() - 1);
    }

    /** The mentions lying wholly between {@code from} and {@code to}, in text order. */
    List<PersonMention> mentionsIn(int from, int to) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<PersonMention> out = new ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).span().start() < to; i++) {
            if (mentions.get(i).span().end() <= to) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }
}
