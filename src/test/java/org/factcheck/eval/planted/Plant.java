package org.factcheck.eval.planted;

/**
 * One planted error: the edit (the original's chars {@code start..end} replaced by {@code replacement}), the planted
 * text as the truth gives it (a short exact substring of the copy holding the wrong token), the note saying what it
 * contradicts, and how often the planted text occurs in the copy and in the original.
 *
 * @param inCopy     occurrences of {@code text} in the copy: 1, or 2 for a repeated sentence or quotation
 * @param inOriginal occurrences of {@code text} in the original: 0 when the error writes a new string
 */
public record Plant(String category, String kind, int start, int end, String replacement, String text, String note,
                    int inCopy, int inOriginal) {

    public String apply(String original) {
        return original.substring(0, start) + replacement + original.substring(end);
    }

    /** Where the replacement stands in the copy. */
    public Span edited() {
        return new Span(start, start + replacement.length());
    }

    /**
     * A plant whose planted text is the shortest run of whole words around {@code mark} (copy offsets) that occurs once
     * in the copy and never in the original; null when there is none of at most {@code Texts.MAX_PLANTED} chars.
     */
    static Plant ofNewText(String original, String category, String kind, int start, int end, String replacement,
                           Span mark, String note) {
        String copy = original.substring(0, start) + replacement + original.substring(end);
        String text = Texts.uniqueAround(copy, mark);
        if (text == null || original.contains(text)) {
            return null;
        }
        return new Plant(category, kind, start, end, replacement, text, note, 1, 0);
    }
}
