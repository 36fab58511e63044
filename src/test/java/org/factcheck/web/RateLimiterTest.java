package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.HandClock;
import org.junit.jupiter.api.Test;

/** The per-address limit on submitted drafts, on a clock the test moves by hand. */
class RateLimiterTest {
    @Test
    void aClientHasItsBurstThenOneCallEachSixtiethOfAMinuteOverTheLimit() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(3, clock);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(20, limiter.acquire("10.0.0.1"), "three a minute: one every 20 s");
        assertEquals(0, limiter.acquire("10.0.0.2"), "another address has its own tokens");
        clock.advance(15_000);
        assertEquals(5, limiter.acquire("10.0.0.1"));
        clock.advance(5_000);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        clock.advance(120_000);
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
