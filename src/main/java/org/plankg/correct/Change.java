package org.plankg.correct;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a correction does; the keys are what the corrections file and the graph (pk:change) say. */
public enum Change {
    ADD("add"), REMOVE("remove"), ROLE("role"), ALIGN("align"), RENAME("rename");

    private final String key;

    Change(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static Optional<Change> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
