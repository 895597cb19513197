package org.plankg.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Two nodes and the items they share, while the network is being put together. Every shared item
 * counts towards the weight; with {@code shown}, only the first that many are kept to be shown (a
 * category network over 3,000 plans shares millions, of which an edge shows five).
 */
final class Tie {

    final String source;
    final String target;
    private final int shown;
    /** By a key naming the item (and, in a projection, the two units), so that each counts once. */
    private final Map<String, SharedItem> items = new LinkedHashMap<>();
    private int weight;

    Tie(String source, String target, int shown) {
        this.source = source;
        this.target = target;
        this.shown = shown;
    }

    Tie(String source, String target) {
        this(source, target, Integer.MAX_VALUE);
    }

    /** Counts the item under {@code key} once; the item is made only if it is kept. */
    void add(String key, Supplier<SharedItem> item) {
        if (items.containsKey(key)) return;
        weight++;
        if (items.size() < shown) items.put(key, item.get());
    }

    /** Counts an item known to be counted once, keeping nothing to show. */
    void count() {
        weight++;
    }

    int weight() {
        return weight;
    }

    List<SharedItem> items() {
        return new ArrayList<>(items.values());
    }
}
