package org.factcheck.core.analysis.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.factcheck.core.facts.MarkRole;
import org.factcheck.core.facts.Quote;
import org.factcheck.core.facts.QuoteMark;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.TextFold;

/**
 * Finds the quotation marks of a draft, tells them from apostrophes, and pairs them into {@link Quote}s.
 *
 * <p>Invariants: an apostrophe is never a quote mark. {@code '} and {@code ’} between two letters are apostrophes
 * ({@code l'}, {@code aujourd'hui}, {@code don't}, {@code O'Neill}); so is one after an elided word of the
 * {@code elisions} list, one before a word of the {@code leading-elisions} list or a digit ({@code 'em},
 * {@code '90s}), and, in English, one after an {@code s} when no single quotation is open (the plural possessive).
 * Straight marks are read by which side touches a word, as CommonMark reads emphasis: a mark with a word on its
 * right only opens, with a word on its left only closes.
 *
 * <p>Pairs nest: a closing mark closes the innermost open quotation of its family, leaving any opened inside it
 * unclosed. A quotation still open at the end of a paragraph goes on into the next when that paragraph begins with a
 * mark of the same family (the French {@code «} or {@code »}, the English {@code “}, or {@code ''} for a straight
 * double mark): that continuation mark is neither an opening nor a closing. The same holds inside a paragraph, where
 * a text has lost its paragraph breaks:
 * an opening mark of the innermost open quotation's family, right after a sentence end, reopens it. And a quotation
 * whose next paragraphs do not reopen it still goes on when the first mark of its family there is a closing one.
 * A straight mark that ends a paragraph after its last sentence, with no quotation open, opens the next paragraph's
 * quotation when the first straight mark there closes one: the opening mark was pushed back over a lost break.
 * The other way round, a paragraph that begins with a straight mark whose next straight mark opens, after a
 * paragraph whose straight quotation is still open at its last sentence's end, begins with that quotation's closing
 * mark, pushed over the break (unless its first sentence speaks in the first person, the speaker's words, or the next
 * paragraph carries the quotation on with a mark of its own). A straight
 * opening mark after a sentence end reopens the open quotation only when the next two straight marks do not both
 * close: then it opens a quotation inside it; a stop counts as one also inside a quotation just closed ({@code
 * 'what now?' "To…}). A straight double mark glued between an elided word and the next ({@code d"avoir}) is an
 * apostrophe, unless the paragraph's next straight mark closes. Two commas before a word ({@code ,,Oui''}) are a
 * low double mark that straight marks close. A straight mark after a space inside a sentence, before a speech verb in lower case ({@code
 * "écrit l'actrice}), closes the open quotation: its space was put on the wrong side. And a mark right after an
 * opening mark, or glued to a straight closing mark, reads as after a space ({@code "'Il…}, {@code DSK""'Viens}).
 */
public final class QuoteScanner {
    /**
     * How deep quotations nest at most: an opening mark past it opens nothing (copy nests two or three deep; a
     * draft of thousands of nested marks would otherwise give quotations whose texts add up to its length squared).
     */
    static final int MAX_DEPTH = 8;
    /** How far, in characters, a mark looks ahead in its paragraph for one that closes: the scan stays linear. */
    static final int LOOK_AHEAD = 2_000;

    private record Open(int at, char mark, MarkFamily family) {
    }

    /** The marks and quotations found. */
    public record Result(List<QuoteMark> marks, List<Quote> quotes) {
    }

    private final Apostrophes apostrophes;

    public QuoteScanner(Lexicon lexicon) {
        this.apostrophes = new Apostrophes(lexicon);
    }

    /** The marks and quotations of an annotated draft, read paragraph by paragraph. */
    public Result scan(AnnotatedText annotated) {
        return scan(annotated.text(), annotated.paragraphs());
    }

