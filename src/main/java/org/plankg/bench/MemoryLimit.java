package org.plankg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        String groups = read(Path.of("/proc/self/cgroup"));
        String v2 = null;
        String v1 = null;
        for (String line : groups == null ? new String[0] : groups.split("\n")) {
            String[] fields = line.split(":", 3);
            if (fields.length < 3) continue;
            if (fields[0].equals("0") && fields[1].isEmpty()) v2 = read(file(Path.of("/sys/fs/cgroup"), fields[2], "memory.max"));
            if (List.of(fields[1].split(",")).contains("memory")) v1 = read(file(Path.of("/sys/fs/cgroup/memory"), fields[2], "memory.limit_in_bytes"));
        }
        return parse(v2, v1);
    }

    /**
     * The file of the process's own group: {@code /proc/self/cgroup} names it from the host's root,
     * which a container mounts as its own root, so the longest tail of the path that exists under
     * the mount is it (the mount's own file when none does).
     */
    static Path file(Path mount, String group, String name) {
        List<String> parts = List.of(group.split("/")).stream().filter(p -> !p.isEmpty()).toList();
        for (int from = 0; from < parts.size(); from++) {
            Path candidate = mount.resolve(String.join("/", parts.subList(from, parts.size()))).resolve(name);
            if (Files.isReadable(candidate)) return candidate;
        }
        return mount.resolve(name);
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
