package org.factcheck.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 database's chunks few: at a fixed interval, the chunks whose bytes are mostly dead have their
 * live pages written again, together, so that the old chunks die whole and H2 drops them.
 *
 * <p>H2 writes a chunk for each commit (the store runs it without a write delay, so that a commit is in the file
 * before the call returns) and drops a chunk only once every page in it is dead. A stored check leaves a page or two
 * live in its commit's chunk for good (its report's bytes, a leaf of a table), so without this every chunk stayed:
 * in the file (38 KB a check, of which 6.5 KB live) and in the heap (H2's entry for each chunk, about 280 bytes: 8.7 MB
 * after 35,000 checks, without bound). H2 rewrites such chunks in the housekeeping of its background writer, which
 * runs only with a write delay; this is that step, on the store's own schedule.
 *
 * <p>It rewrites only chunks at most {@value #SPARSE} % live, as H2's own housekeeping does under load: the chunks
 * written again are full and stay out of it until half their data has died. H2's public {@link MVStore#compact} would
 * not do: it takes every chunk as a candidate, the oldest full ones first, and would write the same data again round
 * after round. So its selection ({@code FileStore.rewriteChunks(int, int)}, protected) is called by reflection, under
 * the store's lock as H2 calls it, and so is its map of chunks ({@code getChunks()}), whose size a round reads; the H2
 * version is pinned, and a version without those methods leaves the file as it was, with a warning. A chunk younger
 * than H2's retention time (45 s: what a crash may need of the file's older versions) is never rewritten.
 */
