package org.plankg.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two nodes and the items they share, while the network is being put together. */
final class Tie {

    final String source;
    final String target;
    /** By the item or task and the two units, so that each shared item counts once. */
    private final Map<String, SharedItem> items = new LinkedHashMap<>();

    Tie(String source, String target) {
        this.source = source;
        this.target = target;
    }

    void add(String key, SharedItem item) {
        items.putIfAbsent(key, item);
    }

    int weight() {
        return items.size();
    }

    List<SharedItem> items() {
        return new ArrayList<>(items.values());
    }
}
