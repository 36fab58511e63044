package org.factcheck.core.analysis.quotes;

import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.ADVERB;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.ARTICLE;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.AUXILIARY;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.DEFINITE;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.OBJECT;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.PRONOUN;
import static org.factcheck.core.analysis.quotes.AttributionWords.Kind.STYLED;

import java.util.List;

import org.factcheck.core.facts.Attribution;
import org.factcheck.core.facts.Evidence;
import org.factcheck.core.facts.MentionKind;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.SpeakerKind;
import org.factcheck.core.facts.Span;
import org.factcheck.core.text.AnnotatedText.TextSentence;
import org.factcheck.core.text.Pos;
import org.factcheck.core.text.TextFold;

/**
 * Who the words around a speech verb name: the person mentions of the NAME layer, a pronoun standing for the last
 * speaker, or words naming a speaker that is not a person. Per language, stateless: the draft's state is the
 * {@link QuoteContext} each call is given.
 */
final class Speakers {
    private final AttributionWords words;

    Speakers(AttributionWords words) {
        this.words = words;
    }

    /** The speaker named after the attribution words that end at token {@code from}: a person, else the words. */
    Found after(QuoteContext ctx, Window w, int from, Span verb) {
        if (from >= w.size()) {
            return null;
        }
        int to = from;
        while (to < w.size() && to < from + 10 && !(w.punct(to) && ";:!?".contains(w.f()[to]))) {
            to++;
        }
        PersonMention m = ownerOfARole(ctx, w, ctx.firstMention(w.start(from), w.end(to - 1)), w.end(to - 1));
        if (m != null && complement(w, from, m)) {
            // "a affirmé ce proche d'Emmanuel Macron", "said a lawyer for Ms Roy": the speaker is the phrase, the
            // person named its complement.
            return new Found(-1, Span.of(ctx.text(), w.start(from), m.span().end()), SpeakerKind.ROLE, verb,
                    Attribution.AFTER);
        }
        if (m != null && clauseSubject(w, m)) {
            return null; // "said Houston was "a jurisdiction …"": the subject of the words reported, not the speaker
        }
        if (m != null) {
            return named(ctx, m, verb, Attribution.AFTER);
        }
        int start = pastCircumstances(w, from, to);
        if (start >= to || !opensNounPhrase(w, start)) {
            return null; // "a affirmé vouloir …", "a déclaré à l'AFP que": no speaker named after the verb
        }
        int end = start;
        while (end < w.size() && end < start + 6 && !w.punct(end)) {
            end++;
        }
        return new Found(-1, ctx.span(w, start, end), SpeakerKind.OTHER, verb, Attribution.AFTER);
    }

    /**
     * The person a name part next to a speech verb qualifies, when the words of a role and a name follow it ("said
     * Spurs sporting director Frank Arnesen", "said Albanian Prime Minister Fatos Nano"), or a comma and a full name
     * ("le directeur de l'ARS Normandie, Paul Roux"): the part names where the role is held; the speaker is the name.
     */
    static PersonMention ownerOfARole(QuoteContext ctx, Window w, PersonMention m, int to) {
        if (m == null || m.kind() != MentionKind.PART) {
            return m;
        }
        List<PersonMention> after = ctx.mentionsIn(m.span().end(), to);
        if (after.isEmpty() || after.get(0).kind() == MentionKind.ROLE) {
            return m;
        }
        PersonMention next = after.get(0);
        // the words between, as the tagger reads them: nouns and adjectives of a role, at most four, or one comma
        // (or any words, when the name's own analysis found a role phrase before it: "founder" read as a preposition)
        boolean roleBefore = next.evidence() == Evidence.ROLE;
        int words = 0;
        boolean comma = false;
        int nextAt = w.tokenFrom(next.span().start());
        for (int k = w.tokenFrom(m.span().end()); k < nextAt; k++) {
            Pos pos = w.tokens().get(k).pos();
            if (",".equals(w.f()[k]) && words == 0 && !comma) {
                comma = true;
            } else if (!comma && w.tokens().get(k).isWord() && (roleBefore || pos == Pos.NOUN || pos == Pos.PROPN
                    || pos == Pos.ADJ || pos == Pos.X || pos == Pos.NONE)) {
                words++;
            } else {
                return m;
            }
        }
        boolean role = words >= 1 && words <= 4;
        boolean apposed = comma && words == 0 && next.kind() == MentionKind.FULL;
        return role || apposed ? next : m;
    }

