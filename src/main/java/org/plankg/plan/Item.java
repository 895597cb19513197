package org.plankg.plan;

import java.util.List;

/**
 * An action (行动) or project (工程) of a plan, in document order, with its tasks and the key of
 * the national-outline concept it is aligned to (null when it matches none).
 */
public record Item(int ordinal, String name, Kind kind, String national, int line, List<Task> tasks) {

    public enum Kind {
        ACTION("action"), PROJECT("project");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
