package org.factcheck.core.analysis.quotes;

import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.ParagraphSplitter;
import org.factcheck.core.text.TextFold;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.factcheck.core.facts.MarkRole;
import org.factcheck.core.facts.Quote;
import org.factcheck.core.facts.QuoteMark;
import org.factcheck.core.facts.Span;

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
 * mark of the same family (the French {@code «} or {@code »}, the English {@code “}): that continuation mark is
 * neither an opening nor a closing. The same holds inside a paragraph, where a text has lost its paragraph breaks:
 * an opening mark of the innermost open quotation's family, right after a sentence end, reopens it. And a quotation
 * whose next paragraphs do not reopen it still goes on when the first mark of its family there is a closing one.
 */
public final class QuoteScanner {
    /** How many paragraphs a quotation may run on without reopening marks. */
    private static final int LOOK_AHEAD = 2;

    private enum Family { GUILLEMET, SINGLE_GUILLEMET, CURLY, LOW, SINGLE_CURLY, STRAIGHT, SINGLE_STRAIGHT }

    private record Open(int at, char mark, Family family) {
    }

    /** The marks and quotations found. */
    public record Result(List<QuoteMark> marks, List<Quote> quotes) {
    }

    private final Lexicon lexicon;
    private final boolean english;

    public QuoteScanner(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.english = "en".equals(lexicon.language());
    }

    public Result scan(String text, List<Span> paragraphs) {
        List<QuoteMark> marks = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int i = para.start();
            if (!stack.isEmpty() && continues(stack.peekLast().family(), text.charAt(i))) {
                i++;
            }
            for (; i < para.end(); i++) {
                char c = text.charAt(i);
                if ("«»‹›„“”‘’\"'".indexOf(c) < 0) {
                    continue;
                }
                char prev = i > para.start() ? text.charAt(i - 1) : ' ';
                char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
                classify(text, para.start(), para.end(), i, c, prev, next, stack, marks, quotes);
            }
            boolean carried = !stack.isEmpty() && p + 1 < paragraphs.size()
                    && (continues(stack.peekLast().family(), text.charAt(paragraphs.get(p + 1).start()))
                    || closesLater(text, paragraphs, p + 1, stack.peek().family()));
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

    /**
     * Whether the quotation goes on in the paragraphs from {@code from} although they do not reopen it: the first
     * mark of its family in the next {@value #LOOK_AHEAD} paragraphs is a closing one.
     */
    private static boolean closesLater(String text, List<Span> paragraphs, int from, Family family) {
        for (int p = from; p < Math.min(paragraphs.size(), from + LOOK_AHEAD); p++) {
            Span para = paragraphs.get(p);
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                Boolean closing = switch (family) {
                    case GUILLEMET -> c == '«' ? Boolean.FALSE : c == '»' ? Boolean.TRUE : null;
                    case CURLY, LOW -> c == '“' || c == '„' ? Boolean.FALSE : c == '”' ? Boolean.TRUE : null;
                    case STRAIGHT -> c == '"'
                            ? Boolean.valueOf(i > para.start() && !blank(text.charAt(i - 1))
                            && (i + 1 == para.end() || blank(text.charAt(i + 1)) || closing(text.charAt(i + 1))))
                            : null;
                    case SINGLE_GUILLEMET -> c == '‹' ? Boolean.FALSE : c == '›' ? Boolean.TRUE : null;
                    case SINGLE_CURLY, SINGLE_STRAIGHT -> null;
                };
                if (closing != null) {
                    return closing;
                }
            }
        }
        return false;
    }

    /** Whether a paragraph beginning with {@code first} carries on a quotation of {@code family}. */
    private static boolean continues(Family family, char first) {
        return switch (family) {
            case GUILLEMET -> first == '«' || first == '»';
            case CURLY, LOW -> first == '“' || first == '„';
            case STRAIGHT -> first == '"';
            case SINGLE_CURLY -> first == '‘';
            case SINGLE_STRAIGHT -> first == '\'';
            case SINGLE_GUILLEMET -> first == '‹';
        };
    }

