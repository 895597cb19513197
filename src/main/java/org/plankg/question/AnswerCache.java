package org.plankg.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.plankg.format.Table;

/**
 * Answers already given, kept while the store's content has not changed: each entry remembers
 * the store version it was computed at and is dropped once the version moves on. Bounded (least
 * recently used out first), and large answers are not kept at all.
 */
final class AnswerCache {

    static final int ENTRIES = 512;
    static final int MAX_ROWS = 20_000;

    private record Entry(long version, Table table) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The answer for {@code key} at {@code version}, computed by {@code compute} if not kept. */
    Table get(String key, long version, Supplier<Table> compute) {
        synchronized (entries) {
            Entry kept = entries.get(key);
            if (kept != null && kept.version() == version) return kept.table();
        }
        Table table = compute.get();
        if (table.rows().size() > MAX_ROWS) return table;
        Table frozen = freeze(table);
        synchronized (entries) {
            entries.put(key, new Entry(version, frozen));
        }
        return frozen;
    }

    private static Table freeze(Table table) {
        List<List<Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) rows.add(Collections.unmodifiableList(new ArrayList<>(row)));
        return new Table(List.copyOf(table.columns()), Collections.unmodifiableList(rows));
    }
}
