package org.factcheck.service.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.factcheck.core.report.DocumentInfo;
import org.factcheck.core.report.Report;
import org.factcheck.store.StoredCheck;
import org.factcheck.store.Webhook;
import org.factcheck.store.WebhookStore;
import org.junit.jupiter.api.Test;

/**
 * The bounded queue: a full one drops and counts, never blocks the caller; stopping does not wait for a stuck delivery;
 * the HTTP client is made only when a delivery is attempted.
 */
class WebhookQueueTest {
    /** A store of one webhook (its {@link #webhook} the subclass's) that records each attempt's outcome. */
    abstract static class TestStore implements WebhookStore {
        final BlockingQueue<Webhook.Outcome> outcomes = new LinkedBlockingQueue<>();

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
            outcomes.add(outcome);
        }
    }

    /** A store whose reading of the webhook waits until released: deliveries stay in flight. */
    static final class StuckStore extends TestStore {
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
    }

    private static StoredCheck check(int i) {
        return new StoredCheck("check-" + i, null, 1, null, Instant.now(), null, null, List.of(), List.of());
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
            awaitEmpty(hooks); // no webhook registered: both done, their places free
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

    /** A store with {@code url} registered, or none when null. */
    private static final class RegisteredStore extends TestStore {
        final Webhook hook;

        RegisteredStore(String url) {
            hook = url == null ? null
                    : new Webhook("hook-1", url, Instant.now(), "admin", null, null, null, null, 0, 0, 0);
        }

        @Override
        public Optional<Webhook> webhook() {
            return Optional.ofNullable(hook);
        }
    }

    /** Waits (10 s at most) until {@code hooks} holds no delivery, and fails if it still does. */
    private static void awaitEmpty(Webhooks hooks) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hooks.nodeState().queued() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(0, hooks.nodeState().queued(), "every delivery done, its place free");
    }

    @Test
    void theHttpClientIsMadeForTheFirstDeliveryOnly() throws Exception {
        // no webhook registered: checks are stored, nothing is sent, and Java's HTTP client (and its TLS) never loads
        try (Webhooks hooks = new Webhooks(new RegisteredStore(null), new WebhookSettings("0123456789abcdef", 3, 10,
                1000, 10))) {
            for (int i = 0; i < 3; i++) {
                hooks.checkStored(check(i), "/api/checks/check-" + i);
            }
            awaitEmpty(hooks);
            assertFalse(hooks.clientMade(), "no webhook, no client");
        }
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        RegisteredStore store = new RegisteredStore(
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        try (Webhooks hooks = new Webhooks(store, new WebhookSettings("0123456789abcdef", 3, 10, 5000, 10))) {
            assertFalse(hooks.clientMade(), "made at the first attempt, not before");
            DocumentInfo info = new DocumentInfo(null, "en", "option", "2026-03-04", "option", "text/plain", null, 3,
                    null, null);
            Report report = new Report("draft.txt", info, "A short draft.", List.of(), List.of(), List.of(), List.of(),
                    List.of());
            hooks.checkStored(new StoredCheck("check-7", "doc-7", 1, null, Instant.now(), report, null, List.of(), List.of()),
                    "/api/checks/check-7");
            String body = received.poll(10, TimeUnit.SECONDS);
            assertTrue(body != null && body.contains("check-7"), "delivered: " + body);
            assertEquals(Webhook.Outcome.DELIVERED, store.outcomes.poll(10, TimeUnit.SECONDS));
            assertTrue(hooks.clientMade());
        } finally {
            receiver.stop(0);
        }
    }
}