    /** Whether an auxiliary follows a mention right after it: the mention opens the clause the verb reports. */
    private static boolean clauseSubject(Window w, PersonMention m) {
        // an auxiliary only: a participle qualifies the speaker ("a déclaré X cité par Xinhua")
        int k = w.tokenFrom(m.span().end());
        return k < w.size() && w.tokens().get(k).pos() == Pos.AUX;
    }

    /**
     * Where the subject begins after a speech verb, past what tells when, how and to whom (three groups at most): an
     * adverb ("par ailleurs"), a noun in lower case before a preposition or an article ("vendredi"), a preposition
     * and its noun phrase ("à des militants LREM"): "a écrit vendredi à des militants LREM la ministre".
     */
    private int pastCircumstances(Window w, int from, int to) {
        int k = from;
        for (int group = 0; group < 3 && k < to && !w.punct(k); group++) {
            int adverb = words.match(ADVERB, w.f(), k);
            Pos pos = w.tokens().get(k).pos();
            if (adverb > 0 || pos == Pos.ADV) {
                k += Math.max(1, adverb);
            } else if (pos == Pos.NOUN && !w.tokens().get(k).capitalized() && k + 1 < to
                    && (w.tokens().get(k + 1).pos() == Pos.ADP || words.match(ARTICLE, w.f(), k + 1) > 0)) {
                k++;
            } else if (pos == Pos.ADP && words.match(ARTICLE, w.f(), k) == 0) {
                k++;
                while (k < to && (w.tokens().get(k).pos() == Pos.DET || words.match(ARTICLE, w.f(), k) > 0)) {
                    k++;
                }
                while (k < to && !w.punct(k) && words.match(ARTICLE, w.f(), k) == 0
                        && (w.tokens().get(k).pos() == Pos.NOUN || w.tokens().get(k).pos() == Pos.PROPN
                            || w.tokens().get(k).pos() == Pos.ADJ)) {
                    k++;
                }
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * Whether a mention after a speech verb is the complement of a noun phrase before it: an object word right before
     * the name, after a phrase from {@code from} that holds a noun ("ce proche d'", "a spokesman for").
     */
    private boolean complement(Window w, int from, PersonMention m) {
        int k = tokenBefore(w, m.span().start());
        if (k <= from || !words.is(OBJECT, w.f(), k)) {
            return false;
        }
        boolean noun = false;
        for (int j = from; j < k; j++) {
            if (w.punct(j)) {
                return false;
            }
            noun |= w.tokens().get(j).pos() == Pos.NOUN;
        }
        return noun;
    }

    /** The subject standing in tokens {@code from} to {@code to} of a window, before a speech verb. */
    Found subject(QuoteContext ctx, Window w, int from, int to, Span verb, int sentence, Attribution how) {
        if (to <= from) {
            return null;
        }
        PersonMention m = ctx.lastMention(w.start(from), w.end(to - 1));
        if (m != null && !object(w, m)) {
            Found phrase = subjectAfter(ctx, w, m, from, to, verb, how);
            return phrase != null ? phrase : named(ctx, m, verb, how);
        }
        int p = to - 1;
        while (p > from && words.is(ADVERB, w.f(), p)) {
            p--;
        }
        if (words.is(PRONOUN, w.f(), p)) {
            return pronoun(ctx, ctx.span(w, p, p + 1), verb, how, sentence);
        }
        // Words from the clause's start to the verb (its auxiliary and adverbs aside), twelve at most and no verb
        // among them, opening with an article or a capital ("Le ministère", "the White House", "la direction de la
        // chaîne de l'audiovisuel extérieur de la France a fermement condamné"): a speaker that is not a person.
        to = verbGroupStart(w, from, to);
        int s = nounPhraseStart(w, from, to);
        if (s == to && s - 1 > from && ",".equals(w.f()[s - 1])) {
            // one clause set off by commas between the subject and its verb: "L'équipe de X, qui était en campagne,
            // a dénoncé", "Un psychiatre de Srinagar, principale ville du Cachemire, relate"
            int comma = s - 2;
            while (comma > from && !w.punct(comma) && s - comma <= 14) {
                comma--;
            }
            if (comma > from && ",".equals(w.f()[comma])) {
                to = comma;
                s = nounPhraseStart(w, from, to);
            }
        }
        boolean clause = s == from || w.punct(s - 1);
        return s < to && clause && opensNounPhrase(w, s)
                ? new Found(-1, ctx.span(w, s, to), SpeakerKind.OTHER, verb, how) : null;
    }

    /**
     * A noun phrase that opens its own clause right before the verb, after a person named earlier in the sentence and
     * a clause of theirs: "avec le président de la région, Alain Rousset, qui évoquait …, le chef de l'État lance"
     * (the phrase speaks, not Alain Rousset); null when the phrase stands in apposition to the name ("Alain Rousset,
     * le président de la région, lance").
     */
    Found subjectAfter(QuoteContext ctx, Window w, PersonMention m, int from, int to, Span verb, Attribution how) {
        int end = verbGroupStart(w, from, to);
        int s = nounPhraseStart(w, from, end);
        if (s >= end || s < from + 2 || !",".equals(w.f()[s - 1]) || !opensNounPhrase(w, s)
                || w.start(s) < m.span().end() || !ctx.mentionsIn(w.start(s), w.end(end - 1)).isEmpty()) {
            return null;
        }
        int afterName = 0;
        while (afterName < w.size() && w.end(afterName) <= m.span().end()) {
            afterName++;
        }
        return afterName < s - 1 ? new Found(-1, ctx.span(w, s, end), SpeakerKind.OTHER, verb, how) : null;
    }

    /** Where the verb that ends at {@code to} begins, its auxiliaries and adverbs taken in ("s'est", "a vivement"). */
    private int verbGroupStart(Window w, int from, int to) {
        while (to > from + 1) {
            if (to - 2 > from && words.match(AUXILIARY, w.f(), to - 2) == 2) {
                to -= 2; // "s'est"
            } else if (words.is(ADVERB, w.f(), to - 1) || words.is(AUXILIARY, w.f(), to - 1)
                    || w.tokens().get(to - 1).pos() == Pos.ADV || w.tokens().get(to - 1).pos() == Pos.AUX) {
                to--;
            } else {
                break;
            }
        }
        return to;
    }

    /** Where the words before token {@code to} begin, back to punctuation or a verb, twelve at most. */
    private static int nounPhraseStart(Window w, int from, int to) {
        int s = to;
        while (s > from && !w.punct(s - 1) && to - s < 12 && w.tokens().get(s - 1).pos() != Pos.VERB
                && w.tokens().get(s - 1).pos() != Pos.AUX) {
            s--;
        }
        return s;
    }

    /**
     * The person a whole sentence is about: its first mention that is no object, in its first eight words, or before
     * its first verb when that comes later (twenty words at most): "But the party's shadow home secretary, Mark Oaten,
     * accused …".
     */
    PersonMention sentenceSubject(QuoteContext ctx, Window w) {
        if (w.size() <= 1) {
            return null;
        }
        int bound = Math.min(w.size() - 1, 8);
        if (bound == 8) {
            int k = 1;
            while (k < w.size() - 1 && k < 20 && !w.tokens().get(k).pos().verbal()) {
                k++;
            }
            bound = Math.max(bound, k);
        }
        return subjectBefore(ctx, w, bound);
    }

    boolean opensNounPhrase(Window w, int k) {
        return !w.punct(k) && (words.match(ARTICLE, w.f(), k) > 0 || w.tokens().get(k).capitalized());
    }

    /**
     * The subject of the speech verb at token {@code verb}: the first person mention before it that is not an object
     * ("par M. Roux", "to Smith"). The first, not the nearest: a subject's apposition may name a place that reads as
     * a name ("Dr Erel Avineri, of the University of the West of England in Bristol, said").
     */
    PersonMention subjectBefore(QuoteContext ctx, Window w, int verb) {
        if (verb == 0) {
            return null;
        }
        for (PersonMention m : ctx.mentionsIn(w.start(0), w.start(verb))) {
            if (!object(w, m)) {
                return ownerOfARole(ctx, w, m, w.start(verb));
            }
        }
        return null;
    }

    /**
     * Whether a mention is the object of a word before it ("par M. Roux", "to Smith"), past a role before the name
     * ("interrogée par le député Marc Lenoir, la direction a assuré").
     */
    private boolean object(Window w, PersonMention m) {
        int k = tokenBefore(w, m.span().start());
        for (int back = 0; back < 4 && k > 0 && !words.is(OBJECT, w.f(), k) && !w.punct(k)
                && !w.tokens().get(k).capitalized() && roleWord(w.tokens().get(k).pos()); back++) {
            k--;
            while (k >= 0 && words.is(DEFINITE, w.f(), k)) {
                k--;
            }
        }
        return k >= 0 && words.is(OBJECT, w.f(), k);
    }

    /** Whether a word of that part of speech may stand in a role phrase before a name: "député", "chief". */
    private static boolean roleWord(Pos pos) {
        return pos == Pos.NOUN || pos == Pos.ADJ;
    }

    /** The token before {@code offset}, past an honorific's period and an article ("par M. Roux", "by the"). */
    private int tokenBefore(Window w, int offset) {
        int k = -1;
        for (int i = 0; i < w.size() && w.end(i) <= offset; i++) {
            k = i;
        }
        if (k > 0 && ".".equals(w.f()[k]) && w.tokens().get(k - 1).capitalized() && w.f()[k - 1].length() <= 4) {
            k -= 2;
        }
        while (k >= 0 && words.is(DEFINITE, w.f(), k)) {
            k--;
        }
        return k;
    }

    Found named(QuoteContext ctx, PersonMention m, Span verb, Attribution how) {
        SpeakerKind kind = m.kind() == MentionKind.ROLE ? SpeakerKind.ROLE
                : m.kind() == MentionKind.HONORIFIC && styled(ctx, m) ? SpeakerKind.TITLE : SpeakerKind.NAME;
        return new Found(m.person(), m.span(), kind, verb, how);
    }

    /** Whether the honorific before a mention is a title that names in full by itself: "Lord Holme", "Mgr Aupetit". */
    private boolean styled(QuoteContext ctx, PersonMention m) {
        String text = ctx.text();
        int e = m.span().start();
        while (e > 0 && (TextFold.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e && words.is(STYLED, ctx.folded().substring(b, e));
    }

    /**
     * The person a pronoun stands for: the subject of the sentence before, when it comes after the last quotation,
     * else the last speaker, else the last person named shortly before.
     */
    Found pronoun(QuoteContext ctx, Span pronoun, Span verb, Attribution how, int sentence) {
        int person = ctx.lastPerson() >= 0 && sentence - ctx.lastPersonSentence() <= 3 ? ctx.lastPerson() : -1;
        // The nearest of the (at most three) sentences from the last quotation's to this one whose subject is a
        // person: the pronoun is theirs (the last quotation may be someone its sentence's subject quoted: "Simon
        // Hughes branded Mr Howard "arrogant" for claiming …"). A sentence whose subject is itself a pronoun
        // ("Currently, he said, …") is passed over for the one it stands on.
        for (int s = sentence - 1; s >= ctx.lastPersonSentence() && s >= Math.max(0, sentence - 3); s--) {
            PersonMention subject = sentenceSubject(ctx, ctx.window(ctx.sentence(s)));
            if (subject != null) {
                person = subject.person();
                break;
            }
        }
        if (person < 0 && !ctx.sentences().isEmpty()) {
            TextSentence from = ctx.sentence(Math.max(0, sentence - 2));
            PersonMention m = ctx.lastMention(from.span().start(), pronoun != null ? pronoun.start() : verb.start());
            person = m == null ? -1 : m.person();
        }
        return new Found(person, pronoun, SpeakerKind.PRONOUN, verb, how);
    }
}
