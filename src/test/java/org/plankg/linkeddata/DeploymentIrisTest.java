package org.plankg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plankg.vocab.Iris;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service on a random port, as a linked-data client sees it: every IRI it serves names that
 * port (or the vocabulary's persistent namespace, or another vocabulary), every link of its HTML
 * pages, VoID and Link headers answers, and its dumps parse strictly.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeploymentIrisTest {

    /** Vocabularies named but not served here. */
    private static final List<String> ELSEWHERE = List.of("http://www.w3.org/", "https://www.w3.org/", "http://purl.org/",
            "http://rdfs.org/ns/void");
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern LINK_HEADER = Pattern.compile("<([^>]*)>");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port + "/";
    }

    @Test
    void everyLinkOfThePagesVoidAndLinkHeadersAnswersAndNamesThisPort() throws Exception {
        Map<String, Integer> dead = new java.util.concurrent.ConcurrentHashMap<>();
        Set<String> wrongPort = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Set<String> seen = new HashSet<>();
        List<String> level = List.of(base(), base() + ".well-known/void", base() + "def/plankg",
                base() + "def/role", base() + "def/category", base() + "def/outline");
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(4);
        int fetched = 0;
        while (!level.isEmpty()) {
            seen.addAll(level);
            fetched += level.size();
            List<String> current = level;
            Set<String> next = pool.submit(() -> current.parallelStream()
                    .flatMap(url -> links(url, dead, wrongPort).stream()).collect(java.util.stream.Collectors.toSet())).get();
            next.removeAll(seen);
            level = List.copyOf(next);
        }
        pool.shutdown();
        assertTrue(fetched > 300, "the crawl reached the plans' pages: " + fetched);
        assertTrue(seen.contains(base() + "doc/unit/" + "北京市丰台区/区科协") || seen.stream().anyMatch(u -> u.contains("/doc/unit/北京市丰台区/")),
                "unit pages reached");
        assertEquals(Map.of(), dead, "dead links");
        assertEquals(Set.of(), wrongPort, "IRIs that do not name port " + port);
    }

    /** The page's links (HTML href/src, Link headers, the IRIs of a Turtle document) to fetch next. */
    private Set<String> links(String url, Map<String, Integer> dead, Set<String> wrongPort) {
        HttpResponse<byte[]> response;
        try {
            response = get(url, url.endsWith("void") ? "text/turtle" : "text/html");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + url + ": " + e, e);
        }
        if (response.statusCode() != 200) {
            dead.put(url, response.statusCode());
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        for (String header : response.headers().allValues("Link")) {
            Matcher m = LINK_HEADER.matcher(header);
            while (m.find()) found.add(m.group(1));
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            Matcher m = LINK.matcher(new String(response.body(), StandardCharsets.UTF_8));
            while (m.find()) found.add(m.group(1).replace("&amp;", "&"));
        } else if (type.startsWith("text/turtle")) {
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).parse(model);
            model.listStatements().forEach(s -> {
                if (s.getSubject().isURIResource()) found.add(s.getSubject().getURI());
                if (s.getObject().isURIResource()) found.add(s.getObject().asResource().getURI());
            });
        }
        Set<String> targets = new HashSet<>();
        for (String link : found) {
            String target = resolve(url, link, wrongPort);
            if (target != null) targets.add(target);
        }
        return targets;
    }

    /** The absolute URL to fetch for a link, or null when it is served elsewhere; IRIs naming another address are noted. */
    private String resolve(String page, String link, Set<String> wrongPort) {
        if (link.startsWith("#") || link.startsWith("mailto:") || link.startsWith("javascript:") || link.isEmpty()) return null;
        String absolute = link.startsWith("http://") || link.startsWith("https://") ? link
                : URI.create(encodeForUri(page)).resolve(encodeForUri(link)).toString();
        absolute = decode(absolute);
        int hash = absolute.indexOf('#');
        if (hash >= 0) absolute = absolute.substring(0, hash);
        if (absolute.startsWith(Iris.VOCABULARY)) {
            // what the w3id.org redirect rule of the README does
            return base() + "def/" + absolute.substring(Iris.VOCABULARY.length());
        }
        if (absolute.startsWith(base())) return absolute;
        // an address of this service's kind (/id/, /doc/, /def/…) that is not this service
        if (absolute.contains("localhost") || absolute.matches("https?://[^/]+(/.*)?/(id|doc|def|graph|dumps)/.*")
                && ELSEWHERE.stream().noneMatch(absolute::startsWith)) {
            wrongPort.add(absolute + " (on " + page + ")");
        }
        return null;
    }

    @Test
    void theDumpsParseStrictlyAndNameThisPortOrThePersistentVocabulary() throws Exception {
        for (String dump : List.of("dumps/plankg.nq.gz", "dumps/plankg.trig.gz")) {
            HttpResponse<byte[]> response = get(base() + dump, "*/*");
            assertEquals(200, response.statusCode(), dump);
            Dataset dataset = DatasetFactory.create();
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(response.body())))
                    .lang(dump.contains("trig") ? Lang.TRIG : Lang.NQUADS).strict(true).checking(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(dataset);
            Set<String> foreign = new TreeSet<>();
            dataset.asDatasetGraph().find().forEachRemaining(q -> {
                for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                    if (!n.isURI()) continue;
                    String iri = n.getURI();
                    boolean ours = iri.startsWith(base()) || iri.startsWith(Iris.VOCABULARY);
                    if (!ours && (iri.contains("localhost") || iri.contains("/def/plankg"))) foreign.add(iri);
                }
            });
            assertEquals(Set.of(), foreign, dump + ": IRIs of another address");
            assertTrue(dataset.getNamedModel(base() + "graph/plan/北京市丰台区/2021-2025")
                    .contains(dataset.getNamedModel(base() + "graph/plan/北京市丰台区/2021-2025")
                            .createResource(base() + "id/plan/北京市丰台区/2021-2025"),
                            org.apache.jena.vocabulary.RDF.type, org.plankg.vocab.Pk.Plan), dump + ": 丰台's plan, under this port");
        }
    }

    private static String encodeForUri(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x7F || c == ' ' || c == '|' || c == '"' || c == '<' || c == '>' || c == '{' || c == '}') {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(encodeForUri(url))).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
