package org.plankg.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Values computed at a store version, kept until the version moves on (least recently used out
 * first). A request that arrives while the same value is being computed waits for it.
 */
final class VersionedCache<V> {

    private record Entry<V>(long version, CompletableFuture<V> value) {
    }

    private final int capacity;
    private final Map<String, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

    VersionedCache(int capacity) {
        this.capacity = capacity;
    }

    V get(String key, long version, Supplier<V> compute) {
        Entry<V> entry;
        boolean mine = false;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || entry.version() != version) {
                entry = new Entry<>(version, new CompletableFuture<>());
                entries.put(key, entry);
                mine = true;
                var eldest = entries.entrySet().iterator();
                while (entries.size() > capacity && eldest.hasNext()) {
                    eldest.next();
                    eldest.remove();
                }
            }
        }
        if (mine) {
            try {
                entry.value().complete(compute.get());
            } catch (RuntimeException e) {
                synchronized (entries) {
                    entries.remove(key, entry);
                }
                entry.value().completeExceptionally(e);
            }
        }
        try {
            return entry.value().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }
}
