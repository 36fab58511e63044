package org.factcheck.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

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
    /** A draft's bytes for each place it takes of the room for checks at once ({@link #places}). */
    static final int BYTES_PER_PLACE = 32 * 1024;
    /** The places of the checks running ({@link #submit}), out of {@link #room}. */
    private final Semaphore running;
    /**
     * The submissions at work, checked or saved ({@link #submit}): one more than the {@link #room}'s places, one
     * each.
     */
    private final Semaphore atWork;
    private final int room;
    private final ReviewStore store;
    /** Held by the reload under way: reloads run one at a time. */
    private final ReentrantLock reloading = new ReentrantLock();
    private final Duration reloadInterval;
    private final Clock clock;
    /** When the last reload ended; null before the first. */
    private Instant lastReload;

    /** A reload refused: one is under way, or the last ended less than the reload interval ago. */
    public static final class ReloadRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        ReloadRefused(String message, long retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** How long to wait before asking again, in whole seconds (at least 1). */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public CheckService(Checker checker, ReviewStore store) {
        this(checker, store, Duration.ZERO, Clock.systemUTC());
    }

    /** @param reloadInterval the least time between the end of a reload and the start of the next */
    public CheckService(Checker checker, ReviewStore store, Duration reloadInterval, Clock clock) {
        this(checker, store, reloadInterval, clock, defaultChecksAtOnce());
    }

    /**
     * @param reloadInterval the least time between the end of a reload and the start of the next
     * @param checksAtOnce   how many checks of ordinary drafts {@link #submit} runs at once: the room they share, a
     *                       long draft taking more of it ({@link #places})
     */
    public CheckService(Checker checker, ReviewStore store, Duration reloadInterval, Clock clock, int checksAtOnce) {
        if (checksAtOnce < 1) {
            throw new IllegalArgumentException("at least one check must be able to run, not " + checksAtOnce);
        }
        this.room = checksAtOnce;
        this.running = new Semaphore(checksAtOnce, true);
        this.atWork = new Semaphore((int) Math.min(Integer.MAX_VALUE, checksAtOnce + 1L), true);
        this.checker = new AtomicReference<>(checker);
        this.store = store;
        this.reloadInterval = reloadInterval;
        this.clock = clock;
    }

    /** The checker in force: its rules, their folder. */
    public Checker checker() {
        return checker.get();
    }

    /**
     * Compiles the rules folder again and puts the new checker in force, for the checks that start from now on;
     * when the folder does not compile, the checker in force goes on serving and the exception lists the problems.
     * One reload at a time, and not sooner than the reload interval after the last one ended: compiling takes
     * seconds of CPU that the checks share.
     *
     * @throws ReloadRefused when a reload is under way or the last one ended too recently
     */
    public Checker reload() throws RuleSetException, ReloadRefused {
        if (!reloading.tryLock()) {
            throw new ReloadRefused("a reload of the rules is under way", 1);
        }
        try {
            Instant now = clock.instant();
            if (lastReload != null && now.isBefore(lastReload.plus(reloadInterval))) {
                long wait = Math.max(1, (long) Math.ceil(Duration.between(now, lastReload.plus(reloadInterval)).toMillis() / 1000.0));
                throw new ReloadRefused("the rules were reloaded less than " + reloadInterval.toSeconds()
                        + " s ago", wait);
            }
            try {
                Checker fresh = checker.get().reload();
                checker.set(fresh);
                return fresh;
            } finally {
                lastReload = clock.instant();
            }
        } finally {
            reloading.unlock();
        }
    }

    /**
     * Compiles the rules folder again because another node reloaded its rules: waits for a reload under way and
     * ignores the reload interval (which guards against admins, not against the other nodes). When the folder does
     * not compile, the checker in force goes on serving.
     */
    public Checker reloadForPeer() throws RuleSetException {
        reloading.lock();
        try {
            Checker fresh = checker.get().reload();
            checker.set(fresh);
            return fresh;
        } finally {
            reloading.unlock();
        }
    }

    /**
     * How many checks of ordinary drafts run at once unless told: one for each of the machine's cores. A check is
     * work for the processor (but while a child process reads its document), which more at once would only share,
     * while each holds its draft's analysis in the heap: with eight clients on two cores, two at once answered as
     * many checks a second as eight at once, with a shorter slowest hundredth and less memory (README, Throughput).
     */
    public static int defaultChecksAtOnce() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * How much of the room for checks at once a draft of {@code bytes} takes: one place for each
     * {@value #BYTES_PER_PLACE} bytes begun, all of them at most. The memory of a check grows with its text: eight
     * drafts of 195,000 characters at once ran a heap of 256 MB out of memory, where a few at a time fit
     * ({@code LongDraftsAtOnceIT}).
     */
    static int places(long bytes, int room) {
        return (int) Math.max(1, Math.min(room, (bytes + BYTES_PER_PLACE - 1) / BYTES_PER_PLACE));
    }

    /**
     * Checks a draft and stores it as the next revision of {@code documentId} (or alone). The checks at once share
     * a room of {@link #defaultChecksAtOnce()} places unless told, a draft taking {@link #places} of them; the others
     * wait their turn, in order of arrival.
     *
     * <p>And one submission more than the room's places is at work at once, from before its check until its check is
     * saved; the others wait before their check. Saving is work for the processor too (the store deflates the report,
     * the embedded database serializes its pages), and saves given nothing to wait for piled up beside the checks:
     * eight clients on two cores had up to eight threads at work on the two cores. The one more keeps the cores
     * checking while a save waits for the database's lock (the embedded one commits one at a time) or, with PostgreSQL,
     * for its network.
     */
    public StoredCheck submit(String documentId, CheckRequest request) throws DraftException {
        Report report;
        int places = places(request.content().length, room);
        atWork.acquireUninterruptibly();
        try {
            running.acquireUninterruptibly(places);
            try {
                report = checker.get().check(request);
            } finally {
                running.release(places);
            }
            return store.save(documentId, report);
        } finally {
            atWork.release();
        }
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

    /**
     * Deletes the checks saved more than {@code days} days ago but each document's newest revision, keeping the
     * decisions (see {@link ReviewStore#purge}).
     *
     * @return how many checks were deleted
     */
    public int purgeOlderThan(int days) {
        return store.purge(clock.instant().minus(Duration.ofDays(days)));
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
