package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The per-address limit on submitted drafts, on a clock the test moves by hand. */
class RateLimiterTest {
    private static final class HandClock extends Clock {
        private long millis = Instant.parse("2026-12-01T10:00:00Z").toEpochMilli();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void aClientHasItsBurstThenOneCallEachSixtiethOfAMinuteOverTheLimit() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(3, clock);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(20, limiter.acquire("10.0.0.1"), "three a minute: one every 20 s");
        assertEquals(0, limiter.acquire("10.0.0.2"), "another address has its own tokens");
        clock.millis += 15_000;
        assertEquals(5, limiter.acquire("10.0.0.1"));
        clock.millis += 5_000;
        assertEquals(0, limiter.acquire("10.0.0.1"));
        clock.millis += 120_000;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("10.0.0.1"), "refilled to the burst, not past it");
        }
        assertEquals(20, limiter.acquire("10.0.0.1"));
    }

    @Test
    void noLimitWhenZero() {
        RateLimiter limiter = new RateLimiter(0, new HandClock());
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, limiter.acquire("10.0.0.1"));
        }
    }
}
