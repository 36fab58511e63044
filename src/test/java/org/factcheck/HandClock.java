package org.factcheck;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, starting at 2026-12-01T10:00:00Z. */
public final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    /** Moves the clock on by {@code millis}. */
    public void advance(long millis) {
        now = now.plusMillis(millis);
    }

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
        return now;
    }
}
