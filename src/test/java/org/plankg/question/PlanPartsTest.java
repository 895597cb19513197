package org.plankg.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.TestApp;
import org.plankg.TestPlans;
import org.plankg.api.Http;
import org.plankg.load.PlanSync;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The answers put together from each plan's part (the unit-categories chart, the network by
 * category) are those the question gives over all plans at once, whether the parts were computed
 * as the plans were written, read back from disk after a restart, or asked of the store when the
 * kept ones are gone; and a plan that changes changes them.
 */
@Tag("slow")
class PlanPartsTest {

    private static final String CHART = "/api/charts/categories";
    private static final String QUESTION = "/api/questions/chart-categories";
    private static final String NETWORK = "/api/network?by=category";

    /**
     * The matrix put together from parts has the rows the question gives, districts in the same
     * order (the units within a cell are in no defined order: GROUP_CONCAT's).
     */
    private static void sameMatrix(String base, String key) {
        java.util.List<String> parts = Http.get(base, "/api/matrix?national=" + key, "text/csv").body().lines().map(PlanPartsTest::units).toList();
        java.util.List<String> whole = Http.get(base, "/api/questions/national-matrix?national=" + key, "text/csv").body().lines()
                .map(PlanPartsTest::units).toList();
        assertTrue(parts.size() > 1, key + ": " + parts);
        assertEquals(whole.stream().sorted().toList(), parts.stream().sorted().toList(), key);
        assertEquals(whole.stream().map(l -> l.split(",")[0]).toList(), parts.stream().map(l -> l.split(",")[0]).toList(), key);
    }

    private static String units(String line) {
        return Stream.of(line.split(",", -1)).map(cell -> String.join("、", Stream.of(cell.split("、")).sorted().toList()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    @TempDir
    Path dir;

    @Test
    void partsAddUpToTheWholeAnswerHoweverTheyWereKept() throws IOException {
        Path plans = TestPlans.copyShipped(dir);
        String network;
        String changed;
        try (ConfigurableApplicationContext app = TestApp.start(plans, dir.resolve("data"))) {
            String base = TestApp.base(app);
            String chart = Http.get(base, CHART).body();
            assertEquals(Http.get(base, QUESTION).body(), chart, "parts written with the plans add up to the whole");
            assertTrue(Http.get(base, CHART + "?category=sci-assoc").rows().stream().anyMatch(r -> "丰台区".equals(Http.text(r, "district"))
                    && "lead".equals(Http.text(r, "role"))), "丰台's 区科协 leads items");
            network = Http.get(base, NETWORK).body();
            assertTrue(network.contains("\"sci-assoc\""), network);
            for (String key : new String[] {"youth", "farmers", "elderly", "tech-resources"}) sameMatrix(base, key);
        }
        try (ConfigurableApplicationContext app = TestApp.start(plans, dir.resolve("data"))) {
            assertEquals(network, Http.get(TestApp.base(app), NETWORK).body(), "parts read back after a restart");
        }
        try (Stream<Path> kept = Files.walk(dir.resolve("data/parts"))) {
            for (Path p : kept.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        try (ConfigurableApplicationContext app = TestApp.start(plans, dir.resolve("data"))) {
            String base = TestApp.base(app);
            assertEquals(network, Http.get(base, NETWORK).body(), "parts asked of the store when none is kept");
            // 区科协, a participant in 丰台's 青少年科学素质行动 as read, made its lead by a correction
            Path corrected = TestPlans.withFengtaiYouthLead("line 75");
            Files.copy(corrected.resolve(TestPlans.FENGTAI + ".corrections.csv"), plans.resolve(TestPlans.FENGTAI + ".corrections.csv"));
            PlanSync.Report report = app.getBean(PlanSync.class).sync();
            assertEquals(1, report.loaded().size(), report.toString());
            assertEquals(Http.get(base, QUESTION).body(), Http.get(base, CHART).body(), "the changed plan's part was computed again");
            sameMatrix(base, "youth");
            assertTrue(Http.get(base, "/api/matrix?national=youth").rows().stream().anyMatch(r -> "丰台区".equals(Http.text(r, "district"))
                    && Http.text(r, "leads").contains("区科协") && Http.text(r, "correction").startsWith("line 75")),
                    "丰台's youth action is led by 区科协 once corrected, and says so");
            changed = Http.get(base, NETWORK + "&role=lead").body();
        }
        try (ConfigurableApplicationContext fresh = TestApp.start(plans, dir.resolve("fresh"))) {
            assertEquals(Http.get(TestApp.base(fresh), NETWORK + "&role=lead").body(), changed,
                    "the network after one plan changed is the network of a store loaded afresh");
        }
    }
}
