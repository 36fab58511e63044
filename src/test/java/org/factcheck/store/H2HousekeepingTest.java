package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.factcheck.core.report.Report;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's housekeeping while commits keep coming: it leaves the chunks alone up to its bound, and
 * rewrites past it. (Quiet rounds, and what the file and its chunks come to: {@code H2ReviewStoreTest}.) H2's
 * retention time is 0 here, so that a chunk may be rewritten at once rather than after 45 s.
 */
class H2HousekeepingTest {
    private static final Report REPORT = Drafts.check(Drafts.FIRST);

    @Test
    void underLoadTheChunksAreRewrittenOncePastTheBound(@TempDir Path data) {
        long[] chunks = saveWhileHousekeeping(data, 10, 300, 1_500);
        assertTrue(chunks[1] < 800, "the most chunks seen with a bound of 300: " + chunks[1]);
    }

    /**
     * Past the bound a round rewrites as many bytes as the commits since the round before call for, not the whole
     * limit at each round: the chunks it rewrote stay counted for H2's retention time, and each round of it took the
     * limit again.
     */
    @Test
    void pastTheBoundARoundRewritesForTheCommitsSinceTheLast() {
        int perCommit = H2Housekeeping.BUSY_BYTES_PER_COMMIT;
        int full = H2Housekeeping.BUSY_WRITE_LIMIT;
        assertEquals(perCommit, H2Housekeeping.busyLimit(0, full), "a commit's worth at least");
        assertEquals(perCommit, H2Housekeeping.busyLimit(1, full));
        assertEquals(60 * perCommit, H2Housekeeping.busyLimit(60, full), "a fifth of a second of 300 checks a second");
        assertTrue(H2Housekeeping.busyLimit(60, full) < full);
        assertEquals(full, H2Housekeeping.busyLimit(10_000, full));
        assertEquals(full, H2Housekeeping.busyLimit(Long.MAX_VALUE, full), "no overflow");
    }

    /** The first round past the bound rewrites a little, each one after it twice as much, up to what commits ask. */
    @Test
    void pastTheBoundTheRoundsGrowFromASmallFirstOne() {
        int first = H2Housekeeping.BUSY_FIRST_LIMIT;
        int perCommit = H2Housekeeping.BUSY_BYTES_PER_COMMIT;
        assertTrue(first < 60 * perCommit, "the first round is smaller than a busy fifth of a second asks");
        int limit = 0;
        int[] rounds = new int[8];
        for (int i = 0; i < rounds.length; i++) {
            limit = H2Housekeeping.busyLimit(60, limit);
            rounds[i] = limit;
        }
        assertEquals(first, rounds[0]);
        assertEquals(2 * first, rounds[1]);
        assertEquals(4 * first, rounds[2]);
        assertEquals(60 * perCommit, rounds[rounds.length - 1], "then what the commits ask");
        assertEquals(perCommit, H2Housekeeping.busyLimit(1, 0), "a first round is not more than the commits ask");
        assertEquals(H2Housekeeping.BUSY_WRITE_LIMIT, H2Housekeeping.busyLimit(Long.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void underLoadTheChunksAreLeftAloneUpToTheBound(@TempDir Path data) {
        long[] chunks = saveWhileHousekeeping(data, 100, 1_000_000, 1_500);
        // Many commits leave their chunk (a page of it stays live): 700 to 940 of these 1,500 with none rewritten,
        // where a bound of 300 keeps about 300.
        assertTrue(chunks[0] > 500, "chunks after 1,500 saves, none rewritten while saving: " + chunks[0]);
    }

    /**
     * Saves {@code saves} checks in a row while the housekeeping runs on the same database with the interval and
     * bound given; gives the chunk count at the end and the most seen at each hundredth save. Every save is there.
     */
    private static long[] saveWhileHousekeeping(Path data, long intervalMs, int bound, int saves) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(JdbcReviewStore.h2Url(data) + ";RETENTION_TIME=0");
        ds.setUser("sa");
        ds.setPassword("");
        long most = 0;
        try (JdbcReviewStore s = JdbcReviewStore.h2(data, ";RETENTION_TIME=0", 0);
             H2Housekeeping h = H2Housekeeping.start(ds, intervalMs, bound)) {
            assertNotNull(h, "this H2 can be asked to rewrite its chunks");
            for (int i = 1; i <= saves; i++) {
                s.save("doc-" + (i % 10), REPORT);
                if (i % 100 == 0) {
                    most = Math.max(most, s.h2Info("info.CHUNK_COUNT"));
                }
            }
            assertEquals(saves / 10, s.revisions("doc-0", 0, 1).total());
            System.out.printf("bound %d: %d chunks at the end, at most %d%n", bound, s.h2Info("info.CHUNK_COUNT"),
                    most);
            return new long[] {s.h2Info("info.CHUNK_COUNT"), most};
        }
    }
}
