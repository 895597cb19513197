package org.plankg.plan;

import java.util.List;

/**
 * An action (行动) or project (工程) of a plan — or a part that carries numbered tasks with their
 * responsible units but is neither (a work plan's 加强统筹协调) — in document order, with its tasks
 * and the key of the national-outline concept it is aligned to (null when it matches none).
 */
public record Item(int ordinal, String name, Kind kind, String national, int line, List<Task> tasks) {

    public enum Kind {
        ACTION("action"), PROJECT("project"), OTHER("item");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
