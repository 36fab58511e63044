package org.factcheck.core.extract;

/**
 * Reads plain text and Markdown drafts in this process ({@link DocumentExtractor#extractPlainText}) and any other
 * draft in a {@link ForkedExtractor} started at the first draft that needs a parser: decoding a text runs none of the
 * parsers a hostile file could exhaust, and a command line that checks texts starts no second Java process (a second
 * or more of start-up and a few hundred megabytes). Thread-safe.
 */
public final class PlainTextFirstExtractor implements Extractor, AutoCloseable {
    private final DocumentExtractor text;
    private final ForkedExtractor.Options others;
    private ForkedExtractor forked; // guarded by this
    private boolean closed; // guarded by this

    /** @param others how the child process that reads the other drafts runs, and the text limit of both */
    public PlainTextFirstExtractor(ForkedExtractor.Options others) {
        this.text = new DocumentExtractor(others.maxChars());
        this.others = others;
        DocumentExtractor.readTypesInBackground(); // while the caller loads its rules
    }

    @Override
    public ExtractedDocument extract(byte[] content, String name) throws DraftException {
        ExtractedDocument doc = text.extractPlainText(content, name);
        return doc != null ? doc : forked().extract(content, name);
    }

    /**
     * Reads plain text and Markdown drafts in this process and the others in {@code others}' child processes,
     * started now and waited for (a service, whose children must be ready for its first document).
     *
     * @throws IllegalStateException when the children cannot start ({@link ForkedExtractor#ForkedExtractor})
     */
    public static PlainTextFirstExtractor withChildrenStarted(ForkedExtractor.Options others) {
        PlainTextFirstExtractor extractor = new PlainTextFirstExtractor(others);
        ForkedExtractor children = new ForkedExtractor(others);
        synchronized (extractor) {
            extractor.forked = children;
        }
        return extractor;
    }

    /**
     * Starts the child process now, in the background, for a caller that knows drafts needing a parser will come: it
     * is then ready, and its compiler warm, when the first of them does.
     */
    public void startOthers() {
        forked();
    }

    private synchronized ForkedExtractor forked() {
        if (closed) {
            throw new IllegalStateException("the drafts' reader is closed");
        }
        if (forked == null) {
            forked = ForkedExtractor.startingInBackground(others);
        }
        return forked;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (forked != null) {
            forked.close();
        }
    }
}
