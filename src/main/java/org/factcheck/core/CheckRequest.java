package org.factcheck.core;

import java.time.LocalDate;

/**
 * A draft to check.
 *
 * @param source   the draft's name (a file name), shown in the report and used as a type hint
 * @param content  the file's bytes
 * @param language {@code fr} or {@code en} to override detection, or {@code null}
 * @param date     the publication date to resolve dates against, or {@code null} for the metadata's, else today
 */
public record CheckRequest(String source, byte[] content, String language, LocalDate date) {
    public CheckRequest {
        if (content == null) {
            throw new IllegalArgumentException("content is required");
        }
    }
}
