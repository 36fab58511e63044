package org.factcheck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.factcheck.HandClock;
import org.factcheck.TestSupport;
import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.extract.DraftException;
import org.factcheck.store.ReviewStore;
import org.junit.jupiter.api.Test;

/**
 * The service's own policy, apart from the web: reloads are spaced by the reload interval; the checks at once share a
 * room, a long draft taking more of it.
 */
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
        List<Instant> asked = new ArrayList<>();
        ReviewStore store = answering("purge", args -> {
            asked.add((Instant) args[0]);
            return 7;
        });
        CheckService service = new CheckService(TestSupport.checker(), store, Duration.ZERO, clock);
        assertEquals(7, service.purgeOlderThan(30));
        assertEquals(List.of(clock.instant().minus(Duration.ofDays(30))), asked);
    }
    @Test
    void aDraftTakesAPlaceOfTheRoomForEach32KbBegunAndTheWholeRoomAtMost() {
        assertEquals(1, CheckService.places(0, 8));
        assertEquals(1, CheckService.places(5_000, 8), "an article");
        assertEquals(1, CheckService.places(CheckService.BYTES_PER_PLACE, 8));
        assertEquals(2, CheckService.places(CheckService.BYTES_PER_PLACE + 1, 8));
        assertEquals(7, CheckService.places(200_000, 8), "the longest text, 200,000 characters");
        assertEquals(8, CheckService.places(10L * 1024 * 1024, 8), "the largest upload waits for the whole room");
        assertEquals(3, CheckService.places(10L * 1024 * 1024, 3));
    }

    /**
     * The submissions at work, checking or saving, are one more than the room for checks: with a room of one, while
     * two checks are being saved, a third draft waits outside, not checked; given back after the check with nothing
     * around the save, its place would let every draft in and the saves pile up beside the checks.
     */
    @Test
    void oneSubmissionMoreThanTheRoomWorksAtOnceItsCheckSavedOrChecked() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger saving = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> saved = Collections.synchronizedList(new ArrayList<>());
        ReviewStore store = answering("save", args -> {
            most.accumulateAndGet(saving.incrementAndGet(), Math::max);
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS));
                saved.add((String) args[0]);
                return null;
            } finally {
                saving.decrementAndGet();
            }
        });
        CheckService service = new CheckService(TestSupport.checker(), store, Duration.ZERO, Clock.systemUTC(), 1);
        List<Thread> threads = new ArrayList<>();
        for (String document : List.of("first", "second", "third")) {
            Thread t = new Thread(() -> submit(service, document));
            threads.add(t);
            t.start();
        }
        long until = System.nanoTime() + 30_000_000_000L;
        while (saving.get() < 2 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(2, saving.get(), "two checks saved at once: the room's one and one more");
        // the third waits outside (a thread of the three parked, not in the store); were it let in, its check of a
        // sentence would take milliseconds and its save would be the third at once
        while (threads.stream().noneMatch(t -> t.getState() == Thread.State.WAITING) && saving.get() < 3
                && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        Thread.sleep(300);
        assertEquals(2, most.get(), "a third submission was checked and saved beside two saves");
        assertEquals(1, threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count());
        release.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertEquals(3, saved.size());
        assertEquals(2, most.get());
    }

    /** The largest room a setting gives still takes a draft and gives its places back: one more does not overflow. */
    @Test
    void theLargestRoomStillTakesADraft() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        ReviewStore store = answering("save", args -> {
            saves.incrementAndGet();
            return null;
        });
        CheckService service = new CheckService(TestSupport.checker(), store, Duration.ZERO, Clock.systemUTC(),
                Integer.MAX_VALUE);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                submit(service, "doc");
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        t.start();
        t.join(30_000);
        assertEquals(1, saves.get(), "the draft waited for a place that never comes");
        assertEquals(null, failed.get(), "the draft's places could not be given back");
    }

    /**
     * A store that answers {@code method} alone, with what {@code answer} makes of its arguments; any other method
     * throws.
     */
    private static ReviewStore answering(String method, Answer answer) {
        return (ReviewStore) Proxy.newProxyInstance(CheckServiceTest.class.getClassLoader(),
                new Class<?>[] {ReviewStore.class}, (proxy, called, args) -> {
                    if (!called.getName().equals(method)) {
                        throw new UnsupportedOperationException(called.getName());
                    }
                    return answer.to(args);
                });
    }

    private interface Answer {
        Object to(Object[] args) throws Exception;
    }

    /** Submits a one-sentence French draft as {@code document}. */
    private static void submit(CheckService service, String document) {
        try {
            service.submit(document, new CheckRequest("d.txt", "Le ministre a parlé mardi.".getBytes(
                    StandardCharsets.UTF_8), "fr", LocalDate.of(2025, 11, 25)));
        } catch (DraftException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRoomOfNoPlaceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckService(null, null, Duration.ZERO, Clock.systemUTC(), 0));
        assertTrue(e.getMessage().contains("at least one"), e.getMessage());
    }
    @Test
    void theRoomIsASettingOfOnePlaceACoreByDefault() {
        assertEquals(Runtime.getRuntime().availableProcessors(),
                org.factcheck.web.WebConfig.read(name -> null).checksAtOnce());
        assertEquals(3, org.factcheck.web.WebConfig.read(name -> name.equals("factcheck.checks-at-once") ? "3" : null)
                .checksAtOnce());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> org.factcheck.web.WebConfig.read(
                name -> name.equals("factcheck.checks-at-once") ? "0" : null));
        assertTrue(e.getMessage().contains("factcheck.checks-at-once"), e.getMessage());
    }
}
