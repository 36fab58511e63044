package org.factcheck.service.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.factcheck.store.StoredCheck;
import org.factcheck.store.Webhook;
import org.factcheck.store.WebhookStore;
import org.junit.jupiter.api.Test;

/** The bounded queue: a full one drops and counts, never blocks the caller; stopping does not wait for a stuck delivery. */
class WebhookQueueTest {
    /** A store whose reading of the webhook waits until released: deliveries stay in flight. */
    static final class StuckStore implements WebhookStore {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Optional<Webhook> webhook() {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }

        @Override
        public Webhook registerWebhook(String url, String user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean deleteWebhook() {
            return false;
        }

        @Override
        public void recordAttempt(String webhookId, Instant at, Integer status, String error, Webhook.Outcome outcome) {
        }
    }

    private static StoredCheck check(int i) {
        return new StoredCheck("check-" + i, null, 1, null, Instant.now(), null, List.of(), List.of());
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlocking() throws Exception {
        StuckStore store = new StuckStore();
        Webhooks hooks = new Webhooks(store, new WebhookSettings("0123456789abcdef", 3, 10, 1000, 2));
        try {
            hooks.checkStored(check(0), "/api/checks/check-0");
            assertTrue(store.entered.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            for (int i = 1; i <= 5; i++) {
                hooks.checkStored(check(i), "/api/checks/check-" + i);
            }
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "queuing never waits");
            assertEquals(4, hooks.dropped(), "two places: one in flight, one waiting; the four others dropped");
            assertEquals(new Webhooks.NodeState(2, 2, 4), hooks.nodeState());
            store.release.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (hooks.nodeState().queued() > 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertEquals(0, hooks.nodeState().queued(), "no webhook registered: both done, their places free");
        } finally {
            store.release.countDown();
            hooks.close();
        }
    }

    @Test
    void stoppingInterruptsAStuckDeliveryAndRefusesNewOnes() throws Exception {
        StuckStore store = new StuckStore();
        Webhooks hooks = new Webhooks(store, new WebhookSettings("0123456789abcdef", 3, 10, 1000, 10));
        hooks.checkStored(check(0), "/api/checks/check-0");
        assertTrue(store.entered.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        hooks.close();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "close does not wait for ever");
        hooks.checkStored(check(1), "/api/checks/check-1");
        assertEquals(0, hooks.dropped(), "after close, nothing is queued nor counted");
    }
}
