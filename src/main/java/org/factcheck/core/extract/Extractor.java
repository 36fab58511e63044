package org.factcheck.core.extract;

/**
 * Turns a draft's bytes into its text, paragraphs and metadata: {@link DocumentExtractor} in this process,
 * {@link ForkedExtractor} in child processes that a hostile file can exhaust or crash without harm to this one.
 */
public interface Extractor {
    /**
     * @param content the file's bytes
     * @param name    the file name, a hint for type detection (may be {@code null})
     * @throws DraftException when the draft cannot be read, naming the fault (and the limit it passed)
     */
    ExtractedDocument extract(byte[] content, String name) throws DraftException;
}
