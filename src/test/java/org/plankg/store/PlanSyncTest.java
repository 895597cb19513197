package org.plankg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.PlankgApplication;
import org.plankg.api.Http;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Restarts, edits and removals against one TDB2 directory, with the service started as in production. */
class PlanSyncTest {

    @TempDir
    Path dir;

    @Test
    void restartKeepsDataEditReloadsOnlyThatPlanRemovalRemovesIt() throws IOException {
        Path plans = dir.resolve("plans");
        Files.createDirectories(plans);
        try (Stream<Path> shipped = Files.list(Path.of("data/plans"))) {
            for (Path p : shipped.toList()) Files.copy(p, plans.resolve(p.getFileName()));
        }

        int assignments;
        try (ConfigurableApplicationContext app = start(plans)) {
            PlanSync.Report first = app.getBean(PlanSync.class).lastReport();
            assertEquals(5, first.loaded().size(), first.toString());
            assignments = Http.get(base(app), "/api/assignments").rows().size();
        }
        try (ConfigurableApplicationContext app = start(plans)) {
            PlanSync.Report again = app.getBean(PlanSync.class).lastReport();
            assertEquals(List.of(), again.loaded(), "nothing re-loaded after a restart: " + again);
            assertEquals(5, again.unchanged());
            assertEquals(assignments, Http.get(base(app), "/api/assignments").rows().size(), "no duplicates");

            Path tongzhou = plans.resolve("002_4bd26428d9563ede.txt");
            String text = Files.readString(tongzhou).replace("（分工：由区教委、团区委、区科协牵头，",
                    "（分工：由区教委、团区委、区科协、区文化和旅游局牵头，");
            Files.writeString(tongzhou, text, StandardCharsets.UTF_8);
            PlanSync.Report edited = app.getBean(PlanSync.class).sync();
            assertEquals(List.of(tongzhou.toString()), edited.loaded(), edited.toString());
            assertEquals(4, edited.unchanged());
            assertTrue(Http.get(base(app), "/api/matrix?national=youth").body().contains("区文化和旅游局、"),
                    "the edit is visible");

            Files.writeString(plans.resolve("broken.txt"), "", StandardOpenOption.CREATE);
            Files.delete(plans.resolve("004_6c226d949c8fefda.txt"));
            PlanSync.Report removed = app.getBean(PlanSync.class).sync();
            assertEquals(1, removed.removed().size(), removed.toString());
            assertTrue(removed.errors().stream().anyMatch(e -> e.contains("broken.txt") && e.contains("empty")), removed.toString());
            assertTrue(Http.get(base(app), "/api/plans").rows().stream()
                    .noneMatch(p -> "朝阳区".equals(Http.text(p, "district"))), "朝阳's plan is gone");
        }
    }

    private ConfigurableApplicationContext start(Path plans) {
        return new SpringApplicationBuilder(PlankgApplication.class).run(
                "--server.port=0", "--plankg.plans=" + plans, "--plankg.data=" + dir.resolve("tdb2"),
                "--plankg.sync-interval=1h");
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
