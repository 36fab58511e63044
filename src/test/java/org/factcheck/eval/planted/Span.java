package org.factcheck.eval.planted;

/** A span of a text by char offsets, {@code end} exclusive. */
public record Span(int start, int end) {
    String of(String text) {
        return text.substring(start, end);
    }

    boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
