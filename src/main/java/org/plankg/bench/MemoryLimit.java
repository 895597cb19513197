package org.plankg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The memory limit the process runs under, as its control group states it (cgroup v2
 * {@code memory.max}, or v1 {@code memory.limit_in_bytes}), so that a benchmark says what it ran
 * in: a container's limit counts the page cache TDB2's mapped files live in.
 */
final class MemoryLimit {

    /** v1 states "no limit" as a number near 2^63. */
    private static final long UNLIMITED = 1L << 60;

    private MemoryLimit() {
    }

    static OptionalLong ofThisProcess() {
        return parse(read(Path.of("/sys/fs/cgroup/memory.max")), read(Path.of("/sys/fs/cgroup/memory/memory.limit_in_bytes")));
    }

    static OptionalLong parse(String v2, String v1) {
        for (String value : new String[] {v2, v1}) {
            if (value == null) continue;
            String v = value.strip();
            if (v.equals("max")) return OptionalLong.empty();
            try {
                long bytes = Long.parseLong(v);
                return bytes >= UNLIMITED ? OptionalLong.empty() : OptionalLong.of(bytes);
            } catch (NumberFormatException e) {
                // not a limit this knows how to read
            }
        }
        return OptionalLong.empty();
    }

    /** The limit in words for the benchmark's header. */
    static String describe(OptionalLong limit) {
        return limit.isPresent() ? (limit.getAsLong() >> 20) + " MB (cgroup)" : "none (cgroup)";
    }

    private static String read(Path file) {
        try {
            return Files.isReadable(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