    /** The marks and quotations of {@code text}, whose paragraphs are {@code paragraphs}. */
    public Result scan(String text, List<Span> paragraphs) {
        List<QuoteMark> marks = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int i = para.start();
            if (displacedClosing(text, paragraphs, p, stack)) {
                // "… dans la série.¶"Pourtant, lors du tournage, …": the closing mark, pushed over the paragraph break
                close(text, i, '"', stack, marks, quotes, MarkFamily.STRAIGHT);
                i++;
            } else if (!stack.isEmpty()) {
                i += stack.peekLast().family().continuation(text, i);
            }
            for (; i < para.end(); i++) {
                char c = text.charAt(i);
                if (c == ',' && i + 2 < para.end() && text.charAt(i + 1) == ',' && Character.isLetter(text.charAt(i + 2))
                        && (i == para.start() || MarkFamily.blank(text.charAt(i - 1))
                        || MarkFamily.opening(text.charAt(i - 1)))) {
                    // ,,Je suis…'': two commas for a low double mark, closed by '' or " (read at the second comma)
                    open(text, para.start(), i + 1, '„', MarkFamily.STRAIGHT, stack);
                    i++;
                    continue;
                }
                if ("«»‹›„“”‘’\"'`".indexOf(c) < 0) {
                    continue;
                }
                char prev = i > para.start() ? text.charAt(i - 1) : ' ';
                if (c == '"' && (prev == '\'' || prev == '’') && i - 2 >= para.start()
                        && Character.isLetter(text.charAt(i - 2))) {
                    prev = ' '; // d'"arasement": after an elided word, a mark opens as after a space
                }
                if (!stack.isEmpty() && stack.peek().at() == i - 1 && (c != '\'' || closesAfter(text, i, para.end()))
                        || c == '"' && prev == '"' && closedAt(marks, i - 1)) {
                    // "'Il n'y a…', assure-t-il": right after an opening mark, a mark opens as after a space (a single
                    // mark only with a closing one after it: "'aimerait" is a stray apostrophe); so does one glued to
                    // a closing mark ("…DE DSK""'Embrasse-moi !'"), the space between them lost
                    prev = ' ';
                }
                char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
                if (c == '`') {
                    // the typewriter's `quoted' (and ``quoted''): a backtick opens what ' (and '') closes
                    // (a pair read at its second backtick, as two apostrophes are: the quotation holds neither);
                    // after a letter it stands for an apostrophe (don`t)
                    if (!MarkFamily.blank(prev) && !MarkFamily.opening(prev)) {
                        continue;
                    }
                    boolean twice = i + 1 < para.end() && text.charAt(i + 1) == '`';
                    i += twice ? 1 : 0;
                    open(text, para.start(), i, c, twice ? MarkFamily.STRAIGHT : MarkFamily.SINGLE_STRAIGHT, stack);
                    continue;
                }
                char after = i + 2 < para.end() ? text.charAt(i + 2) : ' ';
                if (c == '\'' && next == '\'' && !(Character.isLetter(prev) && Character.isLetter(after))) {
                    // two apostrophes for one double mark (''Yes,'' he said); l''homme is an elision, then a mark.
                    // An opening pair is read at its second apostrophe, a closing one at its first: the quotation
                    // holds neither.
                    int at = MarkFamily.blank(prev) || MarkFamily.opening(prev) ? i + 1 : i;
                    classify(text, para.start(), para.end(), at, '"', prev, after, stack, marks, quotes);
                    i++;
                    continue;
                }
                if (c == '"' && i + 2 < para.end() && TextFold.isApostrophe(next) && Character.isLetter(text.charAt(i + 2))
                        && apostrophes.elided(text, para.start(), i)) {
                    // l"'âge pivot": the opening mark and the elided word's apostrophe swapped; the mark opens
                    open(text, para.start(), i, c, MarkFamily.STRAIGHT, stack);
                    i++;
                    continue;
                }
                if (c == '"' && Character.isLetter(next) && apostrophes.elided(text, para.start(), i)
                        && !nextStraightCloses(text, i, para.end())) {
                    // d"avoir, qu"Édouard: an apostrophe typed as a double mark, after an elided word and glued to
                    // the next; it opens a quotation only when a closing mark follows it ("l"Europe" des …")
                    continue;
                }
                if (c == '"' && i + 1 == para.end() && MarkFamily.sentenceEnd(prev) && !has(stack, MarkFamily.STRAIGHT)
                        && p + 1 < paragraphs.size() && MarkFamily.STRAIGHT.closesLater(text, paragraphs, p + 1)) {
                    // 'ajouté."' ending a paragraph whose next one closes a quotation never opened: the opening
                    // mark of that quotation, pushed back over a lost paragraph break
                    open(text, para.start(), i, c, MarkFamily.STRAIGHT, stack);
                    continue;
                }
                classify(text, para.start(), para.end(), i, c, prev, next, stack, marks, quotes);
            }
            boolean carried = !stack.isEmpty() && p + 1 < paragraphs.size()
                    && (stack.peekLast().family().continuation(text, paragraphs.get(p + 1).start()) > 0
                    || stack.peek().family().closesLater(text, paragraphs, p + 1));
            if (!carried) {
                while (!stack.isEmpty()) {
                    Open o = stack.pop();
                    marks.add(new QuoteMark(Span.of(text, o.at(), o.at() + 1), String.valueOf(o.mark()), MarkRole.OPEN, null));
                }
            }
        }
        marks.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        quotes.sort((a, b) -> Integer.compare(a.open().start(), b.open().start()));
        return new Result(List.copyOf(marks), List.copyOf(quotes));
    }

    private void classify(String text, int paraStart, int paraEnd, int i, char c, char prev, char next, Deque<Open> stack,
                          List<QuoteMark> marks, List<Quote> quotes) {
        boolean leftFlanking = !MarkFamily.blank(next) && (MarkFamily.blank(prev) || MarkFamily.opening(prev));
        boolean rightFlanking = !MarkFamily.blank(prev) && (MarkFamily.blank(next) || MarkFamily.closing(next));
        switch (c) {
            case '«' -> open(text, paraStart, i, c, MarkFamily.GUILLEMET, stack);
            case '‹' -> open(text, paraStart, i, c, MarkFamily.SINGLE_GUILLEMET, stack);
            case '„' -> open(text, paraStart, i, c, MarkFamily.LOW, stack);
            case '»' -> close(text, i, c, stack, marks, quotes, MarkFamily.GUILLEMET);
            case '›' -> close(text, i, c, stack, marks, quotes, MarkFamily.SINGLE_GUILLEMET);
            case '“' -> {
                if (has(stack, MarkFamily.LOW)) {
                    close(text, i, c, stack, marks, quotes, MarkFamily.LOW);
                } else if (rightFlanking && !leftFlanking && (has(stack, MarkFamily.CURLY) || has(stack, MarkFamily.STRAIGHT))) {
                    close(text, i, c, stack, marks, quotes, MarkFamily.CURLY, MarkFamily.STRAIGHT); // “text“: a wrong glyph
                } else {
                    open(text, paraStart, i, c, MarkFamily.CURLY, stack);
                }
            }
            case '”' -> {
                if (has(stack, MarkFamily.CURLY) || has(stack, MarkFamily.LOW)) {
                    close(text, i, c, stack, marks, quotes, MarkFamily.CURLY, MarkFamily.LOW);
                } else if (leftFlanking && !rightFlanking) {
                    open(text, paraStart, i, c, MarkFamily.CURLY, stack);
                } else {
                    close(text, i, c, stack, marks, quotes, MarkFamily.CURLY);
                }
            }
            case '‘' -> {
                if (!(Character.isLetter(prev) && Character.isLetter(next)) && !apostrophes.leading(text, i)) {
                    open(text, paraStart, i, c, MarkFamily.SINGLE_CURLY, stack);
                }
            }
            case '’' -> {
                if (Character.isLetter(prev) && Character.isLetter(next) || apostrophes.leading(text, i)) {
                    return;
                }
                if (has(stack, MarkFamily.SINGLE_CURLY)) {
                    close(text, i, c, stack, marks, quotes, MarkFamily.SINGLE_CURLY);
                } else if (leftFlanking && !rightFlanking) {
                    open(text, paraStart, i, c, MarkFamily.SINGLE_CURLY, stack);
                } else if (".,;:!?".indexOf(prev) >= 0) {
                    close(text, i, c, stack, marks, quotes, MarkFamily.SINGLE_CURLY); // no word elides after punctuation
                }
                // Otherwise a typographic apostrophe (possessive, elision before a space): never a quote mark.
            }
            case '"' -> {
                boolean isOpen = has(stack, MarkFamily.STRAIGHT);
                if (Character.isDigit(prev) && !isOpen && !Character.isLetter(next)) {
                    return; // inches: 12"; but a year glued to a heading's quotation (2020"La conduite…") opens it
                }
                if (isOpen && MarkFamily.blank(prev) && ".,;:!?)…".indexOf(next) >= 0) {
                    close(text, i, c, stack, marks, quotes, MarkFamily.STRAIGHT); // "... pas ". with a stray space
                } else if (isOpen && leftFlanking && MarkFamily.blank(prev) && Character.isLowerCase(next)
                        && !afterSentenceEnd(text, paraStart, i) && apostrophes.speechVerbAt(text, i + 1, paraEnd)) {
                    // "… de l'humeur' "écrit l'actrice": the closing mark, its space on the wrong side, before the
                    // attribution's verb
                    close(text, i, c, stack, marks, quotes, MarkFamily.STRAIGHT);
                } else if (leftFlanking && !rightFlanking || rightFlanking && !isOpen && ",:;".indexOf(prev) >= 0
                        && (prev != ',' || capitalizedWordAfter(text, i + 1, paraEnd))) {
                    // also said," We… with the space misplaced; but films," he said closes a quotation whose
                    // opening mark was lost
                    open(text, paraStart, i, c, MarkFamily.STRAIGHT, stack);
                } else if (rightFlanking && !leftFlanking) {
                    close(text, i, c, stack, marks, quotes, MarkFamily.STRAIGHT);
                } else if (isOpen) {
                    close(text, i, c, stack, marks, quotes, MarkFamily.STRAIGHT);
                } else {
                    open(text, paraStart, i, c, MarkFamily.STRAIGHT, stack); // also " spaced " as French typography has it
                }
            }
            case '\'' -> straightSingle(text, paraStart, paraEnd, i, prev, next, leftFlanking, rightFlanking, stack, marks, quotes);
            default -> throw new IllegalStateException("not a mark: " + c);
        }
    }

    /**
     * Whether paragraph {@code p} begins with the closing mark of a straight quotation open since the paragraph before
     * (which ends a sentence), pushed over the break: the paragraph's next straight mark, if any, opens a quotation
     * inside a sentence (rather than closing this one or reopening it after a stop), its first sentence speaks in no
     * first person (which would make it the speaker's words), and the next paragraph does not carry the quotation on
     * with a mark of its own.
     */
    private boolean displacedClosing(String text, List<Span> paragraphs, int p, Deque<Open> stack) {
        Span para = paragraphs.get(p);
        if (p == 0 || stack.isEmpty() || stack.peek().family() != MarkFamily.STRAIGHT || text.charAt(para.start()) != '"'
                || para.end() - para.start() < 2 || !Character.isLetter(text.charAt(para.start() + 1))) {
            return false;
        }
        Span before = paragraphs.get(p - 1);
        int e = before.end();
        while (e > before.start() && MarkFamily.blank(text.charAt(e - 1))) {
            e--;
        }
        if (e == before.start() || !MarkFamily.sentenceEnd(text.charAt(e - 1))) {
            return false;
        }
        int other = text.indexOf('"', para.start() + 1);
        if (other >= 0 && other < para.end() && (!(MarkFamily.blank(text.charAt(other - 1))
                || MarkFamily.opening(text.charAt(other - 1))) || afterSentenceEnd(text, para.start(), other))) {
            // the paragraph's next mark closes the quotation, or reopens it after a stop ("… is poor. "I am …"):
            // this one carries it on
            return false;
        }
        if (apostrophes.firstPersonIn(text, para.start() + 1, para.end())) {
            return false; // "I haven't spoken to him…": words of the speaker, carried on
        }
        return p + 1 >= paragraphs.size() || text.charAt(paragraphs.get(p + 1).start()) != '"';
    }

    /** Whether the last mark found closes a quotation at offset {@code at}. */
    private static boolean closedAt(List<QuoteMark> marks, int at) {
        return !marks.isEmpty() && marks.get(marks.size() - 1).role() == MarkRole.CLOSE
                && marks.get(marks.size() - 1).span().start() == at;
    }

    /** Whether the first word after {@code from} (spaces skipped, within the paragraph) begins with a capital. */
    private static boolean capitalizedWordAfter(String text, int from, int end) {
        int k = from;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < end && Character.isUpperCase(text.charAt(k));
    }

    private void straightSingle(String text, int paraStart, int paraEnd, int i, char prev, char next, boolean leftFlanking,
                                boolean rightFlanking, Deque<Open> stack, List<QuoteMark> marks, List<Quote> quotes) {
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return; // l'homme, don't, 5'10
        }
        boolean isOpen = has(stack, MarkFamily.SINGLE_STRAIGHT);
        if (isOpen && (leftFlanking && rightFlanking && MarkFamily.closing(next)
                || MarkFamily.blank(prev) && MarkFamily.blank(next)
                || MarkFamily.sentenceEnd(prev) && Character.isUpperCase(next))) {
            // after a dash, before a stop ('BBB-'.); alone between spaces ('gilets jaunes ' ?); glued to the next
            // sentence, its space lost (successeurs.'Adieu): the open quotation's closing mark
            close(text, i, '\'', stack, marks, quotes, MarkFamily.SINGLE_STRAIGHT);
        } else if (leftFlanking && !rightFlanking) {
            // A word cut short at its start ('em, '90s, 'orrible, '771): listed, or with no mark after it in the
            // paragraph that could close a quotation, unless a colon or the paragraph's start announces one
            if (!apostrophes.leading(text, i)
                    && (markAfter(text, i, paraEnd) || announced(text, paraStart, i))) {
                open(text, paraStart, i, '\'', MarkFamily.SINGLE_STRAIGHT, stack);
            }
        } else if (rightFlanking && !leftFlanking) {
            if (isOpen && apostrophes.pluralPossessive(prev) && closesAfter(text, i, paraEnd)) {
                return; // 'The farmers' share fell,' she said: a possessive inside the quotation
            } else if (isOpen) {
                close(text, i, '\'', stack, marks, quotes, MarkFamily.SINGLE_STRAIGHT);
            } else if (Character.isDigit(prev) || apostrophes.trailing(text, paraStart, i)
                    || apostrophes.pluralPossessive(prev)) {
                return; // 5' (feet), jusqu' à, rock 'n' roll, the players' union, goin', Vélib'
            } else if (Character.isLetter(prev) && !apostrophes.attributionAfter(text, i + 1, paraEnd)) {
                return; // a word cut short (une provoc' délibérée): only an attribution after it makes it a mark
            } else {
                close(text, i, '\'', stack, marks, quotes, MarkFamily.SINGLE_STRAIGHT);
            }
        }
    }

    /** Whether the next straight double mark of the paragraph after {@code i} has a word on its left only. */
    private static boolean nextStraightCloses(String text, int i, int end) {
        int limit = Math.min(end, i + LOOK_AHEAD);
        int j = i + 1;
        while (j < limit && text.charAt(j) != '"') {
            j++;
        }
        if (j >= limit) {
            return false;
        }
        char after = j + 1 < end ? text.charAt(j + 1) : ' ';
        return !MarkFamily.blank(text.charAt(j - 1)) && (MarkFamily.blank(after) || MarkFamily.closing(after));
    }

    /**
     * Whether a mark after {@code i} in the paragraph could close a quotation: a double or closing mark, or a single
     * one with a word on its left and none on its right (not an apostrophe, nor another word cut short).
     */
    private static boolean markAfter(String text, int i, int end) {
        for (int j = i + 1; j < Math.min(end, i + LOOK_AHEAD); j++) {
            char c = text.charAt(j);
            if (c == '"' || c == '”' || c == '»' || c == '›' || c == '“') {
                return true;
            }
            if (c == '\'' || c == '’') {
                char before = text.charAt(j - 1);
                char after = j + 1 < end ? text.charAt(j + 1) : ' ';
                if (!MarkFamily.blank(before) && !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a colon, or nothing but the paragraph's start, stands before {@code i} (spaces aside). */
    private static boolean announced(String text, int paraStart, int i) {
        int k = i - 1;
        while (k >= paraStart && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < paraStart || text.charAt(k) == ':';
    }

    /**
     * Whether the next {@code '} of the paragraph after {@code i} (apostrophes between letters aside) can close a
     * quotation, having a word on its left only: then the one at {@code i} is not needed to close it.
     */
    private static boolean closesAfter(String text, int i, int end) {
        for (int j = i + 1; j < Math.min(end, i + LOOK_AHEAD); j++) {
            if (text.charAt(j) == '\'') {
                char before = text.charAt(j - 1);
                char after = j + 1 < end ? text.charAt(j + 1) : ' ';
                if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                    continue;
                }
                return !MarkFamily.blank(before) && (MarkFamily.blank(after) || MarkFamily.closing(after));
            }
        }
        return false;
    }

    /**
     * Opens a quotation, unless the mark reopens the innermost open one after a sentence end: a quotation of several
     * paragraphs whose paragraph breaks were lost ({@code "First. "Second."}); quotations of one family do not nest.
     */
    private static void open(String text, int paraStart, int i, char c, MarkFamily family, Deque<Open> stack) {
        if (stack.size() >= MAX_DEPTH) {
            return;
        }
        if (!stack.isEmpty() && stack.peek().family() == family && afterSentenceEnd(text, paraStart, i)
                && !(family == MarkFamily.STRAIGHT && twoClosingAfter(text, i))) {
            return;
        }
        stack.push(new Open(i, c, family));
    }

    /**
     * Whether the next two straight double marks after {@code i}, in its paragraph, both have a word or a stop on
     * their left only: closing marks both, of a quotation inside a quotation ("… s'en aller... "Passer l'éponge !"
     * est souvent utile, mais reste sans effet", écrit-elle), not a quotation reopened over a lost break.
     */
    private static boolean twoClosingAfter(String text, int i) {
        int found = 0;
        for (int j = i + 1; j < Math.min(text.length(), i + LOOK_AHEAD) && text.charAt(j) != '\n' && found < 2; j++) {
            if (text.charAt(j) == '"') {
                char before = text.charAt(j - 1);
                char after = j + 1 < text.length() ? text.charAt(j + 1) : '\n';
                if (MarkFamily.blank(before) || !(MarkFamily.blank(after) || MarkFamily.closing(after))
                        || after == '\n' && MarkFamily.sentenceEnd(before)) {
                    // (a mark ending the paragraph after its last stop may open the next paragraph's quotation)
                    return false;
                }
                found++;
            }
        }
        return found == 2;
    }

    private static boolean afterSentenceEnd(String text, int paraStart, int i) {
        if (text.charAt(i) == '\'' && i > paraStart && text.charAt(i - 1) == '\'') {
            i--; // two apostrophes for a double mark, read at the second
        }
        int j = i;
        while (j > paraStart && MarkFamily.blank(text.charAt(j - 1))) {
            j--;
        }
        if (j == i) {
            return false;
        }
        while (j > paraStart + 1 && "'’”»\"".indexOf(text.charAt(j - 1)) >= 0) {
            j--; // "… saying 'what now?' "To not apologise …": the stop inside a quotation just closed
        }
        return j > paraStart && MarkFamily.sentenceEnd(text.charAt(j - 1));
    }

    private static void close(String text, int i, char c, Deque<Open> stack, List<QuoteMark> marks, List<Quote> quotes,
                              MarkFamily... families) {
        Span closeSpan = Span.of(text, i, i + 1);
        int depth = stack.size() - 1;
        for (Iterator<Open> it = stack.iterator(); it.hasNext(); depth--) {
            Open o = it.next();
            if (!List.of(families).contains(o.family())) {
                continue;
            }
            while (stack.peek() != o) {
                Open unclosed = stack.pop();
                marks.add(new QuoteMark(Span.of(text, unclosed.at(), unclosed.at() + 1),
                        String.valueOf(unclosed.mark()), MarkRole.OPEN, null));
            }
            stack.pop();
            Span openSpan = Span.of(text, o.at(), o.at() + 1);
            marks.add(new QuoteMark(openSpan, String.valueOf(o.mark()), MarkRole.OPEN, closeSpan));
            marks.add(new QuoteMark(closeSpan, String.valueOf(c), MarkRole.CLOSE, openSpan));
            int s = o.at() + 1;
            int e = i;
            while (s < e && MarkFamily.blank(text.charAt(s))) {
                s++;
            }
            while (e > s && MarkFamily.blank(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                quotes.add(new Quote(Span.of(text, s, e), openSpan, closeSpan, Math.max(depth, 0)));
            }
            return;
        }
        marks.add(new QuoteMark(closeSpan, String.valueOf(c), MarkRole.CLOSE, null));
    }

    private static boolean has(Deque<Open> stack, MarkFamily family) {
        for (Open o : stack) {
            if (o.family() == family) {
                return true;
            }
        }
        return false;
    }
}