    private void classify(String text, int paraStart, int paraEnd, int i, char c, char prev, char next, Deque<Open> stack,
                          List<QuoteMark> marks, List<Quote> quotes) {
        boolean leftFlanking = !blank(next) && (blank(prev) || opening(prev));
        boolean rightFlanking = !blank(prev) && (blank(next) || closing(next));
        switch (c) {
            case '«' -> open(text, paraStart, i, c, Family.GUILLEMET, stack);
            case '‹' -> open(text, paraStart, i, c, Family.SINGLE_GUILLEMET, stack);
            case '„' -> open(text, paraStart, i, c, Family.LOW, stack);
            case '»' -> close(text, i, c, stack, marks, quotes, Family.GUILLEMET);
            case '›' -> close(text, i, c, stack, marks, quotes, Family.SINGLE_GUILLEMET);
            case '“' -> {
                if (has(stack, Family.LOW)) {
                    close(text, i, c, stack, marks, quotes, Family.LOW);
                } else if (rightFlanking && !leftFlanking && (has(stack, Family.CURLY) || has(stack, Family.STRAIGHT))) {
                    close(text, i, c, stack, marks, quotes, Family.CURLY, Family.STRAIGHT); // “text“: a wrong glyph
                } else {
                    open(text, paraStart, i, c, Family.CURLY, stack);
                }
            }
            case '”' -> {
                if (has(stack, Family.CURLY) || has(stack, Family.LOW)) {
                    close(text, i, c, stack, marks, quotes, Family.CURLY, Family.LOW);
                } else if (leftFlanking && !rightFlanking) {
                    open(text, paraStart, i, c, Family.CURLY, stack);
                } else {
                    close(text, i, c, stack, marks, quotes, Family.CURLY);
                }
            }
            case '‘' -> {
                if (!(Character.isLetter(prev) && Character.isLetter(next)) && !leadingElision(text, i)) {
                    open(text, paraStart, i, c, Family.SINGLE_CURLY, stack);
                }
            }
            case '’' -> {
                if (Character.isLetter(prev) && Character.isLetter(next) || leadingElision(text, i)) {
                    return;
                }
                if (has(stack, Family.SINGLE_CURLY)) {
                    close(text, i, c, stack, marks, quotes, Family.SINGLE_CURLY);
                } else if (leftFlanking && !rightFlanking) {
                    open(text, paraStart, i, c, Family.SINGLE_CURLY, stack);
                } else if (".,;:!?".indexOf(prev) >= 0) {
                    close(text, i, c, stack, marks, quotes, Family.SINGLE_CURLY); // no word elides after punctuation
                }
                // Otherwise a typographic apostrophe (possessive, elision before a space): never a quote mark.
            }
            case '"' -> {
                boolean isOpen = has(stack, Family.STRAIGHT);
                if (Character.isDigit(prev) && !isOpen) {
                    return; // inches: 12"
                }
                if (isOpen && blank(prev) && ".,;:!?)…".indexOf(next) >= 0) {
                    close(text, i, c, stack, marks, quotes, Family.STRAIGHT); // "... pas ". with a stray space
                } else if (leftFlanking && !rightFlanking || rightFlanking && !isOpen && ",:;".indexOf(prev) >= 0) {
                    open(text, paraStart, i, c, Family.STRAIGHT, stack); // also said," with the space misplaced
                } else if (rightFlanking && !leftFlanking) {
                    close(text, i, c, stack, marks, quotes, Family.STRAIGHT);
                } else if (isOpen) {
                    close(text, i, c, stack, marks, quotes, Family.STRAIGHT);
                } else {
                    open(text, paraStart, i, c, Family.STRAIGHT, stack); // also " spaced " as French typography has it
                }
            }
            case '\'' -> straightSingle(text, paraStart, paraEnd, i, prev, next, leftFlanking, rightFlanking, stack, marks, quotes);
            default -> throw new IllegalStateException("not a mark: " + c);
        }
    }

