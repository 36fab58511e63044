package org.factcheck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.factcheck.HandClock;
import org.factcheck.TestSupport;
import org.factcheck.core.Checker;
import org.junit.jupiter.api.Test;

/** The service's own policy, apart from the web: reloads are spaced by the reload interval. */
class CheckServiceTest {
    @Test
    void aReloadSoonerThanTheIntervalAfterTheLastIsRefusedWithTheWaitLeft() throws Exception {
        HandClock clock = new HandClock();
        Checker first = TestSupport.checker();
        CheckService service = new CheckService(first, null, Duration.ofSeconds(5), clock);
        Checker second = service.reload();
        assertNotSame(first, second);
        assertSame(second, service.checker());
        clock.advance(1500);
        CheckService.ReloadRefused refused = assertThrows(CheckService.ReloadRefused.class, service::reload);
        assertEquals(4, refused.retryAfterSeconds(), "5 s less 1.5 s, rounded up");
        assertSame(second, service.checker(), "a refused reload leaves the rules in force");
        clock.advance(3500);
        assertNotNull(service.reload());
        assertNotSame(second, service.checker());
    }

    @Test
    void aRetentionOfDaysPurgesWhatWasSavedBeforeThatManyDaysAgo() {
        HandClock clock = new HandClock();
        java.util.List<java.time.Instant> asked = new java.util.ArrayList<>();
        org.factcheck.store.ReviewStore store = (org.factcheck.store.ReviewStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.factcheck.store.ReviewStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("purge")) {
                        asked.add((java.time.Instant) args[0]);
                        return 7;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        CheckService service = new CheckService(TestSupport.checker(), store, Duration.ZERO, clock);
        assertEquals(7, service.purgeOlderThan(30));
        assertEquals(java.util.List.of(clock.instant().minus(Duration.ofDays(30))), asked);
    }
}
