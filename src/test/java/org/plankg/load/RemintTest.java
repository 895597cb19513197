package org.plankg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.TestApp;
import org.plankg.api.Http;
import org.plankg.vocab.Iris;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.plankg.store.Store;

/**
 * A store written by plankg 0.1 (vocabulary under the deployment's own /def/…) and then started
 * under another plankg.base: every stored plan gets the new IRIs, nothing is parsed again, nothing
 * is lost, and search finds what it found before.
 */
@Tag("slow")
class RemintTest {

    private static final String OLD = "http://old.example.org/kg/";
    private static final String NEW = "https://kg.example.edu/plankg/";

    @TempDir
    Path dir;

    @Test
    void aStoreUnderTheOldVocabularyAndAnotherBaseIsReMintedWithNothingLost() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        try (var files = Files.list(Path.of("data/plans"))) {
            for (Path f : files.toList()) Files.copy(f, plans.resolve(f.getFileName()));
        }
        Dataset before = DatasetFactory.create();
        String hitsBefore;
        try (ConfigurableApplicationContext app = start(plans, OLD)) {
            before.asDatasetGraph().addAll(copy(app));
            hitsBefore = searchTotal(app);
        }
        // what 0.1 wrote: the vocabulary under the base, and a text index for those predicates
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        Txn.executeWrite(tdb, () -> {
            List<Quad> quads = org.apache.jena.atlas.iterator.Iter.toList(tdb.find());
            tdb.clear();
            quads.forEach(q -> tdb.add(oldVocabulary(q.getGraph()), oldVocabulary(q.getSubject()),
                    oldVocabulary(q.getPredicate()), oldVocabulary(q.getObject())));
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
        Files.delete(dir.resolve("tdb2").resolve("text-index.fields"));

        try (ConfigurableApplicationContext app = start(plans, NEW)) {
            PlanSync.Report report = app.getBean(PlanSync.class).lastReport();
            assertEquals(List.of(), report.loaded(), "no plan was parsed again");
            assertEquals(5, report.unchanged());
            DatasetGraph after = copy(app);
            DatasetGraph expected = DatasetFactory.create().asDatasetGraph();
            before.asDatasetGraph().find().forEachRemaining(q -> expected.add(moved(q.getGraph()), moved(q.getSubject()),
                    moved(q.getPredicate()), moved(q.getObject())));
            Node vocabulary = NodeFactory.createURI(NEW + "graph/vocabulary");
            for (Node graph : org.apache.jena.atlas.iterator.Iter.toList(expected.listGraphNodes())) {
                if (graph.equals(vocabulary)) continue;
                assertTrue(after.getGraph(graph).isIsomorphicWith(expected.getGraph(graph)), graph + " re-minted as it was");
            }
            // every quad under the old base is gone (decimals are written canonical: apache/jena#3404)
            List<Quad> left = org.apache.jena.atlas.iterator.Iter.toList(after.find()).stream()
                    .filter(q -> q.getGraph().getURI().startsWith(OLD)).toList();
            assertEquals(List.of(), left, "nothing left under the old base");
            assertTrue(org.apache.jena.atlas.iterator.Iter.toList(after.find()).stream().filter(q -> q.getGraph().getURI().startsWith(NEW))
                    .noneMatch(q -> q.toString().contains("old.example.org")), "the re-minted graphs name nothing under the old base");
            assertEquals(hitsBefore.replace("old", "new"), searchTotal(app), "search finds the same tasks, under the new IRIs");
        }
    }

    private static Node oldVocabulary(Node n) {
        return n.isURI() && n.getURI().startsWith(Iris.VOCABULARY)
                ? NodeFactory.createURI(OLD + "def/" + n.getURI().substring(Iris.VOCABULARY.length())) : n;
    }

    private static Node moved(Node n) {
        return n.isURI() && n.getURI().startsWith(OLD) ? NodeFactory.createURI(NEW + n.getURI().substring(OLD.length())) : n;
    }

    private static DatasetGraph copy(ConfigurableApplicationContext app) {
        Store store = app.getBean(Store.class);
        DatasetGraph copy = DatasetFactory.create().asDatasetGraph();
        var graphs = store.selectAsIs(new org.plankg.query.Questions().get("graph-names").query());
        while (graphs.hasNext()) {
            Node g = graphs.next().getResource("graph").asNode();
            store.graph(g.getURI()).getGraph().find().forEachRemaining(t -> copy.add(Quad.create(g, t)));
        }
        return copy;
    }

    private static String searchTotal(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Http.Response hits = Http.get("http://localhost:" + port, "/api/search?q=应急&limit=500");
        assertEquals(200, hits.status(), hits.body());
        String body = hits.body();
        assertTrue(body.contains("/id/plan/"), body);
        return hits.rows().size() + (body.contains(OLD) ? " under the old base" : "") + (body.contains(NEW) ? " under the new base" : "");
    }

    private ConfigurableApplicationContext start(Path plans, String base) {
        return TestApp.start(plans, dir.resolve("tdb2"), "--plankg.base=" + base);
    }
}
