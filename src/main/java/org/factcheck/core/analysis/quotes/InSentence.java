package org.factcheck.core.analysis.quotes;

import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.ADVERB;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.ARTICLE;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.AUXILIARY;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.OPINION;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.PRONOUN;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.SOURCE;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.STRESSED;

import org.factcheck.core.facts.Attribution;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.SpeakerKind;
import org.factcheck.core.facts.Span;

/**
 * The attribution of a quotation in its own sentence: right after it ({@code « … », a déclaré Mme Roux},
 * {@code "…," Hollis told reporters}, {@code a-t-il ajouté}, {@code selon X}), or before it ({@code X a déclaré :
 * « … »}, {@code selon X, « … »}, {@code …, ajoutant que « … »}, {@code Mme Roux a été claire : « … »}). Per
 * language, stateless.
 */
record InSentence(AttributionWords words, Speakers speakers) {
    /** How far, in words, a speech verb may stand from the quotation it introduces. */
    private static final int REACH = 14;

    /** The attribution right after the quotation, in window {@code w}. */
    Found after(QuoteContext ctx, Window w, int sentence) {
        int k = 0;
        while (k < w.size() && w.punct(k) && ",—–-:(".contains(w.f()[k])) {
            k++;
        }
        if (k >= w.size() || w.punct(k)) {
            return null;
        }
        int source = words.match(SOURCE, w.f(), k);
        if (source > 0) {
            Found f = speakers.after(ctx, w, k + source, ctx.span(w, k, k + source));
            return f == null ? null : f.with(Attribution.ACCORDING);
        }
        Verb v = words.verbAfterQuote(w, k);
        if (v != null && !v.gerund()) {
            Span verb = ctx.span(w, v.from(), v.to());
            if (v.pronoun()) {
                return speakers.pronoun(ctx, ctx.span(w, k, k + 1), verb, Attribution.AFTER, sentence);
            }
            if (words.is(PRONOUN, w.f(), v.to())) {
                return speakers.pronoun(ctx, ctx.span(w, v.to(), v.to() + 1), verb, Attribution.AFTER, sentence);
            }
            return speakers.after(ctx, w, v.to(), verb);
        }
        Found subject = subjectFirst(ctx, w, k, sentence);
        Verb reflexive = subject == null ? words.reflexiveAfterQuote(w, k) : null;
        return reflexive == null ? subject : speakers.after(ctx, w, reflexive.to(), ctx.span(w, k, reflexive.to()));
    }

    /**
     * A speaker, then a speech verb, from token {@code k}: a person mention ("Hollis told reporters", "M. Roux a
     * ajouté"), a pronoun ("she said"), or up to four words that open with an article ("the ministry said").
     */
    private Found subjectFirst(QuoteContext ctx, Window w, int k, int sentence) {
        int limit = Math.min(w.size(), k + 3) - 1;
        int to = w.end(Math.min(w.size(), k + 10) - 1);
        PersonMention m = Speakers.ownerOfARole(ctx, w, ctx.firstMention(w.start(k), to), to);
        if (m != null && (m.span().start() <= w.end(limit) || rolePhraseUpTo(w, k, m.span().start()))) {
            int e = k;
            while (e < w.size() && w.start(e) < m.span().end()) {
                e++;
            }
            Verb v = e < w.size() ? words.verbAfterQuote(w, words.skipAdverbs(w.f(), e)) : null;
            if (v != null && v.plain()) {
                return speakers.named(ctx, m, ctx.span(w, v.from(), v.to()), Attribution.AFTER);
            }
        }
        if (words.is(PRONOUN, w.f(), k)) {
            int e = words.skipAdverbs(w.f(), k + 1);
            Verb v = e < w.size() ? words.verbAfterQuote(w, e) : null;
            if (v != null && v.plain()) {
                return speakers.pronoun(ctx, ctx.span(w, k, k + 1), ctx.span(w, v.from(), v.to()), Attribution.AFTER,
                        sentence);
            }
        }
        if (words.is(ARTICLE, w.f(), k)) {
            for (int j = k + 1; j < Math.min(w.size(), k + 5) && !w.punct(j); j++) {
                Verb v = words.verbAfterQuote(w, j);
                if (v != null && v.plain()) {
                    return new Found(-1, ctx.span(w, k, j), SpeakerKind.OTHER, ctx.span(w, v.from(), v.to()),
                            Attribution.AFTER);
                }
            }
        }
        return null;
    }

