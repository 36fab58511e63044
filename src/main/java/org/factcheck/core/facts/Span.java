package org.factcheck.core.facts;

/**
 * A stretch of the extracted text, by UTF-16 offsets into it ({@code start} inclusive, {@code end} exclusive),
 * with the text it covers. Reports convert the offsets to code points.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end: " + start + ".." + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text must cover exactly " + start + ".." + end);
        }
    }

    /** The span of {@code text.substring(start, end)}. */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two spans share a character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
