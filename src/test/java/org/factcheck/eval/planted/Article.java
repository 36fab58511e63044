package org.factcheck.eval.planted;

import java.time.LocalDate;
import java.util.List;

/**
 * One real article to plant errors in: its file name, language, text and the reference date its errors are planted
 * against (the manifest's publication date, else a fixed date).
 */
public record Article(String name, String language, String text, LocalDate referenceDate, List<Span> paragraphs) {

    public Article(String name, String language, String text, LocalDate referenceDate) {
        this(name, language, text, referenceDate, Texts.paragraphs(text));
    }

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The file name without {@code .txt}. */
    public String stem() {
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    boolean french() {
        return "fr".equals(language);
    }

    Span paragraphAt(int offset) {
        return Texts.paragraphAt(paragraphs, offset);
    }

    /** The index of the paragraph holding {@code offset}, or -1. */
    int paragraphIndex(int offset) {
        Span p = paragraphAt(offset);
        return p == null ? -1 : paragraphs.indexOf(p);
    }
}
