package org.plankg.linkeddata;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.plankg.graph.Prefixes;
import org.plankg.question.QuestionService;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.plankg.format.RdfFormat;

/** The dataset described in VoID and DCAT: sizes, endpoint, dumps, licence, vocabularies, examples. */
@RestController
class VoidController {

    private static final String VOID = "http://rdfs.org/ns/void#";

    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private final QuestionService questions;
    private final Iris iris;
    private final DataRelease release;

    VoidController(QuestionService questions, Iris iris, DataRelease release) {
        this.questions = questions;
        this.iris = iris;
        this.release = release;
    }

    @GetMapping("/.well-known/void")
    ResponseEntity<byte[]> description(@RequestHeader(value = "Accept", required = false) String accept,
                                       @RequestParam(value = "format", required = false) String format) {
        RdfFormat rdf = RdfFormat.negotiate(accept, format, false).map(RdfFormat.Choice::format).orElse(null);
        if (rdf == null) return ResourceController.notAcceptable("/.well-known/void");
        return ResponseEntity.ok().header(HttpHeaders.VARY, "Accept").contentType(rdf.contentType())
                .body(rdf.write(describe()));
    }

    Model describe() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL).setNsPrefix("void", VOID).setNsPrefix("spdx", SPDX);
        String base = iris.base();
        Resource dataset = m.createResource(base + ".well-known/void#plankg")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "全民科学素质行动实施方案职责知识图谱", "zh")
                .addProperty(DCTerms.title, "plankg: who is responsible for what in district science-literacy plans", "en")
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/"))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(base + "sparql"))
                .addProperty(m.createProperty(VOID, "uriSpace"), base + "id/");
        DataRelease.Release current = release.current();
        dataset.addProperty(m.createProperty(DCAT.NS, "version"), current.version());
        for (String dump : DataRelease.DUMPS) {
            dataset.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + "dumps/" + dump));
            dataset.addProperty(DCAT.distribution, distribution(m, base + "dumps/" + dump, current, dump)
                    .addProperty(DCAT.mediaType, dump.contains("trig") ? "application/trig" : "application/n-quads")
                    .addProperty(DCTerms.format, "gzip"));
        }
        for (CsvwTables.Table table : CsvwTables.TABLES) {
            dataset.addProperty(DCAT.distribution, distribution(m, base + "dumps/csv/" + table.file(), current, "csv/" + table.file())
                    .addProperty(DCAT.mediaType, "text/csv")
                    .addProperty(DCTerms.title, table.title())
                    .addProperty(DCTerms.conformsTo, m.createResource("http://www.w3.org/ns/csvw"))
                    .addProperty(DCTerms.description, m.createResource(base + "dumps/csv/csv-metadata.json")));
        }
        for (String vocabulary : List.of(Pk.NS, "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#",
                "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/", "http://www.w3.org/ns/dcat#")) {
            dataset.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocabulary));
        }
        long total = 0;
        for (Map<String, Object> g : questions.run("graph-sizes", Map.of()).records()) {
            total += ((Number) g.get("triples")).longValue();
        }
        dataset.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(String.valueOf(total), XSDDatatype.XSDinteger));
        String modified = null;
        for (Map<String, Object> plan : questions.run("plans", Map.of()).records()) {
            Resource subset = m.createResource(base + ".well-known/void#" + plan.get("id"))
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(DCTerms.title, (String) plan.get("title"), "zh")
                    .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + "dumps/plans/" + plan.get("id") + ".trig"))
                    .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource((String) plan.get("plan")));
            dataset.addProperty(m.createProperty(VOID, "subset"), subset);
            dataset.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource((String) plan.get("plan")));
            String loaded = (String) plan.get("modified");
            if (loaded != null && (modified == null || loaded.compareTo(modified) > 0)) modified = loaded;
        }
        if (modified != null) dataset.addLiteral(DCTerms.modified, m.createTypedLiteral(modified, XSDDatatype.XSDdateTime));
        return m;
    }

    /** A download of the release, with its version and SHA-256. */
    private static Resource distribution(Model m, String url, DataRelease.Release current, String name) {
        return m.createResource().addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.downloadURL, m.createResource(url))
                .addProperty(m.createProperty(DCAT.NS, "version"), current.version())
                .addLiteral(DCTerms.modified, m.createTypedLiteral(current.modified(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(SPDX, "checksum"), checksum(m, current.sha256().get(name)));
    }

    private static Resource checksum(Model m, String sha256) {
        return m.createResource().addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                .addProperty(m.createProperty(SPDX, "checksumValue"), sha256);
    }
}
