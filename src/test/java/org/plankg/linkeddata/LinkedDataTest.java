package org.plankg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plankg.api.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.plankg.format.RdfFormat;

/** URIs, content negotiation, dumps, VoID and the SPARQL endpoint, as outside tools use them. */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plankg.sparql.timeout=3s")
class LinkedDataTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String UNIT = "/id/unit/北京市丰台区/区科协";
    private static final String ASSIGNMENT = "/id/plan/泉州市鲤城区/2021-2025/project/科普基础设施工程/assignment/区科协/lead";
    private static final String LEADS = """
            PREFIX pk: <https://w3id.org/plankg/def/plankg#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?district ?item WHERE {
              ?a prov:agent ?u ; prov:hadRole <https://w3id.org/plankg/def/role/lead> ; pk:assignedTo ?target .
              ?u skos:prefLabel "区科协"@zh ; pk:district/rdfs:label ?d .
              { ?target pk:inPlan ?p . ?target skos:prefLabel ?i } UNION { ?target pk:inItem/skos:prefLabel ?i }
              BIND(STR(?d) AS ?district) BIND(STR(?i) AS ?item)
            }""";

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + encode(path)));
        if (accept != null) request.header("Accept", accept);
        return send(request);
    }

    private static String encode(String path) {
        return org.springframework.web.util.UriUtils.encodePath(path, StandardCharsets.UTF_8).replace("%3F", "?").replace("%3D", "=");
    }

    @Test
    void aThingAnswers303ToItsDocument() throws Exception {
        HttpResponse<byte[]> thing = get(UNIT, "text/turtle");
        assertEquals(303, thing.statusCode());
        String location = thing.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/doc/unit/"), location);
        HttpResponse<byte[]> doc = send(HttpRequest.newBuilder(URI.create(base() + location)).header("Accept", "text/turtle"));
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertTrue(doc.headers().firstValue("Content-Location").orElseThrow().endsWith("?format=ttl"));
        assertTrue(doc.headers().firstValue("Link").orElseThrow().contains("rel=\"alternate\"; type=\"application/ld+json\""));
    }

    @Test
    void everyFormatParsesBackIntoTheSameGraph() throws Exception {
        String doc = ASSIGNMENT.replace("/id/", "/doc/");
        Model turtle = null;
        for (RdfFormat format : RdfFormat.values()) {
            HttpResponse<byte[]> response = get(doc, format.mediaType.toString());
            assertEquals(200, response.statusCode(), format.name());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType.toString()));
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang(format)).parse(model);
            assertTrue(model.contains(null, model.createProperty("https://w3id.org/plankg/def/plankg#quote"),
                    "责任单位：区科协牵头，区委宣传部、文明办，发改局、教育局、科技局、工信局、民政局、财政局、生态环境局、农水局、文旅局、卫健局、应急局、市场监管局，区总工会、团区委、妇联等单位参加。"),
                    format + " lacks the quote");
            if (turtle == null) turtle = model;
            else assertTrue(turtle.isIsomorphicWith(model), format + " differs from Turtle");
        }
        HttpResponse<byte[]> byParameter = get(doc + "?format=nt", "text/html");
        assertTrue(byParameter.headers().firstValue("Content-Type").orElseThrow().startsWith("application/n-triples"));
        HttpResponse<byte[]> byQuality = get(doc, "application/rdf+xml;q=0.5, text/turtle;q=0.9");
        assertTrue(byQuality.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
    }

    @Test
    void browsersGetAPageAndUnservableTypesGet406() throws Exception {
        HttpResponse<byte[]> page = get(ASSIGNMENT.replace("/id/", "/doc/"), "text/html,application/xhtml+xml,*/*;q=0.8");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.contains("责任单位：区科协牵头") && html.contains("153"), "quote and source line");
        String role = new String(get("/def/role/lead", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(role.contains("lang=\"zh\">牵头") && role.contains("lang=\"en\">lead"), "labels in zh and en");
        assertEquals(406, get(UNIT.replace("/id/", "/doc/"), "image/png").statusCode());
        HttpResponse<byte[]> ontology = get("/def/plankg", "text/turtle");
        assertTrue(new String(ontology.body(), StandardCharsets.UTF_8).contains("Assignment"), "hash terms in their document");
    }

    @Test
    void theDumpHoldsEveryQuadOfTheStore() throws Exception {
        HttpResponse<byte[]> dump = get("/dumps/plankg.nq.gz", null);
        assertEquals(200, dump.statusCode());
        Dataset dataset = DatasetFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(dataset);
        long quads = dataset.asDatasetGraph().stream().count();
        try (RDFConnection sparql = RDFConnection.connect(base() + "/sparql")) {
            long stored = sparql.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").execSelect()
                    .next().getLiteral("n").getLong();
            assertEquals(stored, quads);
        }
        HttpResponse<byte[]> trig = get("/dumps/plankg.trig.gz", null);
        Dataset fromTrig = DatasetFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(trig.body()))).lang(Lang.TRIG).parse(fromTrig);
        assertEquals(quads, fromTrig.asDatasetGraph().stream().count());
    }

    @Test
    void voidDescribesEndpointAndDumps() throws Exception {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(get("/.well-known/void", "text/turtle").body())).lang(Lang.TURTLE).parse(model);
        String v = "http://rdfs.org/ns/void#";
        assertTrue(model.contains(null, model.createProperty(v + "sparqlEndpoint"), (org.apache.jena.rdf.model.RDFNode) null));
        assertEquals(2 + 5, model.listObjectsOfProperty(model.createProperty(v + "dataDump")).toList().size(),
                "two whole dumps and one per plan");
        assertTrue(model.listObjectsOfProperty(model.createProperty(v + "triples")).next().asLiteral().getLong() > 0);
    }

    @Test
    void outsideClientsGetTheSameAnswerAsTheRestApi() {
        Set<String> rest = new TreeSet<>();
        Http.get(base(), "/api/units/区科协/items?role=lead").rows()
                .stream().filter(r -> !Http.text(r, "item").isEmpty()) // plan-level roles are not items
                .forEach(r -> rest.add(Http.text(r, "district") + "/" + Http.text(r, "item")));
        Set<String> jena = new TreeSet<>();
        try (RDFConnection connection = RDFConnection.connect(base() + "/sparql")) {
            connection.querySelect(LEADS, s -> jena.add(s.getLiteral("district").getString() + "/" + s.getLiteral("item").getString()));
        }
        Set<String> rdf4j = new TreeSet<>();
        SPARQLRepository repository = new SPARQLRepository(base() + "/sparql");
        try (RepositoryConnection connection = repository.getConnection();
             TupleQueryResult result = connection.prepareTupleQuery(LEADS).evaluate()) {
            for (BindingSet s : result) rdf4j.add(s.getValue("district").stringValue() + "/" + s.getValue("item").stringValue());
        } finally {
            repository.shutDown();
        }
        assertTrue(rest.contains("鲤城区/科普基础设施工程"), rest.toString());
        assertEquals(rest, jena);
        assertEquals(rest, rdf4j);
    }

    @Test
    void updatesAreRefusedThroughEveryPathAndChangeNothing() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        long before = countQuads(count);
        String sparql = base() + "/sparql";
        List<HttpRequest.Builder> attempts = List.of(
                HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")),
                HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=DROP%20ALL")),
                HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=DROP%20ALL")),
                HttpRequest.newBuilder(URI.create(sparql + "?update=DROP%20ALL")),
                HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR DEFAULT")));
        for (HttpRequest.Builder attempt : attempts) {
            int status = send(attempt).statusCode();
            assertTrue(status >= 400 && status < 500, "refused with a 4xx, got " + status);
        }
        assertEquals(before, countQuads(count));
    }

    @Test
    void aRunawayQueryIsStoppedWithinTheLimitWhileOthersAreAnswered() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
                + "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }";
        long start = System.nanoTime();
        var running = CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(runaway)).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        Http.Response meanwhile = Http.get(base(), "/api/matrix?national=youth");
        assertEquals(200, meanwhile.status(), "the service keeps answering");
        HttpResponse<String> stopped = running.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(seconds < 3 + 2, "stopped after " + seconds + " s");
        assertFalse(stopped.body().contains("at org."));
    }

    @Test
    void federatedQueriesAreRefusedAndOtherSitesMayQuery() throws Exception {
        HttpResponse<byte[]> service = send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query="
                + java.net.URLEncoder.encode("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", StandardCharsets.UTF_8))));
        assertEquals(400, service.statusCode());
        HttpResponse<byte[]> cors = send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query="
                + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "http://example.org"));
        assertEquals("*", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        for (String accept : List.of("application/sparql-results+xml", "text/csv", "text/tab-separated-values")) {
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query="
                    + java.net.URLEncoder.encode("SELECT ?s WHERE { ?s a <https://w3id.org/plankg/def/plankg#District> }", StandardCharsets.UTF_8)))
                    .header("Accept", accept));
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept), accept);
        }
    }

    private long countQuads(String query) {
        try (RDFConnection sparql = RDFConnection.connect(base() + "/sparql")) {
            return sparql.query(query).execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Lang lang(RdfFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            case NTRIPLES -> Lang.NTRIPLES;
        };
    }
}
