package org.factcheck.service.hook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.factcheck.store.StoreException;
import org.factcheck.store.StoredCheck;
import org.factcheck.store.Webhook;
import org.factcheck.store.WebhookStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's webhook: its registration (one per service, in the store, shared by every node on the database) and
 * the delivery of each stored check's summary to it.
 *
 * <p>{@link #checkStored} never blocks: it takes one of {@code queue} places and hands the delivery to two
 * background threads, or, when every place is taken, drops it with a log line and counts it ({@link #dropped}). A
 * delivery reads the registered webhook when it starts (none: nothing to do), then POSTs the summary, signed
 * ({@link WebhookSignature}), and retries with exponential back-off and jitter on no connection, a timeout, a 5xx or
 * a 429 (waiting at least its {@code Retry-After}), up to {@code attempts} attempts in all; any other status but 2xx
 * gives it up at once. Redirects are not followed. Each attempt is recorded in the store. A delivery keeps its id
 * and body through its attempts; each attempt has its own timestamp and signature.
 *
 * <p>The queue is in memory: deliveries waiting when the service stops are not made (the log says how many).
 */
public final class Webhooks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
    private static final long MAX_DELAY_MILLIS = TimeUnit.MINUTES.toMillis(10);
    private static final long MAX_CONNECT_MILLIS = 2000;
    private static final int SENDERS = 2;

    private final WebhookStore store;
    private final WebhookSettings settings;
    private final Clock clock;
    /**
     * The client the deliveries are sent with, made for the first attempt: Java's HTTP client loads its TLS as it is
     * made (about 1,100 classes and 8 MB of class metadata and heap), which a node no webhook is registered on never
     * needs.
     */
    private volatile HttpClient http;
    private final ScheduledThreadPoolExecutor senders;
    private final Semaphore places;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong lastDropLog = new AtomicLong();
    private volatile boolean closed;

    /** What this node knows of its deliveries, beyond the store's record. */
    public record NodeState(int queued, int queue, long dropped) {
    }

    public Webhooks(WebhookStore store, WebhookSettings settings) {
        this(store, settings, Clock.systemUTC());
    }

    public Webhooks(WebhookStore store, WebhookSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.senders = new ScheduledThreadPoolExecutor(SENDERS, r -> {
            Thread t = new Thread(r, "factcheck-webhook-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        senders.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        senders.setRemoveOnCancelPolicy(true);
        this.places = new Semaphore(settings.queue());
    }

    /** The client the deliveries are sent with, made at the first call. */
    private HttpClient http() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                c = http;
                if (c == null) {
                    // HTTP/1.1: no h2c upgrade headers on plain http, which some receivers and proxies refuse on a POST
                    c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofMillis(Math.min(settings.timeoutMillis(), MAX_CONNECT_MILLIS)))
                            .build();
                    http = c;
                }
            }
        }
        return c;
    }

    /** Whether the client was made: a delivery was attempted. For tests. */
    boolean clientMade() {
        return http != null;
    }

    /** Whether deliveries can be signed: without a secret, no webhook may be registered. */
    public boolean signed() {
        return settings.signed();
    }

    public WebhookSettings settings() {
        return settings;
    }

    /** The registered webhook and the state of its deliveries, or empty. */
    public Optional<Webhook> registered() {
        return store.webhook();
    }

    /**
     * Registers {@code url} as the service's webhook, in place of any other.
     *
     * @throws IllegalArgumentException when the URL is not an absolute http or https URL (see {@link WebhookUrl})
     * @throws IllegalStateException    when no secret is configured: deliveries are never sent unsigned
     */
    public Webhook register(String url, String user) {
        String checked = WebhookUrl.validate(url);
        if (!signed()) {
            throw new IllegalStateException("no webhook secret is configured (factcheck.webhook-secret): deliveries are"
                    + " never sent unsigned, so no webhook may be registered; set it on every node and restart");
        }
        Webhook hook = store.registerWebhook(checked, user);
        LOG.info("webhook registered by {}: {}", user, checked);
        return hook;
    }

    /** Removes the webhook; deliveries under way stop before their next attempt. @return whether there was one */
    public boolean delete(String user) {
        boolean deleted = store.deleteWebhook();
        if (deleted) {
            LOG.info("webhook deleted by {}", user);
        }
        return deleted;
    }

    /** How many deliveries this node holds, of how many places, and how many it dropped since it started. */
    public NodeState nodeState() {
        return new NodeState(settings.queue() - places.availablePermits(), settings.queue(), dropped.get());
    }

    /** How many deliveries this node dropped since it started, its queue being full. */
    public long dropped() {
        return dropped.get();
    }

    /**
     * Delivers the summary of a check just stored, found at {@code path}, to the registered webhook, if any, in the
     * background. Never blocks, never throws.
     */
    public void checkStored(StoredCheck check, String path) {
        try {
            if (closed) {
                return;
            }
            if (!places.tryAcquire()) {
                drop(check);
                return;
            }
            try {
                senders.execute(() -> start(check, path));
            } catch (RejectedExecutionException e) {
                places.release(); // stopping
            }
        } catch (RuntimeException e) {
            LOG.error("the webhook delivery of check {} could not be queued", check.id(), e);
        }
    }

    private void drop(StoredCheck check) {
        long count = dropped.incrementAndGet();
        long now = clock.millis();
        long last = lastDropLog.get();
        // one line a second at most, however many are dropped: a flood of log lines would not help
        if (now - last >= 1000 && lastDropLog.compareAndSet(last, now)) {
            LOG.warn("webhook queue full ({} deliveries waiting): the delivery of check {} is dropped ({} dropped since"
                    + " start)", settings.queue(), check.id(), count);
        }
    }

    /** One delivery: its body and where it goes, fixed for all its attempts. */
    private record Delivery(String id, String hookId, URI url, String checkId, byte[] body) {
    }

    private void start(StoredCheck check, String path) {
        boolean handedOn = false;
        try {
            Optional<Webhook> hook = store.webhook();
            if (hook.isEmpty()) {
                return;
            }
            if (!signed()) {
                LOG.warn("a webhook is registered but this node has no factcheck.webhook-secret: the delivery of check"
                        + " {} is not sent (never unsigned)", check.id());
                record(hook.get().id(), null, "this node has no webhook secret (factcheck.webhook-secret): not sent",
                        Webhook.Outcome.FAILED);
                return;
            }
            String id = UUID.randomUUID().toString();
            Delivery d = new Delivery(id, hook.get().id(), URI.create(hook.get().url()), check.id(),
                    CheckStoredEvent.of(id, check, path).json());
            handedOn = true;
            attempt(d, 1);
        } catch (StoreException e) {
            LOG.error("the webhook delivery of check {} is not made: the review store failed: {}", check.id(),
                    e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("the webhook delivery of check {} failed", check.id(), e);
        } finally {
            if (!handedOn) {
                places.release();
            }
        }
    }

    /** One attempt of {@code d}: then done, given up, or another attempt scheduled. Holds one place till the end. */
    private void attempt(Delivery d, int attempt) {
        boolean again = false;
        try {
            if (attempt > 1 && !stillRegistered(d)) {
                LOG.info("webhook delivery {} of check {} stops: the webhook was changed or deleted", d.id(), d.checkId());
                return;
            }
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(d.url())
                    .timeout(Duration.ofMillis(settings.timeoutMillis()))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "factcheck-webhook")
                    .header(WebhookSignature.EVENT_HEADER, CheckStoredEvent.TYPE)
                    .header(WebhookSignature.DELIVERY_HEADER, d.id())
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(settings.secret(), timestamp, d.body()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(d.body()))
                    .build();
            Integer status = null;
            String error;
            boolean retryable;
            OptionalLong retryAfter = OptionalLong.empty();
            try {
                HttpResponse<InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
                response.body().close(); // the answer's body is not read: closing it ends the exchange
                status = response.statusCode();
                if (status >= 200 && status < 300) {
                    record(d.hookId(), status, null, Webhook.Outcome.DELIVERED);
                    LOG.debug("webhook delivery {} of check {}: {} at attempt {}", d.id(), d.checkId(), status, attempt);
                    return;
                }
                error = "HTTP " + status;
                retryable = status >= 500 || status == 429;
                retryAfter = retryAfter(response);
            } catch (IOException e) {
                error = describe(e);
                retryable = true;
            }
            if (retryable && attempt < settings.attempts() && !closed) {
                long delay = delay(attempt, retryAfter);
                record(d.hookId(), status, error + "; attempt " + attempt + " of " + settings.attempts()
                        + ", next in " + delay + " ms", Webhook.Outcome.RETRYING);
                senders.schedule(() -> attempt(d, attempt + 1), delay, TimeUnit.MILLISECONDS);
                again = true;
            } else {
                String why = error + (!retryable ? "; not retried" : closed ? "; the service stops"
                        : "; given up after " + attempt + " attempts");
                record(d.hookId(), status, why, Webhook.Outcome.FAILED);
                LOG.warn("webhook delivery {} of check {} to {} failed: {}", d.id(), d.checkId(), d.url(), why);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping
        } catch (RejectedExecutionException e) {
            again = false; // stopping: the retry is not made
        } catch (RuntimeException e) {
            LOG.error("webhook delivery {} of check {} failed", d.id(), d.checkId(), e);
        } finally {
            if (!again) {
                places.release();
            }
        }
    }

    private boolean stillRegistered(Delivery d) {
        return store.webhook().map(h -> h.id().equals(d.hookId())).orElse(false);
    }

    /** Records an attempt; a store that fails is logged and the delivery goes on. */
    private void record(String hookId, Integer status, String error, Webhook.Outcome outcome) {
        try {
            store.recordAttempt(hookId, clock.instant(), status, error, outcome);
        } catch (StoreException e) {
            LOG.warn("a webhook attempt could not be recorded: {}", e.getMessage());
        }
    }

    /**
     * The wait before attempt {@code attempt + 1}: the back-off doubled at each attempt, times a random factor from
     * 0.8 to 1.2 (so that the waits still grow), at least the receiver's {@code Retry-After}, at most 10 minutes.
     */
    long delay(int attempt, OptionalLong retryAfterMillis) {
        double base = settings.backoffMillis() * Math.pow(2, attempt - 1);
        long d = (long) Math.min(MAX_DELAY_MILLIS, base * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
        return Math.min(MAX_DELAY_MILLIS, Math.max(d, retryAfterMillis.orElse(0)));
    }

    /** The answer's {@code Retry-After} in seconds, as milliseconds; a date or nonsense counts as none. */
    private static OptionalLong retryAfter(HttpResponse<?> response) {
        Optional<String> v = response.headers().firstValue("Retry-After");
        if (v.isPresent() && v.get().strip().matches("\\d{1,6}")) {
            return OptionalLong.of(Long.parseLong(v.get().strip()) * 1000);
        }
        return OptionalLong.empty();
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        Throwable cause = e.getCause();
        String message = e.getMessage() != null ? e.getMessage()
                : cause != null && cause.getMessage() != null ? cause.getMessage() : null;
        return message == null ? name : name + ": " + message;
    }

    /**
     * Stops: no new delivery; attempts under way get a moment to end, then are interrupted; deliveries waiting or
     * between attempts are not made (logged).
     */
    @Override
    public void close() {
        closed = true;
        senders.shutdown();
        try {
            if (!senders.awaitTermination(2, TimeUnit.SECONDS)) {
                senders.shutdownNow();
                senders.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
        int waiting = settings.queue() - places.availablePermits();
        if (waiting > 0) {
            LOG.warn("the service stops: {} webhook deliveries waiting or between attempts are not made", waiting);
        }
    }
}
