package org.plankg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The memory limit read as cgroup v2 and v1 state it. */
class MemoryLimitTest {

    @Test
    void aLimitIsReadFromEitherVersionAndNoLimitIsNone() {
        assertEquals(OptionalLong.of(1536L << 20), MemoryLimit.parse("1610612736\n", null), "v2, 1.5 GiB");
        assertEquals(OptionalLong.empty(), MemoryLimit.parse("max\n", null), "v2 without a limit");
        assertEquals(OptionalLong.of(1536L << 20), MemoryLimit.parse(null, "1610612736\n"), "v1");
        assertEquals(OptionalLong.empty(), MemoryLimit.parse(null, "9223372036854771712\n"), "v1 without a limit");
        assertEquals(OptionalLong.empty(), MemoryLimit.parse(null, null), "no cgroup files");
        assertEquals("1536 MB (cgroup)", MemoryLimit.describe(OptionalLong.of(1536L << 20)));
    }

    @Test
    void theProcessGroupIsFoundUnderAMountThatStartsLowerDown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path mount)
            throws java.io.IOException {
        java.nio.file.Path own = java.nio.file.Files.createDirectories(mount.resolve("bench"));
        java.nio.file.Files.writeString(own.resolve("memory.limit_in_bytes"), "1610612736\n");
        assertEquals(own.resolve("memory.limit_in_bytes"), MemoryLimit.file(mount, "/host/container/bench", "memory.limit_in_bytes"),
                "the group named from the host's root, mounted as the container's");
        assertEquals(mount.resolve("memory.limit_in_bytes"), MemoryLimit.file(mount, "/", "memory.limit_in_bytes"), "the root group");
    }
}
