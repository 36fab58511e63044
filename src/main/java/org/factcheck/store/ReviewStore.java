package org.factcheck.store;

import java.util.Optional;

import org.factcheck.core.report.Report;

/**
 * Where checks, their reports and the editors' decisions are kept, durably: nothing is lost on restart.
 *
 * <p>Revisions: checks that share a {@code documentId} are revisions of one draft, numbered from 1. When a revision
 * is saved, each of its findings that the previous revision also had (the same {@link FindingKey}: rule, normalized
 * text and normalized related texts) is {@code carried} with its decision; the others are {@code new} and open; the
 * previous revision's findings that it no longer has are {@code resolved}.
 *
 * <p>Implementations are safe for concurrent use.
 */
public interface ReviewStore extends AutoCloseable {
    /** Saves a check as the next revision of {@code documentId} (or alone, when it is null). */
    StoredCheck save(String documentId, Report report);

    /** A stored check, with its findings' review state and what its revision resolved. */
    Optional<StoredCheck> find(String id);

    /** The revisions of a document, newest first; {@code page} counts from 0. */
    Page<CheckSummary> revisions(String documentId, int page, int size);

    /**
     * Records an editor's decision on a finding, with who took it and when.
     *
     * @throws java.util.NoSuchElementException when the check or the finding does not exist
     */
    StoredFinding review(String checkId, String findingId, Decision decision, String note, String user);

    /**
     * Every decision taken on the findings of a check, oldest first (decisions carried over from an earlier revision
     * stay in that revision's history). Empty for an unknown check.
     */
    java.util.List<DecisionEntry> history(String checkId);

    /** Throws a {@link StoreException} when the database cannot be reached. */
    void ping();

    /**
     * Deletes the checks saved before {@code before}, and their findings, except the newest revision of each
     * document (the next revision is matched against it); the decisions taken on them are kept. The revision after a
     * deleted one no longer names a previous check.
     *
     * @return how many checks were deleted
     */
    int purge(java.time.Instant before);

    @Override
    void close();
}
