package org.factcheck.eval;

import java.io.IOException;

/**
 * A truth file that cannot be used: unreadable, not JSON, or an entry with a missing or bad field. The message is one
 * line that names the file, the entry (by its number, from 1, and its {@code file}) and the field.
 */
public final class TruthFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public TruthFileException(String message) {
        super(message);
    }
}
