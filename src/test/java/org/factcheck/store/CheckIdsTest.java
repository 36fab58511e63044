package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CheckIdsTest {
    @Test
    void anIdIsAVersion7UuidOfItsMillisecond() {
        long millis = Instant.parse("2026-12-06T03:15:00.123Z").toEpochMilli();
        CheckIds ids = new CheckIds(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
        String id = ids.next();
        UUID uuid = UUID.fromString(id);
        assertEquals(36, id.length());
        assertEquals(id, uuid.toString());
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant(), "RFC 9562's variant");
        assertEquals(millis, uuid.getMostSignificantBits() >>> 16);
        assertTrue(id.startsWith(String.format("%08x-%04x-7", millis >>> 16, millis & 0xFFFF)), id);
    }

    /** Ids sort as they were made, in their text as in their bits; ids of one millisecond differ. */
    @Test
    void idsSortInTheOrderTheyWereMadeAndNeverRepeat() {
        long start = Instant.parse("2026-12-06T00:00:00Z").toEpochMilli();
        SecureRandom random = new SecureRandom();
        List<String> made = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int ms = 0; ms < 2_000; ms++) {
            String last = null;
            for (int i = 0; i < 20; i++) {
                String id = CheckIds.of(start + ms * 37L, random).toString();
                assertTrue(seen.add(id), "repeated " + id);
                last = id;
            }
            made.add(last);
        }
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);
        assertEquals(made, sorted);
    }

    /** The 74 bits after the time are random: each of them takes both values over a few hundred ids. */
    @Test
    void theBitsAfterTheTimeAreRandom() {
        SecureRandom random = new SecureRandom();
        long highOr = 0;
        long highAnd = -1;
        long lowOr = 0;
        long lowAnd = -1;
        for (int i = 0; i < 500; i++) {
            UUID u = CheckIds.of(0, random);
            highOr |= u.getMostSignificantBits();
            highAnd &= u.getMostSignificantBits();
            lowOr |= u.getLeastSignificantBits();
            lowAnd &= u.getLeastSignificantBits();
        }
        assertEquals(0x0FFFL, (highOr & ~highAnd) & 0xFFFF, "the 12 random bits beside the version");
        assertEquals(0x3FFF_FFFF_FFFF_FFFFL, lowOr & ~lowAnd, "the 62 random bits after the variant");
    }
}