final class H2Housekeeping implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    /** Chunks with at most this share of their bytes live (percent) are rewritten. */
    static final int SPARSE = 50;
    /**
     * At most this many live bytes rewritten in a quiet round, as H2 reckons them (a page's length rounded up): about
     * 100 to 150 chunks of stored checks, read into the heap and written as one, in 10 to 120 ms.
     */
    static final int WRITE_LIMIT = 1 << 20;
    /**
     * The interval between two rounds, in milliseconds. A round is quiet when no commit came since the last one: at a
     * few checks a second, a newsroom's busy hour, many are, and its chunks are rewritten as it goes.
     */
    static final long INTERVAL_MS = 200;
    /**
     * While commits come, a round leaves the chunks alone up to this many (about 3 MB of H2's entries). A rewrite
     * holds the store's lock, which each commit waits for, and reads the pages it writes again into the heap, where
     * H2's page cache keeps them long enough to be promoted: the quiet rounds after a burst of 10,000 checks left the
     * service 8 to 30 MB larger than without them (three pairs of runs). Under load H2 holds about a chunk a check
     * until the load pauses for a round; only a load that never pauses reaches this bound (50 s of 200 checks a
     * second). Past it, the chunks H2 keeps for its retention time (45 s of checks) hold the count above the bound,
     * and a round comes every interval: each looks over all the chunks before it rewrites any, so the fewer they are
     * the shorter it holds the lock. With a bound of 50,000 the rounds held it 12 to 68 ms to rewrite and 2 to 108 ms
     * to write the result, and 8 clients saw a p99 of 52.7 to 63.0 ms past it in three runs; with this bound H2 held
     * 25,000 to 28,000 chunks, a round held the lock 11 and 8 ms (medians), and the p99 was 41.4 to 55.0 ms, a median
     * of 49.8, in seven (README, Performance).
     */
    static final int BUSY_BOUND = 10_000;
    /** At most this many live bytes rewritten in a round past {@link #BUSY_BOUND}: 400 to 600 chunks. */
    static final int BUSY_WRITE_LIMIT = 4 << 20;
    /**
     * The live bytes a round past {@link #BUSY_BOUND} rewrites for each commit since the round before, up to
     * {@link #BUSY_WRITE_LIMIT}: twice what a stored check leaves live in its chunk (6.5 KB, rounded up), so that the
     * rewriting outpaces the load, spread over the rounds as the load comes. The chunks rewritten stay counted until
     * H2's retention time has passed (45 s), and every round of that time took the whole limit: 20 MB a second read
     * into the heap under a load of 300 checks a second, four full collections in three seconds and young ones of 50
     * to 70 ms, a p99.9 of 240 to 280 ms.
     */
    static final int BUSY_BYTES_PER_COMMIT = 16 << 10;
    /**
     * The most the first round past {@link #BUSY_BOUND} rewrites, in live bytes (about ten chunks); each round after it
     * at most twice the one before, up to what the commits ask. Under a load that never pauses, the rewriting code has
     * not run before that round (no round was quiet) and runs slowly until it is compiled: the first round, with a
     * limit of 1 MB, held the store's lock for 224 ms (80 to choose and read the pages, 144 to write them), and every
     * check being stored waited for it; with this first limit, 113 and 146 ms in two runs (what is left is H2's
     * first pass over its chunks, 50,000 at the time, interpreted whatever the limit); the rounds after it hold it
     * 20 to 50 ms.
     */
    static final int BUSY_FIRST_LIMIT = 64 << 10;

    /** H2's {@code FileStore.rewriteChunks(int writeLimit, int targetFillRate)}, or null where this H2 has none. */
    private static final Method REWRITE = method("rewriteChunks", int.class, int.class);
    /** H2's {@code FileStore.getChunks()}, its map of the file's chunks, or null where this H2 has none. */
    private static final Method CHUNKS = method("getChunks");

    private final DataSource dataSource;
    private final int busyBound;
    private final ScheduledExecutorService timer;
    /** The store of the database, once a round found it. */
    private MVStore store;
    /** H2's map of the store's chunks (its size is read at each round). */
    private Map<?, ?> chunks;
    /** The store's version at the end of the last round (each commit since has added one), or -1 before the first. */
    private long lastVersion = -1;
    /** The limit of the last round if it was past the bound, else 0. */
    private int lastBusyLimit;

    private H2Housekeeping(DataSource dataSource, long intervalMs, int busyBound) {
        this.dataSource = dataSource;
        this.busyBound = busyBound;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factcheck-h2-housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::round, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the housekeeping of the H2 database that {@code dataSource} connects to, a round every
     * {@code intervalMs}; null (nothing started) where this H2 cannot be asked to rewrite chunks.
     */
    static H2Housekeeping start(DataSource dataSource, long intervalMs) {
        return start(dataSource, intervalMs, BUSY_BOUND);
    }

    /** {@link #start(DataSource, long)} with another bound on the chunks left while commits come: for tests. */
    static H2Housekeeping start(DataSource dataSource, long intervalMs, int busyBound) {
        return REWRITE == null || CHUNKS == null ? null : new H2Housekeeping(dataSource, intervalMs, busyBound);
    }

    /** H2's method of {@code FileStore} by that name, made accessible, or null (with a warning) where it has none. */
    private static Method method(String name, Class<?>... parameters) {
        try {
            Method m = FileStore.class.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException | RuntimeException e) {
            LOG.warn("this H2 cannot be asked to rewrite its sparse chunks ({}): the database's file and its list of "
                    + "chunks grow by each stored check until `compact` is run with the service stopped", e.toString());
            return null;
        }
    }

    /**
     * One round: when no commit came since the last round, or H2 holds more chunks than the bound, rewrites the
     * sparse chunks, when there are such, and writes the result.
     */
    void round() {
        try {
            MVStore store = store();
            if (store == null) {
                return;
            }
            long version = store.getCurrentVersion();
            boolean quiet = version == lastVersion;
            // before the first round (lastVersion -1) every commit of the store counts: the cap, past the bound
            boolean busy = !quiet && chunks.size() > busyBound;
            int limit = quiet ? WRITE_LIMIT : busy ? busyLimit(version - lastVersion, lastBusyLimit) : 0;
            lastBusyLimit = busy ? limit : 0;
            lastVersion = version;
            if (limit > 0 && rewrite(store, limit)) {
                store.commit();
                lastVersion = store.getCurrentVersion();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("the database's housekeeping failed; it is tried again in a moment", e);
        }
    }

    /**
     * What a round past the bound rewrites after {@code commits} commits: {@link #BUSY_BYTES_PER_COMMIT} each, at most
     * twice the last round's limit ({@code last}; 0 where the last round was not past the bound: then
     * {@link #BUSY_FIRST_LIMIT}), and never more than {@link #BUSY_WRITE_LIMIT}.
     */
    static int busyLimit(long commits, int last) {
        double ramp = Math.max(BUSY_FIRST_LIMIT, 2.0 * last);
        return (int) Math.min(Math.min(BUSY_WRITE_LIMIT, ramp), Math.max(1, commits) * (double) BUSY_BYTES_PER_COMMIT);
    }

    /**
     * The store of the database, asked for once (through a connection of the pool) and again when it was closed, or
     * null for a database that is not an embedded H2 one. A busy round takes no connection and reads no figure of H2's
     * that takes its locks (its {@code info.*} figures take the lock that chunks are written under): it reads the
     * store's version and the size of its map of chunks, and nothing else.
     */
    private MVStore store() throws SQLException {
        MVStore s = store;
        if (s == null || s.isClosed()) {
            try (Connection c = dataSource.getConnection()) {
                s = store(c);
            }
            if (s == null || s.isClosed() || s.getFileStore() == null) {
                return null;
            }
            chunks = chunksOf(s.getFileStore());
            store = s;
        }
        return s;
    }

    /**
     * Rewrites the live pages of the sparsest chunks, up to {@code limit} bytes, under the store's lock, and drops the
     * chunks that are dead and past their retention time.
     *
     * @return whether any page was rewritten
     */
    private static boolean rewrite(MVStore store, int limit) {
        FileStore<?> files = store.getFileStore(); // there is one: store() keeps no store without
        boolean[] rewritten = {false};
        store.executeFilestoreOperation(() -> {
            rewritten[0] = (Boolean) invoke(REWRITE, files, limit, SPARSE);
            files.dropUnusedChunks();
        });
        return rewritten[0];
    }

    /** H2's map of the chunks of {@code files} ({@code FileStore.getChunks()}, protected). */
    private static Map<?, ?> chunksOf(FileStore<?> files) {
        return (Map<?, ?>) invoke(CHUNKS, files);
    }

    /** {@code method} (one of H2's, made accessible) called on {@code files}, its exception thrown as it threw it. */
    private static Object invoke(Method method, FileStore<?> files, Object... arguments) {
        try {
            return method.invoke(files, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The store of the embedded database {@code c} is connected to, or null for another kind of connection. */
    static MVStore store(Connection c) throws SQLException {
        if (c.isWrapperFor(JdbcConnection.class)
                && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                && session.getDatabase().getStore() != null) {
            return session.getDatabase().getStore().getMvStore();
        }
        return null;
    }

    /**
     * Stops the rounds, waiting for one under way to end (not interrupted: H2 closes a file whose thread is
     * interrupted while it writes).
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
