package org.factcheck.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a truth file: a draft, the language and publication date to check it with, and its planted errors.
 *
 * @param number        the entry's position in the file, from 1 (for messages)
 * @param file          the draft as the truth file writes it, relative to the truth file's folder
 * @param path          that draft resolved against the truth file's folder
 * @param language      {@code fr} or {@code en}
 * @param referenceDate the publication date against which the draft's dates are resolved
 * @param planted       its planted errors; none for a control
 */
public record TruthEntry(int number, String file, Path path, String language, LocalDate referenceDate,
                         List<Planted> planted) {
    public TruthEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(referenceDate, "referenceDate");
        planted = List.copyOf(planted);
    }

    /** A clean draft: nothing planted, so every finding on it is a false alarm. */
    public boolean control() {
        return planted.isEmpty();
    }
}
