package org.plankg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.TestApp;
import org.plankg.query.Questions;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A university's and a ministry's deployment, each with its own base and plans: their dumps merge
 * into one dataset, share one vocabulary, and a question written once answers over both.
 */
@Tag("slow")
class TwoDeploymentsTest {

    private static final String UNIVERSITY = "https://kg.example.edu/plankg/";
    private static final String MINISTRY = "https://data.ministry.example.gov.cn/";

    @TempDir
    Path dir;

    @Test
    void bothDeploymentsDumpsAnswerOneQuestionTogether() throws Exception {
        Dataset merged = DatasetFactory.create();
        // 丰台 and 鲤城 at the university, 通州 and 西城 at the ministry
        load(merged, UNIVERSITY, "000_64d43a6d2d8e1f87.txt", "001_c19de8b630eb6de0.txt");
        load(merged, MINISTRY, "002_4bd26428d9563ede.txt", "003_dbb92a8177a5e85b.txt");

        Model universityTerms = merged.getNamedModel(UNIVERSITY + "graph/vocabulary");
        Model ministryTerms = merged.getNamedModel(MINISTRY + "graph/vocabulary");
        universityTerms.removeAll(null, Pk.sha256, null);
        ministryTerms.removeAll(null, Pk.sha256, null);
        assertTrue(universityTerms.contains(Pk.Plan, org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class));
        assertTrue(universityTerms.isIsomorphicWith(ministryTerms), "one vocabulary, the same IRIs in both");

        var question = new Questions().get("national-matrix");
        var query = question.bind(Map.of("national", List.of(NodeFactory.createURI(Iris.VOCABULARY + "outline/youth"))));
        Map<String, String> leads = new HashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(merged).query(query).build()) {
            exec.execSelect().forEachRemaining((QuerySolution row) ->
                    leads.put(row.getLiteral("district").getString(), row.getLiteral("leads").getString()));
        }
        assertEquals(4, leads.size(), leads.toString());
        assertTrue(leads.keySet().stream().anyMatch(d -> d.contains("丰台")) && leads.keySet().stream().anyMatch(d -> d.contains("西城")),
                "districts of both deployments: " + leads.keySet());
        assertTrue(merged.getNamedModel(UNIVERSITY + "graph/plan/北京市丰台区/2021-2025").size() > 0);
        assertTrue(merged.getNamedModel(MINISTRY + "graph/plan/北京市西城区/2021-2035").size() > 0);
    }

    private void load(Dataset merged, String base, String... plans) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(Iris.class.getSimpleName() + base.hashCode()));
        Path plansFolder = Files.createDirectories(folder.resolve("plans"));
        for (String plan : plans) Files.copy(Path.of("data/plans", plan), plansFolder.resolve(plan));
        try (ConfigurableApplicationContext app = TestApp.start(plansFolder, folder.resolve("tdb2"), "--plankg.base=" + base)) {
            HttpResponse<byte[]> dump = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(TestApp.base(app) + "/dumps/plankg.nq.gz")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, dump.statusCode());
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS)
                    .strict(true).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(merged);
        }
    }
}
