package org.factcheck.core.extract;

import java.time.LocalDate;

/**
 * A draft's text and what its metadata says.
 *
 * @param text        the article text: paragraphs kept (separated by line breaks), NFC-normalized; every offset of
 *                    a report indexes into it
 * @param contentType the detected media type, such as {@code text/html}
 * @param title       the document's title, or {@code null}
 * @param date        the creation or publication date from the metadata, or {@code null}
 * @param language    the language declared in the metadata (ISO 639-1), or {@code null}
 */
public record ExtractedDocument(String text, String contentType, String title, LocalDate date, String language) {
    public ExtractedDocument {
        if (text == null || contentType == null) {
            throw new IllegalArgumentException("text and content type are required");
        }
    }
}
