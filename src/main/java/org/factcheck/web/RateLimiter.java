package org.factcheck.web;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-client limit on a call: each client (its address) has a bucket of {@code perMinute} tokens that refills
 * evenly over a minute; a call takes one, and without one it is refused with the seconds to wait. Buckets left full
 * for a minute are dropped, so that the map holds only the clients of the last minutes.
 */
final class RateLimiter {
    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private long lastSweep;

    /** One client's tokens, as of {@code at} (milliseconds). */
    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** @param perMinute calls a client may make a minute, in bursts of as many; 0 for no limit */
    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes a token for {@code client}: 0 when there was one, else the whole seconds until there is. */
    long acquire(String client) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = clock.millis();
        sweep(now);
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(perMinute, now));
        synchronized (b) {
            b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perMinute / 60_000.0);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) * 60.0 / perMinute));
        }
    }

    /** Drops, once a minute, the buckets that have refilled: their clients start afresh anyway. */
    private void sweep(long now) {
        if (now - lastSweep < 60_000) {
            return;
        }
        lastSweep = now;
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Bucket b = it.next().getValue();
            synchronized (b) {
                if (b.tokens + (now - b.at) * perMinute / 60_000.0 >= perMinute) {
                    it.remove();
                }
            }
        }
    }
}
