package org.factcheck.core;

import org.factcheck.core.extract.DocumentExtractor;
import org.factcheck.core.extract.Extractor;
import org.factcheck.core.extract.ForkedExtractor;
import org.factcheck.core.extract.PlainTextFirstExtractor;

/**
 * Where a checker reads its drafts' files: in this process, or in child processes with their own bounded memory (a
 * service, which no draft may harm; the command line, for the drafts that need a parser). Closing it ends the child processes; the checkers opened on it then no longer read drafts.
 */
public final class Parsing implements AutoCloseable {
    /** The longest text a draft may extract to, where no other limit is set: the command line's. */
    public static final int DEFAULT_MAX_TEXT_CHARS = DocumentExtractor.DEFAULT_MAX_CHARS;

    private final Extractor extractor;
    private final String description;

    private Parsing(Extractor extractor, String description) {
        this.extractor = extractor;
        this.description = description;
    }

    /** Drafts read in this process, refused past {@code maxTextChars} characters of text. */
    public static Parsing inProcess(int maxTextChars) {
        return new Parsing(new DocumentExtractor(maxTextChars), "in process");
    }

    /**
     * Plain text and Markdown drafts read in this process, the others in {@code workers} child processes of
     * {@code memoryMb} MB of heap each, started now ({@link PlainTextFirstExtractor#withChildrenStarted}): a text is
     * decoded, which runs none of the parsers a hostile file could exhaust, and sending it to a child and its
     * paragraphs back cost the children 0.25 ms of CPU a check (README, Throughput).
     *
     * @throws IllegalStateException when they cannot start: this project's classes are not files (an unpacked WAR
     *                               is needed), or the child's Java does not run
     */
    public static Parsing inChildProcesses(int maxTextChars, int workers, int memoryMb) {
        return new Parsing(PlainTextFirstExtractor.withChildrenStarted(ForkedExtractor.Options.of(workers, memoryMb,
                maxTextChars)), "texts in process, other drafts in " + workers + " child processes of " + memoryMb
                + " MB");
    }

    /**
     * Plain text and Markdown drafts read in this process, the others in one child process of {@code memoryMb} MB of
     * heap ({@link PlainTextFirstExtractor}), started now in the background when {@code textsOnly} is false, else at
     * the first draft that needs it: that draft waits for it, and fails if it cannot start.
     */
    public static Parsing inAChildProcess(int maxTextChars, int memoryMb, boolean textsOnly) {
        PlainTextFirstExtractor extractor = new PlainTextFirstExtractor(ForkedExtractor.Options.of(1, memoryMb,
                maxTextChars));
        if (!textsOnly) {
            extractor.startOthers();
        }
        return new Parsing(extractor, "texts in process, other drafts in a child process of " + memoryMb + " MB");
    }

    Extractor extractor() {
        return extractor;
    }

    /**
     * How drafts are read, for a log line: "in process", "texts in process, other drafts in 2 child processes of
     * 256 MB".
     */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (extractor instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