    private void straightSingle(String text, int paraStart, int paraEnd, int i, char prev, char next, boolean leftFlanking,
                                boolean rightFlanking, Deque<Open> stack, List<QuoteMark> marks, List<Quote> quotes) {
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return; // l'homme, don't, 5'10
        }
        boolean isOpen = has(stack, Family.SINGLE_STRAIGHT);
        if (leftFlanking && !rightFlanking) {
            if (!leadingElision(text, i)) {
                open(text, paraStart, i, '\'', Family.SINGLE_STRAIGHT, stack);
            }
        } else if (rightFlanking && !leftFlanking) {
            if (isOpen && english && (prev == 's' || prev == 'S') && closesAfter(text, i, paraEnd)) {
                return; // 'The farmers' share fell,' she said: a possessive inside the quotation
            } else if (isOpen) {
                close(text, i, '\'', stack, marks, quotes, Family.SINGLE_STRAIGHT);
            } else if (Character.isDigit(prev) || elidedBefore(text, paraStart, i) || endsLeadingElision(text, paraStart, i)
                    || english && (prev == 's' || prev == 'S') || listedBefore("trailing-apostrophes", text, paraStart, i)) {
                return; // 5' (feet), jusqu' à, rock 'n' roll, the players' union, goin', Vélib'
            } else {
                close(text, i, '\'', stack, marks, quotes, Family.SINGLE_STRAIGHT);
            }
        }
    }

    /**
     * Whether the next {@code '} of the paragraph after {@code i} (apostrophes between letters aside) can close a
     * quotation, having a word on its left only: then the one at {@code i} is not needed to close it.
     */
    private static boolean closesAfter(String text, int i, int end) {
        for (int j = i + 1; j < end; j++) {
            if (text.charAt(j) == '\'') {
                char before = text.charAt(j - 1);
                char after = j + 1 < end ? text.charAt(j + 1) : ' ';
                if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                    continue;
                }
                return !blank(before) && (blank(after) || closing(after));
            }
        }
        return false;
    }

    /** Whether the word ending at {@code i} is an elided word ({@code l}, {@code qu}, {@code jusqu}). */
    private boolean elidedBefore(String text, int from, int i) {
        return listedBefore("elisions", text, from, i);
    }

    /** Whether the word ending at {@code i}, in lower case, is on list {@code list}. */
    private boolean listedBefore(String list, String text, int from, int i) {
        int b = i;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < i && lexicon.has(list, text.substring(b, i).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the apostrophe at {@code i} ends a shortened word that began with one, as in {@code 'n'}. */
    private boolean endsLeadingElision(String text, int from, int i) {
        int b = i;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < i && b > from && TextFold.isApostrophe(text.charAt(b - 1))
                && lexicon.has("leading-elisions", text.substring(b, i).toLowerCase(java.util.Locale.ROOT) + "'");
    }

    /** Whether the apostrophe at {@code i} begins a shortened word ({@code 'em}, {@code '90s}, {@code ’til}). */
    private boolean leadingElision(String text, int i) {
        int j = i + 1;
        if (j < text.length() && Character.isDigit(text.charAt(j))) {
            return true;
        }
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i + 1) {
            return false;
        }
        String word = text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT);
        if (j < text.length() && TextFold.isApostrophe(text.charAt(j))) {
            word = word + "'"; // 'n'
        }
        return lexicon.has("leading-elisions", word);
    }

    /**
     * Opens a quotation, unless the mark reopens the innermost open one after a sentence end: a quotation of several
     * paragraphs whose paragraph breaks were lost ({@code "First. "Second."}); quotations of one family do not nest.
     */
    private static void open(String text, int paraStart, int i, char c, Family family, Deque<Open> stack) {
        if (!stack.isEmpty() && stack.peek().family() == family && afterSentenceEnd(text, paraStart, i)) {
            return;
        }
        stack.push(new Open(i, c, family));
    }

    private static boolean afterSentenceEnd(String text, int paraStart, int i) {
        int j = i;
        while (j > paraStart && blank(text.charAt(j - 1))) {
            j--;
        }
        return j < i && j > paraStart && ".!?…".indexOf(text.charAt(j - 1)) >= 0;
    }

    private static void close(String text, int i, char c, Deque<Open> stack, List<QuoteMark> marks, List<Quote> quotes,
                              Family... families) {
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
            while (s < e && blank(text.charAt(s))) {
                s++;
            }
            while (e > s && blank(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                quotes.add(new Quote(Span.of(text, s, e), openSpan, closeSpan, Math.max(depth, 0)));
            }
            return;
        }
        marks.add(new QuoteMark(closeSpan, String.valueOf(c), MarkRole.CLOSE, null));
    }

    private static boolean has(Deque<Open> stack, Family family) {
        for (Open o : stack) {
            if (o.family() == family) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(char c) {
        return ParagraphSplitter.isBlank(c);
    }

    private static boolean opening(char c) {
        return "([{«‹“‘„—–/-".indexOf(c) >= 0;
    }

    private static boolean closing(char c) {
        return ".,;:!?)]}»›”’…".indexOf(c) >= 0 || c == '\'' || c == '"';
    }
}
