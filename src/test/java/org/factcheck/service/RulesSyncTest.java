package org.factcheck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.factcheck.HandClock;
import org.factcheck.TestSupport;
import org.factcheck.core.Checker;
import org.factcheck.store.RulesGeneration;
import org.factcheck.store.RulesGenerationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node following the rules' generation that the nodes share, on a store kept in memory. */
class RulesSyncTest {
    @TempDir
    Path temp;

    /** The shared row, as the database keeps it. */
    private static final class MemoryGenerations implements RulesGenerationStore {
        private RulesGeneration current = new RulesGeneration(0, null, null, null);
        int reads;

        @Override
        public synchronized long currentRulesGeneration() {
            reads++;
            return current.generation();
        }

        @Override
        public synchronized RulesGeneration rulesGeneration() {
            return current;
        }

        @Override
        public synchronized RulesGeneration bumpRulesGeneration(String by, String hash) {
            current = new RulesGeneration(current.generation() + 1, by, Instant.now(), hash);
            return current;
        }
    }

    private static CheckService service(Path rules) throws Exception {
        return new CheckService(Checker.open(rules), null, Duration.ZERO, new HandClock());
    }

    @Test
    void theHashOfARulesFolderIsItsContentsWhereverItLies() throws Exception {
        Path a = TestSupport.copyOfRules(temp.resolve("a"));
        Path b = TestSupport.copyOfRules(temp.resolve("b"));
        assertEquals(RulesSync.hash(a), RulesSync.hash(b));
        assertEquals(64, RulesSync.hash(a).length());
        Files.writeString(b.resolve("fr/messages.properties"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(RulesSync.hash(a), RulesSync.hash(b));
        Files.move(a.resolve("quote.drl"), a.resolve("quote2.drl"));
        assertNotEquals(RulesSync.hash(TestSupport.copyOfRules(temp.resolve("c"))), RulesSync.hash(a),
                "a renamed file changes the hash");
        assertNull(RulesSync.hash(null), "the packaged rules have no folder");
    }

    @Test
    void aNodeReloadsWhenAnotherMovedTheGenerationAndOnlyThen() throws Exception {
        Path rules = TestSupport.copyOfRules(temp.resolve("rules"));
        MemoryGenerations shared = new MemoryGenerations();
        CheckService a = service(rules);
        CheckService b = service(rules);
        RulesSync onA = new RulesSync(a, shared, rules);
        RulesSync onB = new RulesSync(b, shared, rules);
        Checker bBefore = b.checker();
        int reads = shared.reads;
        assertFalse(onB.poll(), "nothing moved");
        assertEquals(reads + 1, shared.reads, "a poll that finds nothing new is one read of the counter");
        assertSame(bBefore, b.checker());

        a.reload();
        RulesGeneration g = onA.published("admin");
        assertEquals(1, g.generation());
        assertEquals(RulesSync.hash(rules), g.rulesHash());
        assertEquals("admin", g.reloadedBy());
        Checker aAfter = a.checker();
        assertFalse(onA.poll(), "a node does not reload again for its own reload");
        assertSame(aAfter, a.checker());

        assertTrue(onB.poll());
        assertNotSame(bBefore, b.checker(), "node B reloaded");
        assertEquals(1, onB.generation());
        Checker bAfter = b.checker();
        assertFalse(onB.poll(), "once per generation");
        assertSame(bAfter, b.checker());

        // A node that read generation 0 before compiling its folder, while node A reloaded, follows at its first poll.
        RulesSync started = new RulesSync(b, shared, rules, 0);
        assertTrue(started.poll());
        assertEquals(1, started.generation());
    }

    @Test
    void aNodeWhoseFolderDiffersStillReloadsAndOneThatDoesNotCompileKeepsItsRules() throws Exception {
        Path rulesA = TestSupport.copyOfRules(temp.resolve("a"));
        Path rulesB = TestSupport.copyOfRules(temp.resolve("b"));
        MemoryGenerations shared = new MemoryGenerations();
        CheckService b = service(rulesB);
        RulesSync onA = new RulesSync(service(rulesA), shared, rulesA);
        RulesSync onB = new RulesSync(b, shared, rulesB);

        Files.writeString(rulesA.resolve("fr/messages.properties"), "\n", java.nio.file.StandardOpenOption.APPEND);
        onA.published("admin");
        Checker before = b.checker();
        assertTrue(onB.poll(), "a different folder is warned about, and reloaded");
        assertNotSame(before, b.checker());

        Files.writeString(rulesB.resolve("broken.drl"), "rule \"broken\" when this is not drl");
        onA.published("admin");
        Checker kept = b.checker();
        assertTrue(onB.poll());
        assertSame(kept, b.checker(), "a folder that does not compile leaves the rules in force");
        assertEquals(2, onB.generation());
        assertFalse(onB.poll(), "and is not compiled again until the next generation");
    }
}
