package org.plankg.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.plankg.format.Table;

/**
 * Answers already given, kept while the store's content has not changed: each entry remembers
 * the store version it was computed at and is dropped once the version moves on. Bounded (least
 * recently used out first), and large answers are not kept at all.
 */
final class AnswerCache {

    static final int ENTRIES = 512;
    /** An answer longer than this is not kept; all kept answers together hold at most TOTAL_ROWS. */
    static final int MAX_ROWS = 60_000;
    static final int TOTAL_ROWS = 300_000;

    private record Entry(long version, Table table) {
    }

    private final Map<String, CompletableFuture<Table>> inFlight = new ConcurrentHashMap<>();

    /** In access order, so the least recently used comes first. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long rows;

    /**
     * The answer for {@code key} at {@code version}, computed by {@code compute} if not kept.
     * Requests that arrive while the same answer is being computed wait for it instead of asking
     * the store again.
     */
    Table get(String key, long version, Supplier<Table> compute) {
        synchronized (entries) {
            Entry kept = entries.get(key);
            if (kept != null && kept.version() == version) return kept.table();
        }
        String flight = version + "|" + key;
        CompletableFuture<Table> mine = new CompletableFuture<>();
        CompletableFuture<Table> running = inFlight.putIfAbsent(flight, mine);
        if (running != null) return await(running);
        try {
            Table table = compute.get();
            boolean keep = table.rows().size() <= MAX_ROWS;
            Table answer = keep ? freeze(table) : table;
            if (keep) {
                synchronized (entries) {
                    keep(key, new Entry(version, answer));
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

    private void keep(String key, Entry entry) {
        Entry before = entries.put(key, entry);
        if (before != null) rows -= before.table().rows().size();
        rows += entry.table().rows().size();
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > ENTRIES || rows > TOTAL_ROWS) && eldest.hasNext()) {
            rows -= eldest.next().getValue().table().rows().size();
            eldest.remove();
        }
    }

    private static Table await(CompletableFuture<Table> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    private static Table freeze(Table table) {
        List<List<Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) rows.add(Collections.unmodifiableList(new ArrayList<>(row)));
        return new Table(List.copyOf(table.columns()), Collections.unmodifiableList(rows));
    }
}
