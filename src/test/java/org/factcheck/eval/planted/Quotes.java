package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations of an article, found by their marks within one paragraph: « … », “ … ”, and straight "…" where the
 * paragraph has an even number of them, each opening one before a word and each closing one after it. Only
 * quotations with no other double quotation mark inside are kept.
 */
final class Quotes {
    private static final String MARKS = "«»“”\"";

    /** A quotation: its opening and closing marks' offsets; the words lie between. */
    record Quotation(int open, int close) {
        /** The quoted words, without the white space inside the marks. */
        Span words(String text) {
            int s = Texts.skipSpace(text, open + 1);
            int e = close;
            while (e > s && Character.isSpaceChar(text.charAt(e - 1))) {
                e--;
            }
            return new Span(s, e);
        }

        char openMark(String text) {
            return text.charAt(open);
        }

        char closeMark(String text) {
            return text.charAt(close);
        }
    }

    private Quotes() {
    }

    static List<Quotation> of(Article article) {
        String text = article.text();
        List<Quotation> out = new ArrayList<>();
        for (Span p : article.paragraphs()) {
            pair(text, p, '«', '»', out);
            pair(text, p, '“', '”', out);
            String para = p.of(text);
            if (Texts.count(para, "\"") % 2 == 0) {
                List<Quotation> straight = new ArrayList<>();
                int open = -1;
                boolean shaped = true;
                for (int i = p.start(); i < p.end(); i++) {
                    if (text.charAt(i) == '"') {
                        shaped &= open < 0 ? opens(text, i) : closes(text, i);
                        if (open < 0) {
                            open = i;
                        } else {
                            add(text, open, i, straight);
                            open = -1;
                        }
                    }
                }
                if (shaped) {
                    out.addAll(straight);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return out;
    }

    /** A straight mark that opens: at a line start or after a space or bracket, before a word. */
    private static boolean opens(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** A straight mark that closes: after a word or punctuation, before a space, punctuation or the end. */
    private static boolean closes(String text, int i) {
        boolean after = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || ".,;:!?)—–-".indexOf(text.charAt(i + 1)) >= 0;
        return after && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    }

    private static void pair(String text, Span p, char open, char close, List<Quotation> out) {
        int at = -1;
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                at = i;
            } else if (c == close && at >= 0) {
                add(text, at, i, out);
                at = -1;
            }
        }
    }

    private static void add(String text, int open, int close, List<Quotation> out) {
        for (int i = open + 1; i < close; i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0) {
                return;
            }
        }
        out.add(new Quotation(open, close));
    }
}
