package org.plankg.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.plankg.graph.Prefixes;
import org.plankg.question.QuestionService;
import org.plankg.query.UnknownNameException;
import org.plankg.store.Store;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the whole graph (TriG and N-Quads, gzip) and of each plan's graph (TriG), written
 * while they are read: one named graph at a time is fetched from the store and streamed out, so
 * memory does not grow with the number of plans.
 */
@RestController
class DumpController {

    private final Store store;
    private final QuestionService questions;
    private final org.plankg.vocab.Iris iris;

    DumpController(Store store, QuestionService questions, org.plankg.vocab.Iris iris) {
        this.store = store;
        this.questions = questions;
        this.iris = iris;
    }

    @GetMapping("/dumps/plankg.trig.gz")
    ResponseEntity<StreamingResponseBody> trig() {
        List<String> graphs = graphs();
        return download("plankg.trig.gz", "application/gzip", out -> gzip(out, graphs, RDFFormat.TRIG_BLOCKS));
    }

    @GetMapping("/dumps/plankg.nq.gz")
    ResponseEntity<StreamingResponseBody> nquads() {
        List<String> graphs = graphs();
        return download("plankg.nq.gz", "application/gzip", out -> gzip(out, graphs, RDFFormat.NQUADS));
    }

    @GetMapping("/dumps/plans/{id}.trig")
    ResponseEntity<StreamingResponseBody> plan(@PathVariable String id) {
        List<Map<String, Object>> plans = questions.run("plans", Map.of()).records();
        Map<String, Object> plan = plans.stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow(() -> new UnknownNameException("no plan with id " + id,
                        plans.stream().map(p -> (String) p.get("id")).toList()));
        List<String> graph = List.of((String) plan.get("graph"));
        return download(id + ".trig", "application/trig", out -> write(out, graph, RDFFormat.TRIG_BLOCKS));
    }

    /** The vocabulary graph and every plan graph. */
    private List<String> graphs() {
        List<String> graphs = new ArrayList<>(List.of(iris.vocabularyGraph()));
        questions.run("stored-plans", Map.of()).records().forEach(r -> graphs.add((String) r.get("graph")));
        return graphs;
    }

    private void gzip(OutputStream out, List<String> graphs, RDFFormat format) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        write(zipped, graphs, format);
        zipped.finish();
    }

    private void write(OutputStream out, List<String> graphs, RDFFormat format) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        Prefixes.ALL.forEach(stream::prefix);
        for (String iri : graphs) {
            Node graph = NodeFactory.createURI(iri);
            Model model = store.graph(iri);
            model.getGraph().find().forEachRemaining(t -> stream.quad(
                    org.apache.jena.sparql.core.Quad.create(graph, t)));
        }
        stream.finish();
    }

    private static ResponseEntity<StreamingResponseBody> download(String name, String type, StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
