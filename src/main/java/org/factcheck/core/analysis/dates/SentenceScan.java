package org.factcheck.core.analysis.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;

import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Span;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Patterns;

/**
 * The dates of one sentence as they are found: its folded text, the spans already taken (a longer expression read
 * first keeps its words) and the mentions. Created per sentence and per draft, never shared.
 */
final class SentenceScan {
    final String text;
    final String folded;
    final int from;
    final int sentence;
    final LocalDate reference;
    /** The sentence's tense as {@link DatePatterns#tenseOf} reads it, once a date of it needs it (most have none). */
    private final ToIntFunction<String> tenseOf;
    private int tense = UNREAD;
    private static final int UNREAD = Integer.MIN_VALUE;
    final List<DateMention> found = new ArrayList<>();
    private final List<int[]> taken = new ArrayList<>();

    /**
     * @param text   the draft's text
     * @param folded the sentence, folded one character for one
     * @param from   the sentence's offset in the text
     */
    SentenceScan(String text, String folded, int from, int sentence, LocalDate reference,
                 ToIntFunction<String> tenseOf) {
        this.text = text;
        this.folded = folded;
        this.from = from;
        this.sentence = sentence;
        this.reference = reference;
        this.tenseOf = tenseOf;
    }

    /** -1 for a sentence in the past, 1 in the future, 0 for neither or both. */
    int tense() {
        if (tense == UNREAD) {
            tense = tenseOf.applyAsInt(folded);
        }
        return tense;
    }

    /**
     * A matcher over the sentence; over nothing when the sentence lacks what every match of {@code p} holds (a digit,
     * a month: {@link GatedPattern}).
     */
    Matcher matcher(GatedPattern p) {
        return p.matcher(folded);
    }

    /**
     * Runs {@code read} on each match of {@code p} in the folded sentence that no date found before it overlaps.
     */
    void eachFree(GatedPattern p, Consumer<Matcher> read) {
        Matcher m = matcher(p);
        while (m.find()) {
            if (free(m)) {
                read.accept(m);
            }
        }
    }

    boolean free(Matcher m) {
        return !Patterns.overlaps(taken, m.start(), m.end());
    }

    void take(Matcher m) {
        taken.add(new int[] {m.start(), m.end()});
    }

    void take(Span span) {
        taken.add(new int[] {span.start() - from, span.end() - from});
    }

    /** The span of the text a match on the folded sentence covers. */
    Span span(Matcher m) {
        return Span.of(text, from + m.start(), from + m.end());
    }

    /** Adds a mention and takes its match. */
    void add(DateMention d, Matcher m) {
        found.add(d);
        take(m);
    }
}
