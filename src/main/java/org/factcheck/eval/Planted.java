package org.factcheck.eval;

import java.util.Objects;

/**
 * One error planted in a draft.
 *
 * @param category one of {@link CategoryScore#CATEGORIES}
 * @param text     a short exact substring of the draft holding the wrong token(s)
 * @param note     what the wrong token contradicts (empty when the truth file gives none)
 */
public record Planted(String category, String text, String note) {
    public Planted {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        note = note == null ? "" : note;
    }
}
