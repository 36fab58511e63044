package org.factcheck.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * The ids of stored checks: UUIDs of version 7 (RFC 9562), the milliseconds since 1970 in their first 48 bits and 74
 * random bits after, so that an id sorts after those made before it, in its text as in its bits. A new check's id then
 * goes at the end of the indexes that hold it (the checks' key, the findings' key), whose last page is in the
 * database's cache, where a random UUID went to any page of them, read back from the file to be written again:
 * checking its uniqueness alone was 2 % of the service's processor time under load.
 */
final class CheckIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    CheckIds(Clock clock) {
        this.clock = clock;
    }

    /** A new id, as its 36 characters ({@code 019ae0d2-6b3c-7…}). */
    String next() {
        return of(clock.millis(), RANDOM).toString();
    }

    static UUID of(long millis, SecureRandom random) {
        byte[] bits = new byte[10];
        random.nextBytes(bits);
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000 | (bits[0] & 0x0F) << 8 | (bits[1] & 0xFF);
        long low = 0x8000_0000_0000_0000L | (bits[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (bits[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
