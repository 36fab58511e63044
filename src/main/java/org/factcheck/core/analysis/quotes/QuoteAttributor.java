package org.factcheck.core.analysis.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.factcheck.core.analysis.quotes.RawQuotations.Raw;
import org.factcheck.core.compare.QuoteText;
import org.factcheck.core.facts.Attribution;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;

/**
 * Finds who speaks each quotation of a draft. The attribution is read, in this order:
 * <ol>
 *   <li>right after the quotation, or before it in its sentence ({@link InSentence}); the intro before a colon is
 *       read first;</li>
 *   <li>another quotation of the same sentence that has a speaker;</li>
 *   <li>for a quotation that is a sentence of its own: an earlier quotation it repeats word for word, the sentence
 *       before it, else the first words of the sentence after it ({@link NeighbourSentences}).</li>
 * </ol>
 * A pronoun stands for the last speaker: the speaker of the last attributed quotation, else the last person named
 * before it. A speaker is a person mention of the NAME layer where one stands there; otherwise the words naming it
 * ("le ministère", "the White House") are kept, with no person ({@link Speakers}). A quotation inside a quotation is
 * not attributed.
 *
 * <p>One per language, built when the rules load (its word lists indexed once, {@link AttributionWords}); the state
 * of a draft lives in a {@link QuoteContext} made per call, so one attributor serves concurrent checks.
 */
public final class QuoteAttributor {
    private final InSentence inSentence;
    private final NeighbourSentences neighbours;

    public QuoteAttributor(Lexicon lexicon) {
        AttributionWords words = new AttributionWords(lexicon);
        Speakers speakers = new Speakers(words);
        this.inSentence = new InSentence(words, speakers);
        this.neighbours = new NeighbourSentences(words, speakers);
    }

    /**
     * The quotations of a draft with their speakers, in text order.
     *
     * @param quotes   the marks and quotations {@link QuoteScanner} found
     * @param mentions the person mentions of the NAME layer
     */
    public List<Quotation> attribute(AnnotatedText annotated, QuoteScanner.Result quotes, List<PersonMention> mentions) {
        QuoteContext ctx = new QuoteContext(annotated, mentions);
        List<Raw> raws = RawQuotations.of(annotated.text(), annotated.paragraphs(), quotes);
        List<Quotation> out = new ArrayList<>(raws.size());
        List<Integer> markStarts = new ArrayList<>();
        quotes.marks().forEach(m -> markStarts.add(m.span().start()));
        for (Raw q : raws) {
            int sentence = ctx.sentenceAt(q.span().start());
            String key = QuoteText.key(q.span().text());
            Found found = q.depth() > 0 ? Found.NESTED : find(ctx, q, key, out, markStarts);
            // The sentence where the quotation ends: a pronoun after it looks back from there, not from inside it.
            ctx.spoke(found.person(), ctx.sentenceAt(Math.max(q.span().start(), q.span().end() - 1)));
            out.add(new Quotation(out.size(), q.span(), q.open(), q.close(), q.depth(), key, QuoteText.count(key),
                    sentence, found.person(), found.speaker(), found.kind(), found.verb(), found.how(),
                    heading(annotated.text(), q)));
        }
        return out;
    }

    private Found find(QuoteContext ctx, Raw q, String key, List<Quotation> earlier, List<Integer> markStarts) {
        int sentence = ctx.sentenceAt(q.start());
        int before = Math.max(ctx.sentences().isEmpty() ? 0 : ctx.sentence(sentence).span().start(),
                lastMarkBefore(markStarts, q.start()));
        Window pre = ctx.window(before, q.start());
        Window post = ctx.window(q.end(), Math.min(ctx.sentenceEnd(q.end()), nextMark(markStarts, q.end())));
        boolean colon = pre.size() > 0 && ":".equals(pre.last());
        Found found = colon ? inSentence.before(ctx, pre, sentence) : null;
        if (found == null) {
            found = inSentence.after(ctx, post, sentence);
        }
        if (found == null && !colon) {
            found = inSentence.before(ctx, pre, sentence);
        }
        if (found == null) {
            for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).sentence() == sentence; i--) {
                Quotation e = earlier.get(i);
                if (e.attributed() && e.speaker() != null) {
                    return Found.of(e, Attribution.SAME_SENTENCE);
                }
            }
        }
        if (found == null) {
            found = closingClause(ctx, q, markStarts, sentence);
        }
        boolean alone = pre.words() == 0 && post.words() == 0;
        if (found == null && alone) {
            found = neighbours.repeated(key, earlier);
        }
        if (found == null && !alone) {
            found = neighbours.continued(ctx, earlier, sentence);
        }
        if (found == null && alone) {
            found = neighbours.previous(ctx, earlier, ctx.sentenceAt(q.span().start()));
            if (found == null) {
                found = neighbours.next(ctx, ctx.sentenceAt(q.span().end() - 1));
            }
        }
        return found != null ? found : Found.NONE;
    }

    /**
     * Whether a quotation reads as an intertitle: its words in capitals ("« LA FRANCE DOIT TENIR »"), or its closing
     * mark glued to a letter or another quotation, where the line break after an intertitle was lost
     * ("…fonctions"Alexis Corbière").
     */
    static boolean heading(String text, Raw q) {
        String words = q.span().text();
        boolean capitals = words.chars().filter(Character::isLetter).count() >= 4
                && words.chars().noneMatch(Character::isLowerCase);
        int after = q.close() == null ? -1 : q.close().end();
        return capitals || after >= 0 && after < text.length()
                && (Character.isLetterOrDigit(text.charAt(after)) || "«\"“”„".indexOf(text.charAt(after)) >= 0);
    }

    /**
     * The attribution that closes the quotation's sentence after a comma, further on than the words right after the
     * quotation: "… also means "few surprises" are left by the time the ceremony is upon us, he said." The clause
     * holds six words at most, and no other quotation stands between.
     */
    private Found closingClause(QuoteContext ctx, Raw q, List<Integer> markStarts, int sentence) {
        int end = ctx.sentenceEnd(q.end());
        int comma = ctx.text().lastIndexOf(',', end - 1);
        if (comma <= q.end() || nextMark(markStarts, q.end()) < end) {
            return null;
        }
        Window tail = ctx.window(comma, end);
        return tail.words() <= 6 ? inSentence.after(ctx, tail, sentence) : null;
    }

    /** Just after the last mark before {@code offset}, or 0. */
    private static int lastMarkBefore(List<Integer> markStarts, int offset) {
        int i = Collections.binarySearch(markStarts, offset);
        int before = (i >= 0 ? i : -i - 1) - 1;
        return before >= 0 ? markStarts.get(before) + 1 : 0;
    }

    /** The first mark at or after {@code offset}, or {@link Integer#MAX_VALUE}. */
    private static int nextMark(List<Integer> markStarts, int offset) {
        int i = Collections.binarySearch(markStarts, offset);
        int at = i >= 0 ? i : -i - 1;
        return at < markStarts.size() ? markStarts.get(at) : Integer.MAX_VALUE;
    }
}
