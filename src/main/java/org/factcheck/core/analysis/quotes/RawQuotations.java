package org.factcheck.core.analysis.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.factcheck.core.facts.MarkRole;
import org.factcheck.core.facts.Quote;
import org.factcheck.core.facts.QuoteMark;
import org.factcheck.core.facts.Span;
import org.factcheck.core.text.TextFold;

/**
 * The quotations of a draft before attribution: the paired ones the scanner found, plus those a lone mark opens or
 * closes. A closing mark with no opening one still closes a quotation, from the start of its paragraph (or the mark
 * before it); an opening mark never closed opens one that runs to the end of its paragraph (or the next mark).
 */
final class RawQuotations {
    /** A quotation before attribution. */
    record Raw(Span span, Span open, Span close, int depth) {
        /** Where the quotation begins, its opening mark included. */
        int start() {
            return open != null ? open.start() : span.start();
        }

        /** Where it ends, its closing mark included. */
        int end() {
            return close != null ? close.end() : span.end();
        }
    }

    private RawQuotations() {
    }

    /** Paired quotations, plus those a lone mark opens or closes (their other end is the paragraph's edge). */
    static List<Raw> of(String text, List<Span> paragraphs, QuoteScanner.Result scanned) {
        List<Raw> out = new ArrayList<>();
        for (Quote q : scanned.quotes()) {
            out.add(new Raw(q.span(), q.open(), q.close(), q.depth()));
        }
        List<QuoteMark> marks = scanned.marks();
        for (int i = 0; i < marks.size(); i++) {
            QuoteMark m = marks.get(i);
            Span para = m.paired() ? null : paragraphOf(paragraphs, m.span().start());
            if (para == null) {
                continue;
            }
            if (m.role() == MarkRole.CLOSE) {
                int from = i > 0 && marks.get(i - 1).span().end() > para.start() ? marks.get(i - 1).span().end() : para.start();
                Span words = trimmed(text, from, m.span().start());
                if (words != null) {
                    out.add(new Raw(words, null, m.span(), 0));
                }
            } else {
                int to = i + 1 < marks.size() && marks.get(i + 1).span().start() < para.end()
                        ? marks.get(i + 1).span().start() : para.end();
                Span words = trimmed(text, m.span().end(), to);
                if (words != null) {
                    out.add(new Raw(words, m.span(), null, 0));
                }
            }
        }
        out.sort(Comparator.comparingInt(r -> r.span().start()));
        return out;
    }

    private static Span paragraphOf(List<Span> paragraphs, int at) {
        for (Span p : paragraphs) {
            if (p.start() <= at && at < p.end()) {
                return p;
            }
        }
        return null;
    }

    /** {@code from..to} without leading punctuation (quotation marks and brackets kept) and trailing blanks. */
    private static Span trimmed(String text, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from)) && "«“\"'‘(".indexOf(text.charAt(from)) < 0) {
            from++;
        }
        while (to > from && TextFold.isSpace(text.charAt(to - 1))) {
            to--;
        }
        return from < to ? Span.of(text, from, to) : null;
    }
}
