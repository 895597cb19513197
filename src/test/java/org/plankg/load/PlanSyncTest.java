package org.plankg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.TestApp;
import org.plankg.TestPlans;
import org.plankg.api.Http;
import org.plankg.extract.PublishedForms;
import org.plankg.extract.WebPages;
import org.plankg.extract.WordFiles;
import org.springframework.context.ConfigurableApplicationContext;

/** Restarts, edits and removals against one TDB2 directory, with the service started as in production. */
@Tag("slow")
class PlanSyncTest {

    @TempDir
    Path dir;

    @Test
    void restartKeepsDataEditReloadsOnlyThatPlanRemovalRemovesIt() throws IOException {
        Path plans = TestPlans.copyShipped(dir);

        int assignments;
        try (ConfigurableApplicationContext app = start(plans)) {
            PlanSync.Report first = app.getBean(PlanSync.class).lastReport();
            assertEquals(5, first.loaded().size(), first.toString());
            Http.Response all = Http.get(base(app), "/api/assignments");
            assignments = all.rows().size();
            assertTrue(all.body().contains("\"000_64d43a6d2d8e1f87.txt:165\"") && !all.body().contains(dir.toString()),
                    "sources name the file in the plans folder, not the server's path");
        }
        try (ConfigurableApplicationContext app = start(plans)) {
            PlanSync.Report again = app.getBean(PlanSync.class).lastReport();
            assertEquals(List.of(), again.loaded(), "nothing re-loaded after a restart: " + again);
            assertEquals(5, again.unchanged());
            assertEquals(assignments, Http.get(base(app), "/api/assignments").rows().size(), "no duplicates");
            PlanSync.Report idle = app.getBean(PlanSync.class).sync();
            assertEquals(0, idle.read(), "a sync of an unchanged folder reads no file: " + idle);
            assertEquals(5, idle.unchanged());

            Path tongzhou = plans.resolve("002_4bd26428d9563ede.txt");
            String text = Files.readString(tongzhou).replace("（分工：由区教委、团区委、区科协牵头，",
                    "（分工：由区教委、团区委、区科协、区文化和旅游局牵头，");
            Files.writeString(tongzhou, text, StandardCharsets.UTF_8);
            PlanSync.Report edited = app.getBean(PlanSync.class).sync();
            assertEquals(List.of("002_4bd26428d9563ede.txt"), edited.loaded(), edited.toString());
            assertEquals(1, edited.read(), "only the edited file is read again");
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

    /** A file cut short, or a copy of a plan under another name, must not replace what is stored. */
    /** A plan stored by another release (or with another vocabulary) is read again, so an upgrade reaches it; the others are not. */
    @Test
    void aPlanReadByAnotherReleaseIsReadAgain() throws IOException {
        Path plans = TestPlans.copyShipped(dir);
        try (ConfigurableApplicationContext app = start(plans)) {
            org.plankg.store.Store store = app.getBean(org.plankg.store.Store.class);
            org.plankg.vocab.Iris iris = app.getBean(org.plankg.vocab.Iris.class);
            String graph = iris.base() + "graph/plan/北京市丰台区/2021-2025";
            org.apache.jena.rdf.model.Model stored = store.graph(graph);
            org.apache.jena.rdf.model.Resource plan = stored.listSubjectsWithProperty(org.plankg.vocab.Pk.readWith).next();
            assertTrue(plan.getProperty(org.plankg.vocab.Pk.readWith).getString().matches("plankg \\d+\\.\\d+\\.\\d+ / vocabulary [0-9a-f]{12}"),
                    plan.getProperty(org.plankg.vocab.Pk.readWith).getString());
            plan.removeAll(org.plankg.vocab.Pk.readWith).addProperty(org.plankg.vocab.Pk.readWith, "plankg 0.3.0 / vocabulary 000000000000");
            store.putGraph(graph, stored);
            PlanSync.Report again = app.getBean(PlanSync.class).sync();
            assertEquals(List.of("000_64d43a6d2d8e1f87.txt"), again.loaded(), again.toString());
            assertEquals(4, again.unchanged(), again.toString());
        }
    }

    @Test
    void aTruncatedFileOrADuplicatePlanKeepsTheStoredVersion() throws IOException {
        Path plans = TestPlans.copyShipped(dir);
        try (ConfigurableApplicationContext app = start(plans)) {
            PlanSync sync = app.getBean(PlanSync.class);
            int assignments = Http.get(base(app), "/api/assignments").rows().size();

            // 丰台's plan cut at half its lines: it still reads as a plan, with far fewer assignments
            Path fengtai = plans.resolve("000_64d43a6d2d8e1f87.txt");
            List<String> lines = Files.readAllLines(fengtai, StandardCharsets.UTF_8);
            Files.write(fengtai, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
            PlanSync.Report cut = sync.sync();
            assertEquals(List.of(), cut.loaded(), cut.toString());
            assertTrue(cut.errors().stream().anyMatch(e -> e.contains("000_64d43a6d2d8e1f87.txt") && e.contains("cut short")),
                    cut.toString());
            assertEquals(assignments, Http.get(base(app), "/api/assignments").rows().size(), "丰台's stored plan is kept");
            String view = Http.get(base(app), "/api/plans/丰台区").body();
            assertTrue(view.contains("\"loadWarnings\"") && view.contains("cut short"), "the plan's view says why: " + view);

            // 鲤城's plan again under another name
            Files.copy(plans.resolve("001_c19de8b630eb6de0.txt"), plans.resolve("copy-of-licheng.txt"));
            for (int i = 0; i < 2; i++) {
                PlanSync.Report copy = sync.sync();
                assertEquals(List.of(), copy.loaded(), "nothing re-loaded, sync " + i + ": " + copy);
                assertTrue(copy.errors().stream().anyMatch(e -> e.contains("copy-of-licheng.txt")
                        && e.contains("the same plan") && e.contains("001_c19de8b630eb6de0.txt")), copy.toString());
            }
            assertTrue(Http.get(base(app), "/api/units/区科协/items?role=lead").body().contains("001_c19de8b630eb6de0.txt:153"),
                    "鲤城's assignments still cite its own file");
        }
    }

    /** With plankg.shrunk-plans=replace the shorter file is loaded, and the plan says what it replaced. */
    @Test
    void theReplacePolicyLoadsATruncatedFileWithAWarning() throws IOException {
        Path plans = TestPlans.copyShipped(dir);
        try (ConfigurableApplicationContext app = start(plans, "--plankg.shrunk-plans=replace")) {
            Path fengtai = plans.resolve("000_64d43a6d2d8e1f87.txt");
            List<String> lines = Files.readAllLines(fengtai, StandardCharsets.UTF_8);
            Files.write(fengtai, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
            PlanSync.Report cut = app.getBean(PlanSync.class).sync();
            assertEquals(List.of("000_64d43a6d2d8e1f87.txt"), cut.loaded(), cut.toString());
            String view = Http.get(base(app), "/api/plans/丰台区").body();
            assertTrue(view.contains("replaced as plankg.shrunk-plans=replace says"), view);
            // 丰台 l.165 (科技资源科普化工程, led by 区教委 and 区科协) is in the half that was cut off
            assertTrue(!Http.get(base(app), "/api/units/区科协/items?role=lead").body().contains("000_64d43a6d2d8e1f87.txt:165"));
        }
    }

    /** A plans folder as published: a Word file and a web page in place of two texts, and a file too large. */
    @Test
    void readsPublishedFormatsAndRecordsTheirFiles() throws IOException {
        Path plans = TestPlans.copyShipped(dir);
        for (String plan : List.of("000_64d43a6d2d8e1f87", "001_c19de8b630eb6de0")) {
            Path text = plans.resolve(plan + ".txt");
            List<PublishedForms.Part> parts = PublishedForms.of(Files.readString(text));
            Files.write(plans.resolve(plan + (plan.startsWith("000") ? ".docx" : ".htm")),
                    plan.startsWith("000") ? WordFiles.docx(parts) : WebPages.page(parts, "GBK", "gb2312"));
            Files.delete(text);
        }
        Files.write(plans.resolve("huge.pdf"), new byte[2 << 20]);
        try (ConfigurableApplicationContext app = start(plans, "--plankg.max-file-size=1MB")) {
            PlanSync.Report report = app.getBean(PlanSync.class).lastReport();
            assertEquals(5, report.loaded().size(), report.toString());
            assertTrue(report.errors().stream().anyMatch(e -> e.contains("huge.pdf") && e.contains("larger than the size limit")),
                    report.toString());
            String fengtai = Http.get(base(app), "/api/plans/丰台区").body();
            assertTrue(fengtai.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), fengtai);
            assertTrue(fengtai.contains("\"at\":\"#p="), "quotes located by paragraph: " + fengtai);
            String leads = Http.get(base(app), "/api/units/区科协/items?role=lead").body();
            assertTrue(leads.contains("001_c19de8b630eb6de0.htm#p="), leads);
        }
    }

    private ConfigurableApplicationContext start(Path plans, String... more) {
        return TestApp.start(plans, dir.resolve("tdb2"), more);
    }

    private static String base(ConfigurableApplicationContext app) {
        return TestApp.base(app);
    }
}
