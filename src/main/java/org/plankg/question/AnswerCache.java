package org.plankg.question;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.plankg.format.Table;

/**
 * Answers already given, kept while the store's content has not changed: each entry remembers the
 * store version it was computed at and is dropped once the version moves on. Requests that arrive
 * while the same answer is being computed wait for it instead of asking the store again. Bounded by
 * entries and by weight (least recently used out first); an answer heavier than {@code largest} is
 * not kept at all. The one cache of the service: questions, the network and search each hold one.
 */
public final class AnswerCache<V> {

    /** Tables: at most 512, none over 60,000 rows, 300,000 rows in all; kept tables are read-only. */
    public static final int TABLES = 512;
    public static final int MAX_ROWS = 60_000;
    public static final int TOTAL_ROWS = 300_000;

    private record Entry<V>(long version, V value, int weight) {
    }

    private final int capacity;
    private final ToIntFunction<V> weigh;
    private final int largest;
    private final int total;
    private final UnaryOperator<V> share;
    private final Map<String, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
    /** In access order, so the least recently used comes first. */
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    private AnswerCache(int capacity, ToIntFunction<V> weigh, int largest, int total, UnaryOperator<V> share) {
        this.capacity = capacity;
        this.weigh = weigh;
        this.largest = largest;
        this.total = total;
        this.share = share;
    }

    /** At most {@code capacity} values of any size. */
    public static <V> AnswerCache<V> of(int capacity) {
        return new AnswerCache<>(capacity, v -> 1, Integer.MAX_VALUE, Integer.MAX_VALUE, UnaryOperator.identity());
    }

    /** Tables weighed by their rows, made read-only when kept, since every request shares them. */
    public static AnswerCache<Table> ofTables() {
        return new AnswerCache<>(TABLES, t -> t.rows().size(), MAX_ROWS, TOTAL_ROWS, Table::readOnly);
    }

    /** The value for {@code key} at store {@code version}, computed by {@code compute} if not kept. */
    public V get(String key, long version, Supplier<V> compute) {
        synchronized (entries) {
            Entry<V> kept = entries.get(key);
            if (kept != null && kept.version() == version) return kept.value();
        }
        String flight = version + "|" + key;
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = inFlight.putIfAbsent(flight, mine);
        if (running != null) return await(running);
        try {
            V value = compute.get();
            int w = weigh.applyAsInt(value);
            V answer = value;
            if (w <= largest) {
                answer = share.apply(value);
                synchronized (entries) {
                    keep(key, new Entry<>(version, answer, w));
                }
            }
            mine.complete(answer);
            return answer;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(flight, mine);
        }
    }

    private void keep(String key, Entry<V> entry) {
        Entry<V> before = entries.put(key, entry);
        if (before != null) weight -= before.weight();
        weight += entry.weight();
        var eldest = entries.values().iterator();
        while ((entries.size() > capacity || weight > total) && eldest.hasNext()) {
            weight -= eldest.next().weight();
            eldest.remove();
        }
    }

    private static <V> V await(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }
}
