package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.Span;

/**
 * Finds the paragraphs of the extracted text. A blank line always ends a paragraph; a single line break ends one
 * too (headlines, wire copy with one paragraph per line), except where it merely wraps a line: the line does not
 * end a sentence and the next one begins in lower case.
 */
public final class ParagraphSplitter {
    private ParagraphSplitter() {
    }

    public static List<Span> split(String text) {
        List<int[]> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(trim(text, lineStart, i));
                lineStart = i + 1;
            }
        }
        List<Span> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] line : lines) {
            boolean blank = line[0] >= line[1];
            if (blank) {
                if (start >= 0) {
                    out.add(Span.of(text, start, end));
                    start = -1;
                }
                continue;
            }
            if (start >= 0 && !continues(text, end, line[0])) {
                out.add(Span.of(text, start, end));
                start = -1;
            }
            if (start < 0) {
                start = line[0];
            }
            end = line[1];
        }
        if (start >= 0) {
            out.add(Span.of(text, start, end));
        }
        return out;
    }

    /** Whether a line starting at {@code next} continues the line that ended at {@code previousEnd}. */
    private static boolean continues(String text, int previousEnd, int next) {
        char last = text.charAt(previousEnd - 1);
        boolean sentenceEnded = ".!?:;…»”\"'".indexOf(last) >= 0;
        return !sentenceEnded && Character.isLowerCase(text.charAt(next));
    }

    private static int[] trim(String text, int from, int to) {
        while (from < to && TextFold.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && TextFold.isSpace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }
}
