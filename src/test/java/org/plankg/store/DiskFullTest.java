package org.plankg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.TestApp;
import org.plankg.api.Http;
import org.springframework.context.ConfigurableApplicationContext;
import org.plankg.load.PlanSync;

/**
 * The store's folder on a small file system of its own (a tmpfs, so this needs a machine where the
 * tests may mount one, as CI's): filled up while the service runs, and full when it starts.
 */
@Tag("slow")
class DiskFullTest {

    @TempDir
    Path dir;
    private Path disk;

    @AfterEach
    void unmount() throws Exception {
        // lazily: the JVM may still map the store's files until they are collected
        if (disk != null) new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor();
    }

    @Test
    void aFullDiskStopsLoadingWithAClearMessageAndTheStoredPlansAreStillServed() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()).start();
        assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here");
        Path plans = Files.createDirectories(dir.resolve("plans"));
        try (Stream<Path> shipped = Files.list(Path.of("data/plans"))) {
            for (Path p : shipped.toList()) Files.copy(p, plans.resolve(p.getFileName()));
        }
        Path tongzhou = plans.resolve("002_4bd26428d9563ede.txt");
        String edited = Files.readString(tongzhou).replace("（分工：由区教委、团区委、区科协牵头，",
                "（分工：由区教委、团区委、区科协、区文化和旅游局牵头，");

        try (ConfigurableApplicationContext app = start(plans)) {
            String base = base(app);
            assertTrue(Http.get(base, "/api/units/区科协/items?role=lead").body().contains("丰台区"));

            fill(disk);
            Files.writeString(tongzhou, edited, StandardCharsets.UTF_8);
            PlanSync sync = app.getBean(PlanSync.class);
            StoreDiskFullException full = assertThrows(StoreDiskFullException.class, sync::sync);
            assertTrue(full.getMessage().contains(disk.toString()) && full.getMessage().contains("full"), full.getMessage());
            sync.syncQuietly();

            Http.Response served = Http.get(base, "/api/units/区科协/items?role=lead");
            assertEquals(200, served.status(), served.body());
            assertTrue(served.body().contains("丰台区") && served.body().contains("鲤城区"), "what was stored is served");
            assertEquals("DOWN", storeStatus(base), "health reports the store's disk");

            Files.delete(disk.resolve("filler"));
            assertEquals(java.util.List.of("002_4bd26428d9563ede.txt"), sync.sync().loaded(), "loads once there is room");
            assertTrue(Http.get(base, "/api/matrix?national=youth").body().contains("区文化和旅游局、"));
        }

        // started on a full disk with a plan to load: it starts, and serves the stored version
        fill(disk);
        Files.copy(Path.of("data/plans/002_4bd26428d9563ede.txt"), tongzhou, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (ConfigurableApplicationContext app = start(plans)) {
            Http.Response served = Http.get(base(app), "/api/matrix?national=youth");
            assertEquals(200, served.status(), "a service started on a full disk serves what is stored: " + served.body());
            assertTrue(served.body().contains("区文化和旅游局、"), "the stored version of 通州's plan");
        }
    }

    private static String storeStatus(String base) {
        var health = Http.get(base, "/actuator/health").json().getAsObject();
        return Http.text(health.getObj("components").getObj("store"), "status");
    }

    private static void fill(Path disk) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
            while (true) out.write(block);
        } catch (IOException full) {
            // the file system is full
        }
    }

    private ConfigurableApplicationContext start(Path plans) {
        return TestApp.start(plans, disk.resolve("tdb2"), "--plankg.minimum-free-disk=1MB");
    }

    private static String base(ConfigurableApplicationContext app) {
        return TestApp.base(app);
    }
}
