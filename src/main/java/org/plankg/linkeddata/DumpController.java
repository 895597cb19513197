package org.plankg.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.RDFFormat;
import org.plankg.query.UnknownNameException;
import org.plankg.question.QuestionService;
import org.plankg.store.Store;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The release's downloads: the whole graph (TriG and N-Quads, gzip), its tables as CSV on the Web
 * with their metadata, and their SHA-256 sums, each named and tagged with the data's version; and
 * each plan's graph (TriG), written while it is read.
 */
@RestController
class DumpController {

    private static final Map<String, String> TYPES = Map.of(".gz", "application/gzip", ".csv", "text/csv;charset=UTF-8",
            ".json", "application/csvm+json", "SUMS", "text/plain;charset=UTF-8");

    private final Store store;
    private final QuestionService questions;
    private final DataRelease release;

    DumpController(Store store, QuestionService questions, DataRelease release) {
        this.store = store;
        this.questions = questions;
        this.release = release;
    }

    @GetMapping({"/dumps/plankg.trig.gz", "/dumps/plankg.nq.gz", "/dumps/SHA256SUMS"})
    ResponseEntity<Resource> dump(jakarta.servlet.http.HttpServletRequest request) {
        return file(request.getRequestURI().substring("/dumps/".length()));
    }

    @GetMapping("/dumps/csv/{name}")
    ResponseEntity<Resource> table(@PathVariable String name) {
        List<String> names = new java.util.ArrayList<>(CsvwTables.TABLES.stream().map(CsvwTables.Table::file).toList());
        names.add("csv-metadata.json");
        if (!names.contains(name)) throw new UnknownNameException("no table " + name + " in the release", names);
        return file("csv/" + name);
    }

    /** A file of the current release, named with its version; ETag its SHA-256. */
    private ResponseEntity<Resource> file(String name) {
        DataRelease.Release current = release.current();
        String type = TYPES.entrySet().stream().filter(e -> name.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElseThrow();
        String file = name.substring(name.lastIndexOf('/') + 1);
        String versioned = file.contains(".") ? file.replaceFirst("\\.", "-" + current.version() + ".") : file + "-" + current.version();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .cacheControl(CacheControl.noCache())
                .header("X-Plankg-Data-Version", current.version())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(versioned, StandardCharsets.UTF_8).build().toString());
        String sha = current.sha256().get(name);
        if (sha != null) answer.eTag("\"" + sha + "\"");
        if (name.endsWith(".csv")) answer.header(HttpHeaders.LINK, "</dumps/csv/csv-metadata.json>; rel=\"describedby\"; type=\"application/csvm+json\"");
        return answer.body(new FileSystemResource(current.file(name)));
    }

    @GetMapping("/dumps/plans/{id}.trig")
    ResponseEntity<StreamingResponseBody> plan(@PathVariable String id) {
        List<Map<String, Object>> plans = questions.run("plans", Map.of()).records();
        Map<String, Object> plan = plans.stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow(() -> new UnknownNameException("no plan with id " + id,
                        plans.stream().map(p -> (String) p.get("id")).toList()));
        String graph = (String) plan.get("graph");
        String version = release.current().version();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/trig"))
                .header("X-Plankg-Data-Version", version)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(id + "-" + version + ".trig", StandardCharsets.UTF_8).build().toString())
                .body(out -> write(out, List.of(graph, graph + "/corrections"), version));
    }

    private void write(OutputStream out, List<String> graphs, String version) throws IOException {
        out.write(("# plankg data " + version + "\n").getBytes(StandardCharsets.UTF_8));
        DataRelease.dump(store, out, graphs, RDFFormat.TRIG_BLOCKS);
    }
}