    /**
     * Whether the words from token {@code k} up to offset {@code end} make a noun phrase (a role before the name:
     * "Kansai Cells President Takeda Haruki told", "la directrice de l'école Anne Roy a dit"): nouns, adjectives,
     * proper nouns, determiners and prepositions, no verb and no punctuation.
     */
    private static boolean rolePhraseUpTo(Window w, int k, int end) {
        boolean any = false;
        for (int j = k; j < w.size() && w.start(j) < end; j++) {
            if (w.punct(j)) {
                return false;
            }
            switch (w.tokens().get(j).pos()) {
                case NOUN, PROPN, ADJ, DET, ADP, X -> any = true;
                default -> {
                    return false;
                }
            }
        }
        return any;
    }

    /** The attribution before the quotation, in window {@code w}: its sentence up to the quotation. */
    Found before(QuoteContext ctx, Window w, int sentence) {
        Found f = source(ctx, w, sentence);
        return f != null ? f : verbBefore(ctx, w, sentence);
    }

    /** "selon X, « … »", "Pour Philippe Daguerre, la région « … »", "Pour lui, « … »". */
    private Found source(QuoteContext ctx, Window w, int sentence) {
        int n = w.size();
        for (int k = n - 1; k >= 0; k--) {
            int source = words.match(SOURCE, w.f(), k);
            if (source > 0) {
                Found f = speakers.after(ctx, w, k + source, ctx.span(w, k, k + source));
                if (f != null) {
                    return f.with(Attribution.ACCORDING);
                }
            }
        }
        for (int k = 0; k < n; k++) {
            // An opinion word opening a clause, then a person.
            if (words.match(OPINION, w.f(), k) > 0 && (k == 0 || w.punct(k - 1))) {
                PersonMention m = ctx.firstMention(w.start(k), w.end(Math.min(n, k + 12) - 1));
                if (m != null) {
                    return speakers.named(ctx, m, ctx.span(w, k, k + 1), Attribution.ACCORDING);
                }
                if (k + 1 < n && (words.is(STRESSED, w.f(), k + 1) || words.is(PRONOUN, w.f(), k + 1))) {
                    // "Pour lui, ce sont « … »", "For her, it was "…"": the person last spoken of
                    return speakers.pronoun(ctx, ctx.span(w, k + 1, k + 2), ctx.span(w, k, k + 1),
                            Attribution.ACCORDING, sentence);
                }
            }
        }
        return null;
    }

