package org.plankg.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.plankg.format.Table;
import org.plankg.query.UnknownNameException;

class AnswerCacheTest {

    private final AnswerCache<Table> cache = AnswerCache.ofTables();
    private final AtomicInteger computed = new AtomicInteger();

    private Table rows(int n) {
        computed.incrementAndGet();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(List.of((Object) ("row " + i)));
        return new Table(List.of("value"), rows);
    }

    @Test
    void anAnswerIsKeptUntilTheStoreVersionMovesOn() {
        Table first = cache.get("q", 1, () -> rows(3));
        assertSame(first, cache.get("q", 1, () -> rows(3)));
        assertEquals(1, computed.get());
        cache.get("q", 2, () -> rows(3));
        assertEquals(2, computed.get(), "a write in between: asked again");
        assertThrows(UnsupportedOperationException.class, () -> first.rows().add(List.of()), "shared answers are read-only");
    }

    @Test
    void requestsArrivingDuringAComputationWaitForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Table>> answers = new ArrayList<>();
        answers.add(pool.submit(() -> cache.get("slow", 1, () -> {
            started.countDown();
            await(release);
            return rows(1);
        })));
        started.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < 7; i++) answers.add(pool.submit(() -> cache.get("slow", 1, () -> rows(1))));
        Thread.sleep(100);
        release.countDown();
        for (Future<Table> answer : answers) assertEquals(1, answer.get(5, TimeUnit.SECONDS).rows().size());
        pool.shutdown();
        assertEquals(1, computed.get(), "eight requests, one computation");
    }

    @Test
    void aFailureReachesEveryoneWaitingAndIsNotKept() {
        assertThrows(UnknownNameException.class, () -> cache.get("bad", 1, () -> {
            throw new UnknownNameException("no unit named x", List.of());
        }));
        assertEquals(2, cache.get("bad", 1, () -> rows(2)).rows().size());
    }

    @Test
    void largeAnswersAreNotKeptAndTheTotalIsBounded() {
        cache.get("big", 1, () -> rows(AnswerCache.MAX_ROWS + 1));
        cache.get("big", 1, () -> rows(AnswerCache.MAX_ROWS + 1));
        assertEquals(2, computed.get());
        int each = AnswerCache.MAX_ROWS;
        int fit = AnswerCache.TOTAL_ROWS / each;
        for (int i = 0; i <= fit; i++) {
            int k = i;
            cache.get("q" + k, 1, () -> rows(each));
        }
        computed.set(0);
        cache.get("q0", 1, () -> rows(each));
        assertEquals(1, computed.get(), "the least recently used answer made room");
        cache.get("q" + fit, 1, () -> rows(each));
        assertEquals(1, computed.get(), "the newest is still kept");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
