package org.factcheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The review store on a relational database (H2 or PostgreSQL), by plain JDBC; the schema is migrated by Flyway
 * ({@code db/migration}) when the store is created.
 *
 * <p>It also keeps the service's webhook ({@link WebhookStore}) and the rules' generation
 * ({@link RulesGenerationStore}): one row each, shared by every node on the database.
 *
 * <p>Invariants: a check and its findings are written in one transaction; within a document, revisions are
 * 1, 2, 3… with no gap nor duplicate, even under concurrent saves (the unique constraint on
 * {@code (document_id, revision)} rejects the loser of a race, whose save is then retried from the start); every
 * decision is appended to the {@code decisions} table, never rewritten. Times are UTC instants to the microsecond.
 *
 * <p>A store made by {@link #h2} or {@link #jdbc} owns its connection pool and closes it; a store made on a
 * container's {@link DataSource} leaves it open.
 */
public final class JdbcReviewStore implements ReviewStore, WebhookStore, RulesGenerationStore {
    /** The parameter value of a missing moment (a text's null is a plain null). */
    private static final Object NO_TIME = new Object();

    private static final int SAVE_ATTEMPTS = 50;
    /** Unique violation, serialization failure, deadlock (PostgreSQL), lock timeout (H2). */
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "HYT00");

    /** The ids of new checks: they sort in the order the checks were saved ({@link CheckIds}). */
    private static final CheckIds CHECK_IDS = new CheckIds(Clock.systemUTC());

    private static final String CHECK_COLUMNS =
            "id, document_id, revision, previous_id, created_at, report, report_deflated";
    private static final String FINDING_COLUMNS =
            "finding_id, finding_key, rule, flagged_text, status, decision, note, decided_by, decided_at";

    private final DataSource dataSource;
    private final HikariDataSource pool;
    /** The embedded H2 database's housekeeping, or null. */
    private volatile H2Housekeeping housekeeping;

    /** A store on a database it does not own (a container's pool, say): {@link #close} leaves it open. */
    public JdbcReviewStore(DataSource dataSource) {
        this(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    private JdbcReviewStore(DataSource dataSource, HikariDataSource pool) {
        this.dataSource = dataSource;
        this.pool = pool;
        migrate(dataSource);
    }

    /** The H2 database's name in its data folder (its file is {@code factcheck.mv.db}). */
    static final String H2_NAME = "factcheck";

    /** The embedded database's user, as the store's pool connects. */
    private static java.util.Properties h2User() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        return p;
    }

    /**
     * The embedded database's URL. No compaction when the database closes: H2 2.3's (200 ms by default) can leave
     * the file's free-space map wrong, and the next open then refuses the whole file as corrupt ("Double mark",
     * h2database issue 2752); a test here saw it within 130 open-save-close cycles. A page cache of
     * {@value #H2_CACHE_KB} KB, not H2's 16 MB: it fills as the reports pile up and stays in the service's heap, while
     * a page read again comes from the system's file cache. Under load its pages live about a second, long enough to
     * outlive the young collections and short enough to die in the old generation: with 4 MB, eight clients saving
     * 210 to 255 checks a second brought a full collection (65 to 80 ms) every 9 to 11 s, with 1 MB every 16 to 19 s.
     *
     * <p>H2 updates a table's statistics by itself, in the commit of the transaction that brought its changes past a
     * count (2,000, then twice as many each time), reading a tenth of {@code ANALYZE_SAMPLE} rows: 1,000 rows of
     * checks by default, each with its report, 13 MB of text decoded in that one commit. Under load such a commit
     * took 84 to 215 ms, a few times a minute, and that check's answer waited for it; with a sample of
     * {@value #H2_ANALYZE_SAMPLE} (100 rows read) no commit took over 47 ms in the same run. The statistics are still
     * kept: they serve H2's choice among indexes, which a hundred rows tell as well here.
     *
     * <p>Pages written as they are, not compressed by H2 (its {@code COMPRESS=TRUE}, LZF, which files written before
     * still have: H2 reads a page written either way): a stored check is mostly its report, which the store deflates
     * itself ({@link DeflatedText}: about a third of the JSON, for the bench article's), and each commit writes, beside
     * it, the last leaf page of each table and index it adds to, and H2's own record of its chunks. Compressing all
     * that was a tenth of the service's processor time: eight clients on two cores, the two services up at once and
     * loaded in turn, ten 10-second runs each, did 9.6 % more checks a second than with compressed pages and the
     * reports as text, with 9 % less processor time a check. The file takes more while the dead pages of the last
     * minute wait to be written over (41 KB a check against 30, 2,000 saves with a pause every 50), less once they are
     * (2.7 KB a check against 6.4 compacted).
     */
    static String h2Url(Path dataFolder) {
        return "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve(H2_NAME)
                + ";AUTO_SERVER=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0;CACHE_SIZE=" + H2_CACHE_KB
                + ";ANALYZE_SAMPLE=" + H2_ANALYZE_SAMPLE;
    }

    /** The embedded database's page cache, in kilobytes (see {@link #h2Url}). */
    static final int H2_CACHE_KB = 1024;

    /** The rows H2's explicit {@code ANALYZE} reads; its own updates of statistics read a tenth (see {@link #h2Url}). */
    static final int H2_ANALYZE_SAMPLE = 1000;

    /**
     * Copies the H2 database of {@code dataFolder} into the zip file {@code zip} (H2's {@code BACKUP}, consistent
     * while it runs). The database must not be open in another process: stop {@code serve} first.
     *
     * @throws StoreException when there is no database there, or it is in use, or the zip cannot be written
     */
    public static void backupH2(Path dataFolder, Path zip) {
        if (!Files.exists(dataFolder.resolve(H2_NAME + ".mv.db"))) {
            throw new StoreException("no database in " + dataFolder + " (no " + H2_NAME + ".mv.db)", null);
        }
        try (Connection c = new org.h2.Driver().connect(h2Url(dataFolder) + ";IFEXISTS=TRUE", h2User());
             PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, zip.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new StoreException(e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? "the database in " + dataFolder + " is open in another process (stop serve first)"
                    : "the backup failed: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Rewrites the H2 database of {@code dataFolder} without its dead space (H2's {@code SHUTDOWN COMPACT}, which
     * copies the live data into a new file). The file grows by each stored check and H2 never gives the space back
     * while it runs; this does. The database must not be open in another process: stop {@code serve} first.
     *
     * @throws StoreException when there is no database there, or it is in use
     */
    public static void compactH2(Path dataFolder) {
        if (!Files.exists(dataFolder.resolve(H2_NAME + ".mv.db"))) {
            throw new StoreException("no database in " + dataFolder + " (no " + H2_NAME + ".mv.db)", null);
        }
        try (Connection c = new org.h2.Driver().connect(h2Url(dataFolder) + ";IFEXISTS=TRUE", h2User());
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException(e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? "the database in " + dataFolder + " is open in another process (stop serve first)"
                    : "the compaction failed: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Puts the database of a backup made by {@link #backupH2} into {@code dataFolder}, which must hold none.
     *
     * @throws StoreException when the folder holds a database already, or the zip is not such a backup
     */
    public static void restoreH2(Path zip, Path dataFolder) {
        if (Files.exists(dataFolder.resolve(H2_NAME + ".mv.db"))) {
            throw new StoreException(dataFolder + " holds a database already: restore into an empty data folder", null);
        }
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("no backup file " + zip, null);
        }
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            if (z.getEntry(H2_NAME + ".mv.db") == null) {
                throw new StoreException(zip + " is not a backup of a factcheck database (no " + H2_NAME + ".mv.db in it)",
                        null);
            }
            Files.createDirectories(dataFolder);
            org.h2.tools.Restore.execute(zip.toString(), dataFolder.toString(), H2_NAME);
        } catch (StoreException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new StoreException("the restore failed: " + e.getMessage(), e);
        }
    }

    /**
     * A store in the H2 database {@code dataFolder/factcheck}, created with the folder when absent. No write delay
     * (H2 waits 500 ms by default): a commit is written to the file before the call returns, so a check or decision
     * acknowledged to a client survives the process being killed. The chunks each commit leaves mostly dead are
     * rewritten by {@link H2Housekeeping} whenever commits pause (H2's background writer would, but it comes only with
     * a write delay), so that neither the file nor H2's list of chunks in the heap grows by every stored check.
     */
    public static JdbcReviewStore h2(Path dataFolder) {
        return h2(dataFolder, "", H2Housekeeping.INTERVAL_MS);
    }

    /**
     * {@link #h2(Path)} with more settings in the URL ({@code ;NAME=value}…) and housekeeping every
     * {@code housekeepingMs} (none for 0): for tests.
     */
    static JdbcReviewStore h2(Path dataFolder, String settings, long housekeepingMs) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new StoreException("creating the data folder " + dataFolder + " failed: " + e.getMessage(), e);
        }
        JdbcReviewStore store = pooled(h2Url(dataFolder) + settings, "sa", "");
        if (housekeepingMs > 0) {
            store.housekeeping = H2Housekeeping.start(store.pool, housekeepingMs);
        }
        return store;
    }

    /** A store on the database at a JDBC URL, through a connection pool that the store closes. */
    public static JdbcReviewStore jdbc(String url, String user, String password) {
        return pooled(url, user, password);
    }

    private static JdbcReviewStore pooled(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        String driver = driverFor(url);
        if (driver != null) {
            // Named, not looked up in DriverManager: a container may have set DriverManager up before the webapp's
            // drivers were on its class path (Tomcat's leak prevention does), and then finds none of them.
            config.setDriverClassName(driver);
        }
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("factcheck-store");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("connecting to the database failed: " + e.getMessage(), e);
        }
        try {
            return new JdbcReviewStore(pool, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("migrating the database failed: " + e.getMessage(), e);
        }
    }

    @Override
    public StoredCheck save(String documentId, Report report) {
        Objects.requireNonNull(report, "report");
        String json = ReportJson.write(report);
        byte[] deflated = DeflatedText.deflate(json); // once, outside the transaction and its retries
        List<String> keys = report.findings().stream().map(FindingKey::of).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction(c -> insert(c, documentId, report, json, deflated, keys));
            } catch (SQLException e) {
                if (attempt == SAVE_ATTEMPTS || !RETRYABLE.contains(e.getSQLState())) {
                    throw failed(documentId == null ? "saving a check" : "saving a check of document " + documentId, e);
                }
                pause(attempt);
            }
        }
    }

    private StoredCheck insert(Connection c, String documentId, Report report, String json, byte[] deflated,
            List<String> keys) throws SQLException {
        Latest previous = documentId == null ? null : latest(c, documentId);
        String previousId = previous == null ? null : previous.id();
        List<FindingRow> before = previousId == null ? List.of() : findingRows(c, previousId);
        int[] match = FindingMatch.match(before.stream().map(FindingRow::key).toList(), keys);
        List<FindingRow> rows = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            ReportFinding f = report.findings().get(i);
            rows.add(match[i] < 0 ? FindingRow.fresh(f, keys.get(i)) : before.get(match[i]).carriedAs(f, keys.get(i)));
        }
        StoredCheck check = new StoredCheck(CHECK_IDS.next(), documentId,
                previous == null ? 1 : previous.revision() + 1, previousId, now(), report, json,
                rows.stream().map(FindingRow::stored).toList(), resolved(previousId, before, match));
        insertCheck(c, check, deflated);
        insertFindings(c, check.id(), rows);
        return check;
    }

    private static List<ResolvedFinding> resolved(String previousId, List<FindingRow> before, int[] match) {
        return FindingMatch.unmatched(before.size(), match).stream()
                .map(i -> before.get(i).resolvedIn(previousId)).toList();
    }

    private static Latest latest(Connection c, String documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, revision FROM checks WHERE document_id = ?"
                + " ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Latest(rs.getString(1), rs.getInt(2)) : null;
            }
        }
    }

    /** Inserts the row of {@code check}, whose report's JSON is saved as its {@code deflated} bytes. */
    private static void insertCheck(Connection c, StoredCheck check, byte[] deflated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO checks (id, document_id, revision, previous_id,"
                + " created_at, source, title, language, report_deflated, finding_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Report r = check.report();
            bind(ps, check.id(), check.documentId(), check.revision(), check.previousId(), time(check.createdAt()),
                    r.source(), r.document() == null ? null : r.document().title(),
                    r.document() == null ? null : r.document().language(), deflated, r.findings().size());
            ps.executeUpdate();
        }
    }

    private static void insertFindings(Connection c, String checkId, List<FindingRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO findings (check_id, seq, " + FINDING_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                FindingRow f = rows.get(i);
                bind(ps, checkId, i, f.findingId(), f.key(), f.rule(), f.text(), f.status(), f.decision().label(),
                        f.note(), f.decidedBy(), time(f.decidedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public int purge(Instant before) {
        // Every node with a retention purges, maybe at once: the checks are taken in the order of their ids, so that
        // two purges lock them in the same order, and a purge that still loses a race (a deadlock, a serialization
        // failure, H2's lock timeout) starts again; the checks the other one deleted are no longer found.
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction(c -> purge(c, before));
            } catch (SQLException e) {
                if (attempt == SAVE_ATTEMPTS || !RETRYABLE.contains(e.getSQLState())) {
                    throw failed("purging the checks saved before " + before, e);
                }
                pause(attempt);
            }
        }
    }

    private static int purge(Connection c, Instant before) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM checks WHERE created_at < ? AND (document_id"
                + " IS NULL OR revision < (SELECT MAX(n.revision) FROM checks n WHERE n.document_id = checks.document_id))"
                + " ORDER BY id")) {
            ps.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        int deleted = 0;
        for (String sql : List.of("UPDATE checks SET previous_id = NULL WHERE previous_id = ?",
                "DELETE FROM findings WHERE check_id = ?", "DELETE FROM checks WHERE id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (String id : ids) {
                    ps.setString(1, id);
                    ps.addBatch();
                }
                deleted = 0;
                for (int n : ps.executeBatch()) {
                    deleted += n == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, n);
                }
            }
        }
        return deleted; // the checks this purge deleted: not those another purge deleted first
    }

    @Override
    public Optional<StoredCheck> find(String id) {
        return inTransaction("reading check " + id, c -> {
            CheckRow row = checkRow(c, id);
            if (row == null) {
                return Optional.empty();
            }
            List<FindingRow> rows = findingRows(c, id);
            return Optional.of(new StoredCheck(row.id(), row.documentId(), row.revision(), row.previousId(),
                    row.createdAt(), ReportJson.read(row.report()), row.report(),
                    rows.stream().map(FindingRow::stored).toList(), resolvedSince(c, row.previousId(), rows)));
        });
    }

    /** What a check resolved: the same matching as when it was saved, on the previous findings' current state. */
    private static List<ResolvedFinding> resolvedSince(Connection c, String previousId, List<FindingRow> rows)
            throws SQLException {
        if (previousId == null) {
            return List.of();
        }
        List<FindingRow> before = findingRows(c, previousId);
        int[] match = FindingMatch.match(before.stream().map(FindingRow::key).toList(),
                rows.stream().map(FindingRow::key).toList());
        return resolved(previousId, before, match);
    }

    private static CheckRow checkRow(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CHECK_COLUMNS + " FROM checks WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new CheckRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        instant(rs, 5), report(rs, 6)) : null;
            }
        }
    }

    /**
     * The report of a check row whose column {@code index} is the report's text (as saved before the reports were
     * deflated) and the next its deflated bytes; one of them is null.
     */
    private static String report(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        if (text != null) {
            return text;
        }
        try {
            return DeflatedText.inflate(rs.getBytes(index + 1));
        } catch (UncheckedIOException e) {
            throw new SQLDataException("the saved report cannot be read: " + e.getCause().getMessage(), e);
        }
    }

    private static List<FindingRow> findingRows(Connection c, String checkId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FINDING_COLUMNS
                + " FROM findings WHERE check_id = ? ORDER BY seq")) {
            ps.setString(1, checkId);
            try (ResultSet rs = ps.executeQuery()) {
                List<FindingRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(findingRow(rs));
                }
                return out;
            }
        }
    }

    private static FindingRow findingRow(ResultSet rs) throws SQLException {
        return new FindingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Decision.of(rs.getString(6)), rs.getString(7), rs.getString(8), instant(rs, 9));
    }

    @Override
    public Page<CheckSummary> revisions(String documentId, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more: " + page + ", " + size);
        }
        if (documentId == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        return inTransaction("listing the revisions of document " + documentId,
                c -> new Page<>(summaries(c, documentId, page, size), page, size, count(c, documentId)));
    }

    private static long count(Connection c, String documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM checks WHERE document_id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<CheckSummary> summaries(Connection c, String documentId, int page, int size)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.document_id, c.revision, c.created_at,"
                + " c.source, c.title, c.finding_count, (SELECT COUNT(*) FROM findings f WHERE f.check_id = c.id"
                + " AND f.decision = 'open') FROM checks c WHERE c.document_id = ? ORDER BY c.revision DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            ps.setString(1, documentId);
            ps.setLong(2, (long) page * size);
            ps.setInt(3, size);
            try (ResultSet rs = ps.executeQuery()) {
                List<CheckSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new CheckSummary(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs, 4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)));
                }
                return out;
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@link Decision#OPEN} reopens the finding; {@code decidedBy} and {@code decidedAt} then name who reopened
     * it and when. The decision is also appended to the history ({@link #history}).
     *
     * @param user who takes the decision; null when the caller does not know (no sign-in), and kept so
     */
    @Override
    public StoredFinding review(String checkId, String findingId, Decision decision, String note, String user) {
        Objects.requireNonNull(decision, "decision");
        DecisionEntry entry = new DecisionEntry(checkId, findingId, decision, note, user, now());
        return inTransaction("recording a decision on " + findingId + " of check " + checkId, c -> {
            if (updateFinding(c, entry) == 0) {
                throw checkRow(c, checkId) == null ? new NoSuchElementException("no check " + checkId)
                        : new NoSuchElementException("no finding " + findingId + " in check " + checkId);
            }
            appendHistory(c, entry);
            return findingRow(c, checkId, findingId).stored();
        });
    }

    private static int updateFinding(Connection c, DecisionEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE findings SET decision = ?, note = ?, decided_by = ?,"
                + " decided_at = ? WHERE check_id = ? AND finding_id = ?")) {
            bind(ps, e.decision().label(), e.note(), e.decidedBy(), time(e.decidedAt()), e.checkId(), e.findingId());
            return ps.executeUpdate();
        }
    }

    private static void appendHistory(Connection c, DecisionEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO decisions (check_id, finding_id, decision, note,"
                + " decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            bind(ps, e.checkId(), e.findingId(), e.decision().label(), e.note(), e.decidedBy(), time(e.decidedAt()));
            ps.executeUpdate();
        }
    }

    private static FindingRow findingRow(Connection c, String checkId, String findingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FINDING_COLUMNS
                + " FROM findings WHERE check_id = ? AND finding_id = ?")) {
            ps.setString(1, checkId);
            ps.setString(2, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return findingRow(rs);
            }
        }
    }

    /**
     * Every decision taken on the findings of a check, oldest first (decisions carried into this check from earlier
     * revisions stay in those revisions' history). Empty for an unknown check.
     */
    @Override
    public List<DecisionEntry> history(String checkId) {
        return inTransaction("reading the decisions of check " + checkId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT check_id, finding_id, decision, note, decided_by,"
                    + " decided_at FROM decisions WHERE check_id = ? ORDER BY id")) {
                ps.setString(1, checkId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<DecisionEntry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new DecisionEntry(rs.getString(1), rs.getString(2), Decision.of(rs.getString(3)),
                                rs.getString(4), rs.getString(5), instant(rs, 6)));
                    }
                    return out;
                }
            }
        });
    }

    private static final String WEBHOOK_COLUMNS = "id, url, created_at, created_by, last_attempt_at, last_status,"
            + " last_error, last_delivered_at, delivered, failed, consecutive_failures";
    /** The longest error text kept for a delivery attempt (the column's size). */
    private static final int MAX_WEBHOOK_ERROR = 1000;

    @Override
    public Optional<Webhook> webhook() {
        return inTransaction("reading the webhook", c -> Optional.ofNullable(webhookRow(c, false)));
    }

    @Override
    public Webhook registerWebhook(String url, String user) {
        Objects.requireNonNull(url, "url");
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction(c -> {
                    Webhook current = webhookRow(c, true);
                    if (current != null && current.url().equals(url)) {
                        return current;
                    }
                    String sql = current == null
                            ? "INSERT INTO webhooks (id, url, created_at, created_by, delivered, failed,"
                                    + " consecutive_failures, slot) VALUES (?, ?, ?, ?, 0, 0, 0, ?)"
                            : "UPDATE webhooks SET id = ?, url = ?, created_at = ?, created_by = ?, last_attempt_at = NULL,"
                                    + " last_status = NULL, last_error = NULL, last_delivered_at = NULL, delivered = 0,"
                                    + " failed = 0, consecutive_failures = 0 WHERE slot = ?";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        bind(ps, UUID.randomUUID().toString(), url, time(now()), user, 1);
                        ps.executeUpdate();
                    }
                    return webhookRow(c, false);
                });
            } catch (SQLException e) {
                // two nodes registering at once: the loser of the insert reads the winner's row and goes again
                if (attempt == SAVE_ATTEMPTS || !RETRYABLE.contains(e.getSQLState())) {
                    throw failed("registering the webhook", e);
                }
                pause(attempt);
            }
        }
    }

    @Override
    public boolean deleteWebhook() {
        return inTransaction("deleting the webhook", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM webhooks WHERE slot = 1")) {
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void recordAttempt(String webhookId, Instant at, Integer status, String error, Webhook.Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        String counts = switch (outcome) {
            case DELIVERED -> ", last_delivered_at = ?, delivered = delivered + 1, consecutive_failures = 0";
            case FAILED -> ", failed = failed + 1, consecutive_failures = consecutive_failures + 1";
            case RETRYING -> "";
        };
        inTransaction("recording a webhook delivery", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhooks SET last_attempt_at = ?, last_status = ?,"
                    + " last_error = ?" + counts + " WHERE slot = 1 AND id = ?")) {
                OffsetDateTime when = OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
                int i = 1;
                ps.setObject(i++, when);
                if (status == null) {
                    ps.setNull(i++, Types.INTEGER);
                } else {
                    ps.setInt(i++, status);
                }
                if (error == null) {
                    ps.setNull(i++, Types.VARCHAR);
                } else {
                    ps.setString(i++, error.length() > MAX_WEBHOOK_ERROR ? error.substring(0, MAX_WEBHOOK_ERROR) : error);
                }
                if (outcome == Webhook.Outcome.DELIVERED) {
                    ps.setObject(i++, when);
                }
                ps.setString(i, webhookId);
                return ps.executeUpdate();
            }
        });
    }

    /** The webhook's row, or null; {@code lock} locks it for the rest of the transaction. */
    private static Webhook webhookRow(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + WEBHOOK_COLUMNS + " FROM webhooks WHERE slot = 1"
                + (lock ? " FOR UPDATE" : ""))) {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int status = rs.getInt(6);
                Integer lastStatus = rs.wasNull() ? null : status;
                return new Webhook(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getString(4), instant(rs, 5),
                        lastStatus, rs.getString(7), instant(rs, 8), rs.getLong(9), rs.getLong(10), rs.getInt(11));
            }
        }
    }

    @Override
    public long currentRulesGeneration() {
        return inTransaction("reading the rules' generation", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM rules_generation WHERE slot = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public RulesGeneration rulesGeneration() {
        return inTransaction("reading the rules' generation", JdbcReviewStore::rulesGenerationRow);
    }

    @Override
    public RulesGeneration bumpRulesGeneration(String by, String hash) {
        return inTransaction("recording a reload of the rules", c -> {
            // one UPDATE: the row lock makes two nodes reloading at once take two generations
            try (PreparedStatement ps = c.prepareStatement("UPDATE rules_generation SET generation = generation + 1,"
                    + " reloaded_by = ?, reloaded_at = ?, rules_hash = ? WHERE slot = 1")) {
                bind(ps, by == null ? null : by.length() > 255 ? by.substring(0, 255) : by, time(now()), hash);
                if (ps.executeUpdate() == 0) {
                    throw new SQLException("no rules_generation row (slot 1)", "02000");
                }
            }
            return rulesGenerationRow(c);
        });
    }

    private static RulesGeneration rulesGenerationRow(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT generation, reloaded_by, reloaded_at, rules_hash"
                + " FROM rules_generation WHERE slot = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new RulesGeneration(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getString(4))
                    : new RulesGeneration(0, null, null, null);
        }
    }

    /**
     * A figure of the embedded H2 database's file, as H2 lists it in {@code INFORMATION_SCHEMA.SETTINGS}
     * ({@code info.CHUNK_COUNT}, {@code info.FILE_SIZE}…): for tests.
     */
    long h2Info(String name) {
        return inTransaction("reading " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchElementException("no setting " + name);
                    }
                    return Long.parseLong(rs.getString(1));
                }
            }
        });
    }

    @Override
    public void ping() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
        } catch (SQLException e) {
            throw failed("reaching the database", e);
        }
    }

    /** Closes the connection pool when the store made it; a container's data source is left open. */
    @Override
    public void close() {
        H2Housekeeping h = housekeeping;
        if (h != null) {
            h.close();
        }
        if (pool != null) {
            pool.close();
        }
    }

    private <T> T inTransaction(String operation, SqlWork<T> work) {
        try {
            return transaction(work);
        } catch (SQLException e) {
            throw failed(operation, e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T transaction(SqlWork<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static StoreException failed(String operation, SQLException e) {
        return new StoreException(operation + " failed: " + e.getMessage(), e);
    }

    /** Waits a little, more at each attempt and at random, so that racing saves do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(50L, 5L * attempt) + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("saving a check was interrupted", null);
        }
    }

    /** Now, to the microsecond: what both H2 and PostgreSQL keep of a timestamp. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A moment as a statement parameter: a UTC timestamp, or {@link #NO_TIME} for none. */
    private static Object time(Instant t) {
        return t == null ? NO_TIME : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    /**
     * Sets the parameters of {@code ps} in order: strings (null for a missing text), ints, longs, byte arrays and the
     * values of {@link #time}.
     */
    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == NO_TIME) {
                ps.setNull(i + 1, Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (v == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (v instanceof String || v instanceof Integer || v instanceof Long || v instanceof OffsetDateTime
                    || v instanceof byte[]) {
                ps.setObject(i + 1, v);
            } else {
                throw new IllegalArgumentException("no statement parameter for a " + v.getClass().getSimpleName());
            }
        }
    }

    private static Instant instant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Work done on one connection, inside a transaction. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private record Latest(String id, int revision) {
    }

    private record CheckRow(String id, String documentId, int revision, String previousId, Instant createdAt,
                            String report) {
    }

    /** The driver class of the databases the WAR ships a driver for, or null for another URL. */
    static String driverFor(String url) {
        return url.startsWith("jdbc:h2:") ? "org.h2.Driver" : url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
    }
}