    /**
     * A speech verb shortly before the quotation, and its subject; the first verb that is no participle decides.
     * Without one, a colon after a clause naming the speaker.
     */
    private Found verbBefore(QuoteContext ctx, Window w, int sentence) {
        int n = w.size();
        for (int k = n - 1; k >= Math.max(0, n - REACH); k--) {
            Verb v = words.verbAt(w, k);
            if (v == null || v.afterOnly() || v.to() > n) {
                continue;
            }
            Span verb = ctx.span(w, v.from(), v.to());
            if (v.pronoun()) {
                return speakers.pronoun(ctx, ctx.span(w, k, k + 1), verb, Attribution.BEFORE, sentence);
            }
            PersonMention subject = speakers.subjectBefore(ctx, w, v.from());
            if (subject != null) {
                Found phrase = speakers.subjectAfter(ctx, w, subject, 0, v.from(), verb, Attribution.BEFORE);
                return phrase != null ? phrase : speakers.named(ctx, subject, verb, Attribution.BEFORE);
            }
            if (v.gerund()) {
                // "X branded Mr Howard "arrogant" for claiming that …": after the opinion word, the claim is the
                // person's named before it.
                if (v.from() >= 1 && words.is(OPINION, w.f(), v.from() - 1)) {
                    PersonMention claimant = ctx.lastMention(ctx.sentence(sentence).span().start(),
                            w.start(v.from() - 1));
                    if (claimant != null) {
                        return speakers.named(ctx, claimant, verb, Attribution.BEFORE);
                    }
                }
                // "…, a déclaré X, ajoutant que « … »": the participle carries on the speaker of the sentence's
                // quotation; otherwise its subject is a clause's ("a statement, saying that"), not a person's.
                if (ctx.lastPersonSentence() == sentence && ctx.lastPerson() >= 0) {
                    return new Found(ctx.lastPerson(), null, SpeakerKind.PRONOUN, verb, Attribution.BEFORE);
                }
                continue; // the verb that the participle carries on, if there is one, names the speaker
            }
            int p = v.from() - 1;
            while (p >= 0 && words.is(ADVERB, w.f(), p)) {
                p--;
            }
            if (p >= 0 && words.is(AUXILIARY, w.f(), p)) {
                p--;
            }
            if (p >= 0 && words.is(PRONOUN, w.f(), p)) {
                return speakers.pronoun(ctx, ctx.span(w, p, p + 1), verb, Attribution.BEFORE, sentence);
            }
            // The speaker after the verb only when a person is named there ("a déclaré M. Roux : « … »"): other
            // words after a verb that introduces a quotation are its object ("a dénoncé un « … »").
            Found f = speakers.after(ctx, w, v.to(), verb);
            if (f != null && f.person() >= 0) {
                return f.with(Attribution.BEFORE);
            }
            return speakers.subject(ctx, w, 0, v.from(), verb, sentence, Attribution.BEFORE);
        }
        Found colon = colon(ctx, w, sentence);
        return colon != null ? colon : reported(ctx, w, sentence);
    }

    /**
     * A person named as the subject of a speech verb earlier in the sentence, with no other person between the verb
     * and the quotation: reported speech that quotes the speaker's words at its end ("Pauline Roy a dit espérer que
     * la question ne masque pas l'objectif, qui est de définir « … »"); or a speaker that is no person opening the
     * clause ("la direction a fermement condamné les agressions, « qui … »").
     */
    private Found reported(QuoteContext ctx, Window w, int sentence) {
        int n = w.size();
        for (int k = n - REACH - 1; k >= 0; k--) {
            Verb v = words.verbAt(w, k);
            if (v == null || v.afterOnly() || v.pronoun() || v.gerund() || v.to() > n) {
                continue;
            }
            if (!ctx.mentionsIn(w.start(v.to() - 1), w.end(n - 1)).isEmpty()) {
                return null;
            }
            Span verb = ctx.span(w, v.from(), v.to());
            PersonMention subject = speakers.subjectBefore(ctx, w, v.from());
            if (subject != null) {
                return speakers.named(ctx, subject, verb, Attribution.BEFORE);
            }
            // a speaker that is no person, opening the clause: "la direction de la chaîne a condamné …, « … »"
            Found other = speakers.subject(ctx, w, 0, v.from(), verb, sentence, Attribution.BEFORE);
            return other != null && other.kind() == SpeakerKind.OTHER ? other : null;
        }
        return null;
    }

    /** A clause naming a person, or a pronoun, then a colon: "Mme Roux a été claire :", "He put it this way:". */
    private Found colon(QuoteContext ctx, Window w, int sentence) {
        int n = w.size();
        if (n > 1 && ":".equals(w.last())) {
            PersonMention m = ctx.firstMention(w.start(0), w.end(n - 1));
            if (m != null) {
                return speakers.named(ctx, m, null, Attribution.COLON);
            }
            if (words.is(PRONOUN, w.f(), 0)) {
                return speakers.pronoun(ctx, ctx.span(w, 0, 1), null, Attribution.COLON, sentence);
            }
        }
        return null;
    }
}
