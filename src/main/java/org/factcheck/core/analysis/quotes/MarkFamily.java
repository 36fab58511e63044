package org.factcheck.core.analysis.quotes;

import java.util.List;

import org.factcheck.core.facts.Span;
import org.factcheck.core.text.TextFold;

/** The families of quotation marks (a closing mark closes a quotation of its family), and the characters around them. */
enum MarkFamily {
    GUILLEMET, SINGLE_GUILLEMET, CURLY, LOW, SINGLE_CURLY, STRAIGHT, SINGLE_STRAIGHT;

    /** How many paragraphs a quotation may run on without reopening marks. */
    private static final int LOOK_AHEAD = 5;

    /**
     * Whether the quotation goes on in the paragraphs from {@code from} although they do not reopen it: the first
     * mark of this family in the next {@value #LOOK_AHEAD} paragraphs is a closing one.
     */
    boolean closesLater(String text, List<Span> paragraphs, int from) {
        for (int p = from; p < Math.min(paragraphs.size(), from + LOOK_AHEAD); p++) {
            Span para = paragraphs.get(p);
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                Boolean closing = switch (this) {
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

    /**
     * The length of the mark at {@code at} (a paragraph's start) that carries on a quotation of this family, 0 when
     * there is none: « or » for guillemets, “ or „ for curly quotes, " or two apostrophes ({@code ''Personally, …})
     * for straight double marks.
     */
    int continuation(String text, int at) {
        char first = text.charAt(at);
        boolean carries = switch (this) {
            case GUILLEMET -> first == '«' || first == '»';
            case CURLY, LOW -> first == '“' || first == '„';
            case STRAIGHT -> first == '"';
            case SINGLE_CURLY -> first == '‘';
            case SINGLE_STRAIGHT -> first == '\'';
            case SINGLE_GUILLEMET -> first == '‹';
        };
        return carries ? 1 : this == STRAIGHT && text.startsWith("''", at) ? 2 : 0;
    }

    static boolean blank(char c) {
        return TextFold.isSpace(c);
    }

    /** Whether {@code c} ends a sentence: . ! ? … */
    static boolean sentenceEnd(char c) {
        return ".!?…".indexOf(c) >= 0;
    }

    static boolean opening(char c) {
        return "([{«‹“‘„—–/-".indexOf(c) >= 0;
    }

    static boolean closing(char c) {
        return ".,;:!?)]}»›”’…".indexOf(c) >= 0 || c == '\'' || c == '"';
    }
}
