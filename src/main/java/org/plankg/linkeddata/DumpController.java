package org.plankg.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.plankg.graph.Prefixes;
import org.plankg.question.QuestionService;
import org.plankg.question.UnknownNameException;
import org.plankg.store.Store;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of the whole graph (TriG and N-Quads, gzip) and of each plan's graph (TriG). */
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
    ResponseEntity<byte[]> trig() {
        return download("plankg.trig.gz", "application/gzip", gzip(store.dataset(), Lang.TRIG));
    }

    @GetMapping("/dumps/plankg.nq.gz")
    ResponseEntity<byte[]> nquads() {
        return download("plankg.nq.gz", "application/gzip", gzip(store.dataset(), Lang.NQUADS));
    }

    @GetMapping("/dumps/plans/{id}.trig")
    ResponseEntity<byte[]> plan(@PathVariable String id) {
        List<Map<String, Object>> plans = questions.run("plans", Map.of()).records();
        Map<String, Object> plan = plans.stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow(() -> new UnknownNameException("no plan with id " + id,
                        plans.stream().map(p -> (String) p.get("id")).toList()));
        String graph = (String) plan.get("graph");
        Dataset one = DatasetFactory.create();
        one.addNamedModel(graph, store.dataset().getNamedModel(graph));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, one, Lang.TRIG);
        return download(id + ".trig", "application/trig", out.toByteArray());
    }

    private byte[] gzip(Dataset dataset, Lang lang) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            write(out, dataset, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void write(java.io.OutputStream out, Dataset dataset, Lang lang) {
        dataset.getDefaultModel().setNsPrefixes(Prefixes.under(iris));
        RDFDataMgr.write(out, dataset, lang);
    }

    private static ResponseEntity<byte[]> download(String name, String type, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
