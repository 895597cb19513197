package org.plankg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.TestApp;
import org.plankg.TestPlans;
import org.plankg.store.Store;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * reforms.csv in the plans folder: its rows become reforms of the districts the stored plans name;
 * a file with a bad row is refused with its line and the last good file stays in force; a row of a
 * district with no plan waits for one; a file taken away takes its graph with it.
 */
@Tag("slow")
class ReformsSyncTest {

    @TempDir
    Path dir;

    @Test
    void aBadFileIsRefusedWithItsLineAndLosesNothing() throws IOException {
        Path plans = TestPlans.copyShipped(dir);
        Path reforms = plans.resolve("reforms.csv");
        Files.writeString(reforms, "district,before,after,note\n丰台区,区科委,区科技局,2018 reform\n");
        try (ConfigurableApplicationContext app = TestApp.start(plans, dir.resolve("tdb2"))) {
            Store store = app.getBean(Store.class);
            String graph = app.getBean(Iris.class).reformsGraph();
            PlanSync sync = app.getBean(PlanSync.class);
            assertEquals(List.of(), sync.lastReport().errors(), sync.lastReport().toString());
            assertTrue(succeeds(store, graph, "北京市丰台区/区科技局", "北京市丰台区/区科委"), "丰台区 resolved to its key");

            Files.writeString(reforms, "district,before,after,note\n丰台区,区科委,区科技局,2018 reform\n丰台区,区文委,,\n");
            PlanSync.Report bad = sync.sync();
            assertEquals(List.of("reforms.csv:3: district, before and after are all needed"), bad.errors(), bad.toString());
            assertTrue(succeeds(store, graph, "北京市丰台区/区科技局", "北京市丰台区/区科委"), "the last good file stays in force");

            Files.writeString(reforms, "district,before,after,note\n丰台区,区科委,区科技局,2018 reform\n海淀区,区科委,区科技局,\n");
            PlanSync.Report waiting = sync.sync();
            assertEquals(List.of("reforms.csv:3: no plan of a district named 海淀区 is loaded; the row waits for one"), waiting.errors());
            assertTrue(succeeds(store, graph, "北京市丰台区/区科技局", "北京市丰台区/区科委"));

            Files.delete(reforms);
            assertEquals(List.of(), sync.sync().errors());
            assertTrue(store.graph(graph).isEmpty(), "no file, no reforms");
        }
    }

    private static boolean succeeds(Store store, String graph, String after, String before) {
        return store.graph(graph).listStatements(null, Pk.succeeds, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                .anyMatch(s -> s.getSubject().getURI().endsWith("/id/unit/" + after) && s.getResource().getURI().endsWith("/id/unit/" + before));
    }
}
