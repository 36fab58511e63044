package org.factcheck.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.report.Report;
import org.factcheck.core.rules.RuleSetException;
import org.factcheck.store.CheckSummary;
import org.factcheck.store.Decision;
import org.factcheck.store.DecisionEntry;
import org.factcheck.store.Page;
import org.factcheck.store.ReviewStore;
import org.factcheck.store.StoredCheck;
import org.factcheck.store.StoredFinding;

/**
 * The checker and the review store together, for the web layer: a draft in, a stored check out; decisions;
 * revisions; the checker in force, which a reload replaces only when the rules folder compiles. No web code here.
 */
public final class CheckService implements AutoCloseable {
    private final AtomicReference<Checker> checker;
    private final ReviewStore store;

    public CheckService(Checker checker, ReviewStore store) {
        this.checker = new AtomicReference<>(checker);
        this.store = store;
    }

    /** The checker in force: its rules, their folder. */
    public Checker checker() {
        return checker.get();
    }

    /**
     * Compiles the rules folder again and puts the new checker in force, for the checks that start from now on;
     * when the folder does not compile, the checker in force goes on serving and the exception lists the problems.
     */
    public Checker reload() throws RuleSetException {
        Checker fresh = checker.get().reload();
        checker.set(fresh);
        return fresh;
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
    public List<DecisionEntry> history(String checkId) {
        return store.history(checkId);
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
