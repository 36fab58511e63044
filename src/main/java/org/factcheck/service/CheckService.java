package org.factcheck.service;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.extract.DocumentExtractor;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.report.Report;
import org.factcheck.core.rules.RuleSet;
import org.factcheck.core.rules.RuleSetException;
import org.factcheck.store.CheckSummary;
import org.factcheck.store.Decision;
import org.factcheck.store.Page;
import org.factcheck.store.ReviewStore;
import org.factcheck.store.StoredCheck;
import org.factcheck.store.StoredFinding;

/**
 * The checker and the review store together, for the web layer: a draft in, a stored check out; decisions;
 * revisions; the rules in force, which a reload replaces only when the new folder compiles. No web code here.
 */
public final class CheckService implements AutoCloseable {
    private final AtomicReference<Checker> checker = new AtomicReference<>();
    private final ReviewStore store;
    private final int maxTextChars;

    public CheckService(RuleSet rules, ReviewStore store, int maxTextChars) {
        this.store = store;
        this.maxTextChars = maxTextChars;
        this.checker.set(checkerFor(rules));
    }

    private Checker checkerFor(RuleSet rules) {
        return new Checker(rules, new DocumentExtractor(maxTextChars), java.time.Clock.systemDefaultZone());
    }

    /** Checks a draft and stores it as the next revision of {@code documentId} (or alone). */
    public StoredCheck submit(String documentId, CheckRequest request) throws DraftException {
        Report report = checker.get().check(request);
        return store.save(documentId, report);
    }

    public Optional<StoredCheck> find(String id) {
        return store.find(id);
    }

    public Page<CheckSummary> revisions(String documentId, int page, int size) {
        return store.revisions(documentId, page, size);
    }

    public StoredFinding review(String checkId, String findingId, Decision decision, String note, String user) {
        return store.review(checkId, findingId, decision, note, user);
    }

    /** Every decision taken on a check's findings, oldest first. */
    public java.util.List<org.factcheck.store.DecisionEntry> history(String checkId) {
        return store.history(checkId);
    }

    /** The rules in force. */
    public RuleSet rules() {
        return checker.get().rules();
    }

    /**
     * Compiles the rules folder again and puts the new rules in force; when it fails, the old rules go on serving
     * and the exception lists the problems.
     */
    public RuleSet reload() throws RuleSetException {
        RuleSet fresh = RuleSet.load(rules().folder());
        checker.set(checkerFor(fresh));
        return fresh;
    }

    /** Throws when the database cannot be reached. */
    public void ping() {
        store.ping();
    }

    @Override
    public void close() {
        store.close();
    }
}
