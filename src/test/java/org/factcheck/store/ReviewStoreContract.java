package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database must give the review store. A subclass says how to open a store on its database;
 * each test works on documents of its own, so the tests may share one database.
 */
abstract class ReviewStoreContract {
    private static Report first;
    private static Report second;

    protected JdbcReviewStore store;
    private String document;

    /** A new store on the test database: the same data as any store opened before. */
    protected abstract JdbcReviewStore open();

    /** A connection of the test's own to the test database, beside the store's. */
    protected abstract Connection connect() throws SQLException;

    @BeforeAll
    static void reports() {
        first = Drafts.check(Drafts.FIRST);
        second = Drafts.check(Drafts.SECOND);
    }

    @BeforeEach
    void openStore() {
        store = open();
        document = "doc-" + UUID.randomUUID();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static ReportFinding finding(Report report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static StoredFinding state(StoredCheck check, String findingId) {
        return check.findings().stream().filter(f -> f.findingId().equals(findingId)).findFirst().orElseThrow();
    }

    @Test
    void theReportIsStoredWholeAndReadBackEqual() {
        assertFalse(first.persons().isEmpty() || first.dates().isEmpty() || first.figures().isEmpty());
        assertNotNull(first.quotes().get(0).speaker());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StoredCheck saved = store.save(document, first);
        StoredCheck found = store.find(saved.id()).orElseThrow();
        assertEquals(first, found.report());
        assertEquals(saved, found);
        assertEquals(1, found.revision());
        assertNull(found.previousId());
        assertFalse(found.createdAt().isBefore(before));
        assertEquals(first.findings().stream().map(ReportFinding::id).toList(),
                found.findings().stream().map(StoredFinding::findingId).toList());
        for (StoredFinding f : found.findings()) {
            assertEquals("new", f.status());
            assertEquals(Decision.OPEN, f.decision());
            assertNull(f.decidedBy());
        }
    }

    /**
     * A report is saved deflated, and one saved as text before reports were (schema 5) still reads; a row needs one
     * or the other.
     */
    @Test
    void theReportIsSavedDeflatedAndOneSavedAsTextStillReads() throws SQLException {
        StoredCheck saved = store.save(document, first);
        try (Connection c = connect()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT report, report_deflated FROM checks WHERE id = ?")) {
                ps.setString(1, saved.id());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertNull(rs.getString(1), "no text");
                    byte[] deflated = rs.getBytes(2);
                    String json = ReportJson.write(first);
                    assertEquals(json, DeflatedText.inflate(deflated));
                    assertTrue(deflated.length * 2 < json.getBytes(StandardCharsets.UTF_8).length, deflated.length
                            + " bytes deflated");
                }
            }
            update(c, "UPDATE checks SET report = ?, report_deflated = NULL WHERE id = ?", ReportJson.write(second),
                    saved.id());
            assertEquals(second, store.find(saved.id()).orElseThrow().report(), "the text, as saved before");
            assertThrows(SQLException.class, () -> update(c, "UPDATE checks SET report = NULL WHERE id = ?",
                    saved.id()), "neither text nor bytes");
            update(c, "UPDATE checks SET report = NULL, report_deflated = ? WHERE id = ?", new byte[] {1, 2, 3},
                    saved.id());
        }
        StoreException damaged = assertThrows(StoreException.class, () -> store.find(saved.id()));
        assertTrue(damaged.getMessage().contains("the saved report cannot be read"), damaged.getMessage());
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    void revisionsAreNumberedFromOneAndListedNewestFirstByPage() {
        List<StoredCheck> saved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            saved.add(store.save(document, i % 2 == 0 ? first : second));
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, saved.get(i).revision());
            assertEquals(i == 0 ? null : saved.get(i - 1).id(), saved.get(i).previousId());
        }
        Page<CheckSummary> page0 = store.revisions(document, 0, 2);
        assertEquals(5, page0.total());
        assertEquals(List.of(5, 4), page0.items().stream().map(CheckSummary::revision).toList());
        assertEquals(List.of(1), store.revisions(document, 2, 2).items().stream().map(CheckSummary::revision).toList());
        assertTrue(store.revisions(document, 3, 2).items().isEmpty());
        CheckSummary newest = page0.items().get(0);
        assertEquals(saved.get(4).id(), newest.id());
        assertEquals(document, newest.documentId());
        assertEquals(saved.get(4).createdAt(), newest.createdAt());
        assertEquals("draft.txt", newest.source());
        assertEquals(first.findings().size(), newest.findings());
        assertEquals(first.findings().size(), newest.open());
    }

    @Test
    void aPurgeDeletesOldChecksButEachDocumentsNewestRevisionAndKeepsTheDecisions() {
        StoredCheck alone = store.save(null, first);
        StoredCheck r1 = store.save(document, first);
        String finding = r1.findings().get(0).findingId();
        store.review(r1.id(), finding, Decision.ACCEPTED, "vérifié", "editor");
        StoredCheck r2 = store.save(document, second);
        StoredCheck r3 = store.save(document, first);
        // Everything saved before the newest revision is old: the standalone check and revisions 1 and 2 go.
        int purged = store.purge(r3.createdAt());
        assertTrue(purged >= 3, "purged " + purged);
        assertTrue(store.find(alone.id()).isEmpty());
        assertTrue(store.find(r1.id()).isEmpty());
        assertTrue(store.find(r2.id()).isEmpty());
        StoredCheck kept = store.find(r3.id()).orElseThrow();
        assertNull(kept.previousId(), "the previous revision is gone");
        assertEquals(List.of(3), store.revisions(document, 0, 10).items().stream().map(CheckSummary::revision).toList());
        // The decision taken on revision 1 outlives it, as history.
        assertEquals(List.of(Decision.ACCEPTED), store.history(r1.id()).stream().map(DecisionEntry::decision).toList());
        // The newest revision stays, whatever its age.
        assertEquals(0, store.purge(r3.createdAt().plusSeconds(86_400)));
        assertTrue(store.find(r3.id()).isPresent());
        StoredCheck r4 = store.save(document, second);
        assertEquals(4, r4.revision(), "revisions go on numbering after a purge");
    }

    @Test
    void purgesRunAtOnceByTwoNodesBothSucceedAndLeaveEachDocumentsNewestRevision() throws Exception {
        List<String> documents = new ArrayList<>();
        List<String> old = new ArrayList<>();
        List<String> newest = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            String doc = document + "-" + d;
            documents.add(doc);
            for (int r = 0; r < 3; r++) {
                old.add(store.save(doc, r % 2 == 0 ? first : second).id());
            }
            newest.add(store.save(doc, first).id());
        }
        Instant before = Instant.now().plusSeconds(86_400);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try (JdbcReviewStore other = open()) {
            Future<Integer> onThis = pool.submit(() -> {
                go.await();
                return store.purge(before);
            });
            Future<Integer> onOther = pool.submit(() -> {
                go.await();
                return other.purge(before);
            });
            go.countDown();
            int purged = onThis.get() + onOther.get();
            assertTrue(purged >= old.size(), "purged " + purged + ", each old check once");
        } finally {
            pool.shutdownNow();
        }
        for (String id : old) {
            assertTrue(store.find(id).isEmpty(), id);
        }
        for (int d = 0; d < documents.size(); d++) {
            StoredCheck kept = store.find(newest.get(d)).orElseThrow();
            assertEquals(4, kept.revision());
            assertNull(kept.previousId());
            assertEquals(5, store.save(documents.get(d), second).revision());
        }
    }

    @Test
    void aCheckWithoutDocumentStandsAlone() {
        StoredCheck a = store.save(null, first);
        StoredCheck b = store.save(null, first);
        assertEquals(1, a.revision());
        assertEquals(1, b.revision());
        assertNull(b.previousId());
        assertTrue(b.resolved().isEmpty());
        assertEquals(0, store.revisions(null, 0, 10).total());
        assertThrows(IllegalArgumentException.class, () -> store.revisions(document, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> store.revisions(document, 0, 0));
    }

    @Test
    void aDecisionIsRecordedWithWhoTookItAndWhenAndKeptInTheHistory() {
        StoredCheck check = store.save(document, first);
        String id = finding(first, "duplicate.sentence").id();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StoredFinding dismissed = store.review(check.id(), id, Decision.DISMISSED, "répétition voulue", "alice");
        Instant after = Instant.now();
        assertEquals(Decision.DISMISSED, dismissed.decision());
        assertEquals("répétition voulue", dismissed.note());
        assertEquals("alice", dismissed.decidedBy());
        assertFalse(dismissed.decidedAt().isBefore(before) || dismissed.decidedAt().isAfter(after));
        assertEquals(dismissed, state(store.find(check.id()).orElseThrow(), id));
        assertEquals(first.findings().size() - 1, store.revisions(document, 0, 1).items().get(0).open());

        StoredFinding reopened = store.review(check.id(), id, Decision.OPEN, null, "bob");
        assertEquals(Decision.OPEN, reopened.decision());
        assertEquals("bob", reopened.decidedBy());
        assertNull(reopened.note());
        assertEquals(List.of(
                new DecisionEntry(check.id(), id, Decision.DISMISSED, "répétition voulue", "alice",
                        dismissed.decidedAt()),
                new DecisionEntry(check.id(), id, Decision.OPEN, null, "bob", reopened.decidedAt())),
                store.history(check.id()));
    }

    @Test
    void aDecisionWithoutKnownUserIsKeptWithoutName() {
        StoredCheck check = store.save(document, first);
        StoredFinding accepted = store.review(check.id(), "f1", Decision.ACCEPTED, null, null);
        assertEquals(Decision.ACCEPTED, accepted.decision());
        assertNull(accepted.decidedBy());
        assertNotNull(accepted.decidedAt());
        assertEquals(1, store.history(check.id()).size());
    }

    @Test
    void aRevisionCarriesTheDecisionsOfTheSameFindingsAndListsWhatItResolved() {
        StoredCheck v1 = store.save(document, first);
        ReportFinding spelling = finding(first, "spelling.variant");
        ReportFinding duplicate = finding(first, "duplicate.sentence");
        StoredFinding dismissed = store.review(v1.id(), duplicate.id(), Decision.DISMISSED, "voulu", "alice");
        store.review(v1.id(), spelling.id(), Decision.ACCEPTED, null, "bob");

        StoredCheck v2 = store.save(document, second);
        assertEquals(2, v2.revision());
        assertEquals(v1.id(), v2.previousId());
        ReportFinding moved = finding(second, "duplicate.sentence");
        assertTrue(moved.start() != duplicate.start(), "the repeated sentence moved");
        StoredFinding carried = state(v2, moved.id());
        assertEquals(new StoredFinding(moved.id(), FindingKey.of(duplicate), "carried", Decision.DISMISSED, "voulu",
                "alice", dismissed.decidedAt()), carried);
        StoredFinding weekday = state(v2, finding(second, "date.weekday").id());
        assertEquals("new", weekday.status());
        assertEquals(Decision.OPEN, weekday.decision());
        assertEquals(List.of(new ResolvedFinding(v1.id(), spelling.id(), "spelling.variant", "Etats-Unis",
                Decision.ACCEPTED)), v2.resolved());
        assertEquals(v2, store.find(v2.id()).orElseThrow());
        assertTrue(store.history(v2.id()).isEmpty(), "carrying a decision is not taking one");
    }

    @Test
    void findingsWithOneKeyAreCarriedOneToOne() {
        String sentence = "Les négociations reprendront la semaine prochaine à Genève selon les diplomates.";
        Report three = Drafts.check(Drafts.repeated(sentence, 3));
        Report two = Drafts.check(Drafts.repeated(sentence, 2));
        List<String> keys = three.findings().stream().map(FindingKey::of).distinct().toList();
        assertEquals(2, three.findings().size());
        assertEquals(1, keys.size(), "both repetitions flag the same text against the same sentence");
        StoredCheck v1 = store.save(document, three);
        store.review(v1.id(), three.findings().get(0).id(), Decision.DISMISSED, "first", "alice");
        store.review(v1.id(), three.findings().get(1).id(), Decision.ACCEPTED, "second", "alice");

        StoredCheck v2 = store.save(document, two);
        assertEquals(1, v2.findings().size());
        assertEquals("first", v2.findings().get(0).note());
        assertEquals(List.of(three.findings().get(1).id()),
                v2.resolved().stream().map(ResolvedFinding::findingId).toList());
    }

    @Test
    void unknownChecksAndFindingsAreNoSuchElement() {
        StoredCheck check = store.save(document, first);
        assertTrue(store.find("no-such-check").isEmpty());
        assertThrows(NoSuchElementException.class,
                () -> store.review("no-such-check", "f1", Decision.ACCEPTED, null, "alice"));
        assertThrows(NoSuchElementException.class,
                () -> store.review(check.id(), "f999", Decision.ACCEPTED, null, "alice"));
        assertTrue(store.history(check.id()).isEmpty());
    }

    @Test
    void everythingSurvivesClosingAndReopeningTheStore() {
        store.save(document, first);
        StoredCheck v2 = store.save(document, second);
        store.review(v2.id(), v2.findings().get(0).findingId(), Decision.ACCEPTED, "ok", "alice");
        StoredCheck before = store.find(v2.id()).orElseThrow();
        List<DecisionEntry> history = store.history(v2.id());
        Page<CheckSummary> revisions = store.revisions(document, 0, 10);
        store.close();

        store = open();
        assertEquals(before, store.find(v2.id()).orElseThrow());
        assertEquals(history, store.history(v2.id()));
        assertEquals(revisions, store.revisions(document, 0, 10));
        assertEquals(3, store.save(document, first).revision());
    }

    @Test
    void concurrentSavesOfOneDocumentTakeDistinctConsecutiveRevisions() throws Exception {
        int threads = 6;
        int each = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<StoredCheck>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Report report = t % 2 == 0 ? first : second;
                Callable<List<StoredCheck>> saves = () -> {
                    start.await();
                    List<StoredCheck> out = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        out.add(store.save(document, report));
                    }
                    return out;
                };
                futures.add(pool.submit(saves));
            }
            start.countDown();
            Map<Integer, StoredCheck> byRevision = new HashMap<>();
            for (Future<List<StoredCheck>> f : futures) {
                f.get(2, TimeUnit.MINUTES).forEach(c -> assertNull(byRevision.put(c.revision(), c)));
            }
            List<Integer> revisions = new ArrayList<>(byRevision.keySet());
            Collections.sort(revisions);
            assertEquals(IntStream.rangeClosed(1, threads * each).boxed().toList(), revisions);
            for (int r = 2; r <= threads * each; r++) {
                assertEquals(byRevision.get(r - 1).id(), byRevision.get(r).previousId());
            }
            assertEquals(threads * each, store.revisions(document, 0, 1).total());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWebhookIsRegisteredReadReplacedAndDeleted() {
        store.deleteWebhook();
        assertTrue(store.webhook().isEmpty());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Webhook hook = store.registerWebhook("https://cms.example.org/hooks/factcheck", "admin-token");
        assertEquals("https://cms.example.org/hooks/factcheck", hook.url());
        assertEquals("admin-token", hook.createdBy());
        assertFalse(hook.createdAt().isBefore(before));
        assertNull(hook.lastAttemptAt());
        assertNull(hook.lastStatus());
        assertEquals(0, hook.delivered() + hook.failed() + hook.consecutiveFailures());
        assertEquals(hook, store.webhook().orElseThrow());

        store.recordAttempt(hook.id(), Instant.now(), 200, null, Webhook.Outcome.DELIVERED);
        Webhook same = store.registerWebhook("https://cms.example.org/hooks/factcheck", "alice");
        assertEquals(hook.id(), same.id(), "the same URL again keeps its registration");
        assertEquals(1, same.delivered());
        assertEquals("admin-token", same.createdBy());

        Webhook other = store.registerWebhook("http://127.0.0.1:9/other", null);
        assertFalse(other.id().equals(hook.id()), "another URL is a new registration");
        assertEquals(0, other.delivered());
        assertNull(other.createdBy());
        // an attempt still under way for the old URL records nothing on the new one
        store.recordAttempt(hook.id(), Instant.now(), 500, "HTTP 500", Webhook.Outcome.FAILED);
        assertEquals(other, store.webhook().orElseThrow());

        assertTrue(store.deleteWebhook());
        assertFalse(store.deleteWebhook());
        assertTrue(store.webhook().isEmpty());
        store.recordAttempt(other.id(), Instant.now(), 200, null, Webhook.Outcome.DELIVERED);
        assertTrue(store.webhook().isEmpty());
    }

    @Test
    void deliveryAttemptsAreCountedAndSurviveReopening() {
        store.deleteWebhook();
        Webhook hook = store.registerWebhook("https://cms.example.org/in", "admin");
        Instant t1 = Instant.parse("2026-01-02T03:04:05.123456Z");
        store.recordAttempt(hook.id(), t1, null, "connection refused", Webhook.Outcome.RETRYING);
        Webhook retrying = store.webhook().orElseThrow();
        assertEquals(t1, retrying.lastAttemptAt());
        assertNull(retrying.lastStatus());
        assertEquals("connection refused", retrying.lastError());
        assertEquals(0, retrying.failed());

        store.recordAttempt(hook.id(), t1.plusSeconds(1), 503, "HTTP 503", Webhook.Outcome.FAILED);
        store.recordAttempt(hook.id(), t1.plusSeconds(2), 400, "HTTP 400", Webhook.Outcome.FAILED);
        Webhook failing = store.webhook().orElseThrow();
        assertEquals(400, failing.lastStatus());
        assertEquals(2, failing.failed());
        assertEquals(2, failing.consecutiveFailures());
        assertNull(failing.lastDeliveredAt());

        store.recordAttempt(hook.id(), t1.plusSeconds(3), 204, null, Webhook.Outcome.DELIVERED);
        store.recordAttempt(hook.id(), t1.plusSeconds(4), 500, "x".repeat(5000), Webhook.Outcome.RETRYING);
        Webhook after = store.webhook().orElseThrow();
        assertEquals(1, after.delivered());
        assertEquals(2, after.failed());
        assertEquals(0, after.consecutiveFailures());
        assertEquals(t1.plusSeconds(3), after.lastDeliveredAt());
        assertEquals(500, after.lastStatus());
        assertEquals(1000, after.lastError().length(), "a long error is cut to the column's size");

        store.close();
        store = open();
        assertEquals(after, store.webhook().orElseThrow());
        store.deleteWebhook();
    }

    @Test
    void nodesRegisteringAtOnceLeaveOneWebhook() throws Exception {
        store.deleteWebhook();
        int nodes = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Webhook>> futures = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                String url = "https://cms.example.org/hook/" + n;
                futures.add(pool.submit(() -> {
                    start.await();
                    return store.registerWebhook(url, "admin");
                }));
            }
            start.countDown();
            List<String> urls = new ArrayList<>();
            for (Future<Webhook> f : futures) {
                urls.add(f.get(1, TimeUnit.MINUTES).url());
            }
            Webhook last = store.webhook().orElseThrow();
            assertTrue(urls.contains(last.url()), last.url());
        } finally {
            pool.shutdownNow();
            store.deleteWebhook();
        }
    }

    @Test
    void pingFailsOnceTheStoreIsClosed() {
        store.ping();
        store.close();
        StoreException e = assertThrows(StoreException.class, store::ping);
        assertTrue(e.getMessage().startsWith("reaching the database failed"), e.getMessage());
    }

    @Test
    void aReloadBumpsTheRulesGenerationThatEveryStoreOnTheDatabaseReads() {
        long before = store.currentRulesGeneration();
        RulesGeneration bumped = store.bumpRulesGeneration("admin", "ab".repeat(32));
        assertEquals(before + 1, bumped.generation());
        assertEquals("admin", bumped.reloadedBy());
        assertEquals("ab".repeat(32), bumped.rulesHash());
        assertNotNull(bumped.reloadedAt());
        try (JdbcReviewStore other = open()) {
            assertEquals(before + 1, other.currentRulesGeneration());
            assertEquals(bumped, other.rulesGeneration());
        }
        RulesGeneration anonymous = store.bumpRulesGeneration(null, null);
        assertEquals(before + 2, anonymous.generation());
        assertNull(anonymous.reloadedBy());
        assertNull(anonymous.rulesHash());
    }

    @Test
    void reloadsRecordedAtOnceTakeOneGenerationEach() throws Exception {
        long before = store.currentRulesGeneration();
        int threads = 4;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (JdbcReviewStore other = open()) {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbcReviewStore on = t % 2 == 0 ? store : other;
                results.add(pool.submit(() -> {
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        got.add(on.bumpRulesGeneration("node", null).generation());
                    }
                    return got;
                }));
            }
            java.util.Set<Long> all = new java.util.TreeSet<>();
            for (Future<List<Long>> f : results) {
                all.addAll(f.get());
            }
            assertEquals(threads * each, all.size(), "no generation taken twice: " + all);
            assertEquals(before + threads * each, store.currentRulesGeneration());
        } finally {
            pool.shutdownNow();
        }
    }
}
