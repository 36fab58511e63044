package org.factcheck.core.analysis.quotes;

import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.PRONOUN;

import java.util.List;

import org.factcheck.core.facts.Attribution;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.text.AnnotatedText.TextSentence;

/**
 * The speaker of a quotation that is a sentence of its own: an earlier quotation it repeats, else the sentence
 * before it (an attributed quotation, a speech verb with its subject, a person as its subject), else the first words
 * of the sentence after it. Per language, stateless.
 */
record NeighbourSentences(AttributionWords words, Speakers speakers) {
    /** The fewest words a pull quote needs to take the speaker of the quotation it repeats. */
    private static final int MIN_REPEATED = 5;

    /**
     * A quotation standing alone that repeats an attributed one word for word (a pull quote): the speaker of the
     * first. This comes before the neighbouring sentences, which may quote someone else.
     */
    Found repeated(String key, List<Quotation> earlier) {
        for (Quotation e : earlier) {
            if (e.attributed() && e.speaker() != null && e.words() >= MIN_REPEATED && e.key().equals(key)) {
                return Found.of(e, Attribution.REPEATED);
            }
        }
        return null;
    }

    /** A quotation standing alone: the speaker of the sentence before it, if that sentence names one. */
    Found previous(QuoteContext ctx, List<Quotation> earlier, int sentence) {
        if (sentence == 0) {
            return null;
        }
        TextSentence prev = ctx.sentence(sentence - 1);
        if (ctx.sentence(sentence).paragraph() - prev.paragraph() > 1) {
            return null;
        }
        Found quoted = attributedIn(earlier, prev);
        if (quoted != null) {
            return quoted;
        }
        Window w = ctx.window(prev);
        for (int k = 0; k < w.size(); k++) {
            Verb v = words.verbAt(w, k);
            if (v != null && v.plain() && !v.afterOnly()) {
                PersonMention subject = speakers.subjectBefore(ctx, w, v.from());
                if (subject != null) {
                    return speakers.named(ctx, subject, ctx.span(w, v.from(), v.to()), Attribution.PREVIOUS_SENTENCE);
                }
            }
        }
        // No speech verb, but a person as the subject ("Marc Delorme a pris la parole."), or a pronoun opening a
        // sentence that ends with a colon ("He described the morning like this:"): the quotation is theirs.
        PersonMention subject = speakers.sentenceSubject(ctx, w);
        if (subject != null) {
            return speakers.named(ctx, subject, null, Attribution.PREVIOUS_SENTENCE);
        }
        if (w.size() > 1 && ":".equals(w.last()) && words.is(PRONOUN, w.f(), 0)) {
            return speakers.pronoun(ctx, ctx.span(w, 0, 1), null, Attribution.PREVIOUS_SENTENCE, sentence - 1);
        }
        return null;
    }

    /**
     * A quotation inside a sentence that names nobody and has no speech verb, right after a sentence of the same
     * paragraph whose quotation is attributed: the speaker carries on ("…," said John Westwood. India is a "growing
     * economy"; « D'après le communiqué, « … ». L'agression a été violente, « … »).
     */
    Found continued(QuoteContext ctx, List<Quotation> earlier, int sentence) {
        if (sentence == 0) {
            return null;
        }
        TextSentence here = ctx.sentence(sentence);
        TextSentence prev = ctx.sentence(sentence - 1);
        if (here.paragraph() != prev.paragraph()
                || !ctx.mentionsIn(here.span().start(), here.span().end()).isEmpty()) {
            return null;
        }
        return attributedIn(earlier, prev);
    }

    /**
     * The speaker of the last quotation of sentence {@code prev} that names one (a nested quotation names none), or
     * null.
     */
    private static Found attributedIn(List<Quotation> earlier, TextSentence prev) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Quotation e = earlier.get(i);
            if (e.span().end() <= prev.span().start()) {
                break;
            }
            if (e.attributed() && e.speaker() != null && e.span().end() <= prev.span().end()) {
                return Found.of(e, Attribution.PREVIOUS_SENTENCE);
            }
        }
        return null;
    }

    /** A quotation standing alone: the speaker named in the first words of the sentence after it. */
    Found next(QuoteContext ctx, int sentence) {
        if (sentence + 1 >= ctx.sentences().size()
                || ctx.sentence(sentence + 1).paragraph() != ctx.sentence(sentence).paragraph()) {
            return null;
        }
        Window w = ctx.window(ctx.sentence(sentence + 1));
        for (int k = 0; k < Math.min(w.size(), 6); k++) {
            Verb v = words.verbAt(w, k);
            if (v != null && v.plain()) {
                PersonMention m = speakers.subjectBefore(ctx, w, v.from());
                if (m == null && v.from() > 0 && words.is(PRONOUN, w.f(), v.from() - 1)) {
                    // "« … » He said the six factories …": the pronoun stands for the last speaker
                    return speakers.pronoun(ctx, ctx.span(w, v.from() - 1, v.from()),
                            ctx.span(w, v.from(), v.to()), Attribution.NEXT_SENTENCE, sentence + 1);
                }
                if (m == null) {
                    m = ctx.firstMention(w.end(v.to() - 1), w.end(Math.min(w.size(), v.to() + 8) - 1));
                }
                return m == null ? null : speakers.named(ctx, m, ctx.span(w, v.from(), v.to()), Attribution.NEXT_SENTENCE);
            }
        }
        return null;
    }
}
