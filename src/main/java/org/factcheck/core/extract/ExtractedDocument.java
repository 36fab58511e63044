package org.factcheck.core.extract;

import java.time.LocalDate;
import java.util.List;

import org.factcheck.core.facts.Span;

/**
 * A draft's text and what its metadata says.
 *
 * @param text        the article text: paragraphs kept (separated by line breaks), NFC-normalized; every offset of
 *                    a report indexes into it
 * @param contentType the detected media type, such as {@code text/html}
 * @param title       the document's title, or {@code null}
 * @param date        the creation or publication date from the metadata, or {@code null}
 * @param language    the language declared in the metadata (ISO 639-1), or {@code null}
 * @param paragraphs  the paragraphs of {@code text}, in order: the document's blocks (headings, paragraphs, list
 *                    items, cells) for a structured document, the lines and blank-line-separated blocks of a plain
 *                    text ({@link org.factcheck.core.text.ParagraphSplitter})
 */
public record ExtractedDocument(String text, String contentType, String title, LocalDate date, String language,
                                List<Span> paragraphs) {
    public ExtractedDocument {
        if (text == null || contentType == null || paragraphs == null) {
            throw new IllegalArgumentException("text, content type and paragraphs are required");
        }
        paragraphs = List.copyOf(paragraphs);
    }
}
