package org.factcheck.store;

/** The database failed: unreachable, or a statement failed. The message names what was being done. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
