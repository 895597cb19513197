package org.plankg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Tag;
import org.plankg.TestPlans;
import org.junit.jupiter.api.Test;
import org.plankg.vocab.Pk;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The release a paper cites: the CSV tables checked against their CSV on the Web metadata as the W3C
 * model reads them (header, required cells, datatypes), converted to RDF as CSVW's csv2rdf does
 * (minimal mode: aboutUrl, propertyUrl, valueUrl as RFC 6570 templates, datatype, lang, virtual and
 * suppressed columns) and compared with the graph; every file named by its version and checked
 * against its SHA-256 in SHA256SUMS and VoID. 丰台's plan carries a correction with a hostile reason.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvwReleaseTest {

    static final String HOSTILE = "=HYPERLINK(\"http://evil.example/\",\"<b>x</b>\")";
    static final Path PLANS = TestPlans.withFengtaiYouthLead(HOSTILE);
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("plankg.plans", PLANS::toString);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theTablesValidateAgainstTheirMetadataAndConvertToTheGraph() throws Exception {
        JsonObject metadata = JSON.parse(new String(get("/dumps/csv/csv-metadata.json").body(), StandardCharsets.UTF_8));
        Graph graph = union(get("/dumps/plankg.nq.gz").body());
        Graph converted = GraphFactory.createDefaultGraph();
        int hostileCells = 0;
        for (JsonValue t : metadata.get("tables").getAsArray()) {
            JsonObject table = t.getAsObject();
            String file = table.get("url").getAsString().value();
            HttpResponse<byte[]> csv = get("/dumps/csv/" + file);
            assertEquals(200, csv.statusCode(), file);
            assertTrue(csv.headers().firstValue("Link").orElse("").contains("csv-metadata.json"), file + " names its metadata");
            List<JsonObject> columns = new ArrayList<>();
            table.get("tableSchema").getAsObject().get("columns").getAsArray().forEach(c -> columns.add(c.getAsObject()));
            String tableAbout = table.get("tableSchema").getAsObject().get("aboutUrl").getAsString().value();
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').get()
                    .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
            List<JsonObject> real = columns.stream().filter(c -> !c.hasKey("virtual")).toList();
            assertEquals(real.stream().map(c -> c.get("titles").getAsString().value()).toList(), rows.get(0).toList(), file + " header");
            assertTrue(rows.size() > 1, file + " has rows");
            for (CSVRecord row : rows.subList(1, rows.size())) {
                Map<String, String> cells = new java.util.HashMap<>();
                for (int i = 0; i < real.size(); i++) cells.put(real.get(i).get("name").getAsString().value(), row.get(i));
                for (JsonObject column : columns) {
                    String name = column.hasKey("name") ? column.get("name").getAsString().value() : null;
                    String cell = name == null ? null : cells.get(name);
                    if (column.hasKey("required")) assertFalse(cell.isEmpty(), file + ": " + name + " is required: " + row);
                    if (column.hasKey("suppressOutput") || (cell != null && cell.isEmpty())) continue;
                    if (cell != null && cell.startsWith("'=")) {
                        hostileCells++;
                        cell = cell.substring(1); // the documented spreadsheet guard, taken off to compare
                    }
                    Node subject = iri(expand(column.hasKey("aboutUrl") ? column.get("aboutUrl").getAsString().value() : tableAbout, cells));
                    Node predicate = NodeFactory.createURI(prefixed(column.get("propertyUrl").getAsString().value()));
                    Node object = column.hasKey("valueUrl") ? iri(expand(prefixed(column.get("valueUrl").getAsString().value()), cells))
                            : literal(cell, column);
                    converted.add(Triple.create(subject, predicate, object));
                }
            }
        }
        List<Triple> missing = converted.find().toList().stream().filter(tr -> !graph.contains(tr)).toList();
        assertEquals(List.of(), missing.stream().limit(5).toList(), "every converted triple is in the graph (" + missing.size() + " are not)");
        Set<Node> assignments = new HashSet<>(graph.find(Node.ANY, RDF.type.asNode(), Pk.Assignment.asNode()).mapWith(Triple::getSubject).toList());
        Set<Node> convertedAssignments = new HashSet<>(converted.find(Node.ANY, RDF.type.asNode(), Pk.Assignment.asNode()).mapWith(Triple::getSubject).toList());
        assertEquals(assignments, convertedAssignments, "every assignment is a row");
        assertTrue(converted.contains(Node.ANY, Pk.reason.asNode(), NodeFactory.createLiteralString(HOSTILE)), "the correction is in the table");
        assertEquals(1, hostileCells, "a formula-like reason is written as text");
    }

    @Test
    void everyFileIsNamedByItsVersionAndMatchesItsChecksum() throws Exception {
        String sums = new String(get("/dumps/SHA256SUMS").body(), StandardCharsets.UTF_8);
        String version = get("/dumps/SHA256SUMS").headers().firstValue("X-Plankg-Data-Version").orElseThrow();
        assertTrue(version.matches("[0-9a-f]{12}"), version);
        Model voidModel = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(get("/.well-known/void?format=ttl").body(), StandardCharsets.UTF_8), Lang.TURTLE).parse(voidModel);
        for (String line : sums.lines().toList()) {
            String[] parts = line.split("  ");
            HttpResponse<byte[]> file = get("/dumps/" + parts[1]);
            assertEquals(parts[0], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())), parts[1]);
            assertEquals("\"" + parts[0] + "\"", file.headers().firstValue("ETag").orElse(""), parts[1]);
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(version), parts[1] + " is named by its version");
            if (!parts[1].endsWith(".json")) {
                assertTrue(voidModel.contains(null, voidModel.createProperty("http://spdx.org/rdf/terms#checksumValue"), parts[0]),
                        parts[1] + "'s checksum is in VoID");
            }
        }
        assertTrue(voidModel.contains(null, voidModel.createProperty("http://www.w3.org/ns/dcat#version"), version));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(get("/dumps/plankg.trig.gz").body()))) {
            assertTrue(new String(in.readNBytes(200), StandardCharsets.UTF_8).startsWith("# plankg data " + version), "the dump says its version");
        }
    }

    private static Graph union(byte[] gzipped) throws IOException {
        Dataset dataset = DatasetFactory.create();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dataset);
        }
        return dataset.asDatasetGraph().getUnionGraph();
    }

    private static String prefixed(String iri) {
        return iri.startsWith("rdf:") ? RDF.getURI() + iri.substring(4) : iri;
    }

    /** RFC 6570 reserved expansion of {+name}: reserved and unreserved characters and %XX kept, others percent-encoded. */
    static String expand(String template, Map<String, String> cells) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\+(\\w+)\\}").matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(template, at, m.start());
            for (byte b : cells.get(m.group(1)).getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0)) out.append((char) c);
                else out.append('%').append(String.format("%02X", c));
            }
            at = m.end();
        }
        return out.append(template.substring(at)).toString();
    }

    /** The IRI a URI stands for (RFC 3987 3.2): percent-encoded non-ASCII UTF-8 decoded, other %XX kept. */
    static Node iri(String uri) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%' && i + 2 < uri.length() && Integer.parseInt(uri.substring(i + 1, i + 3), 16) >= 0x80) {
                bytes.write(Integer.parseInt(uri.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return NodeFactory.createURI(bytes.toString(StandardCharsets.UTF_8));
    }

    private static Node literal(String cell, JsonObject column) {
        String datatype = column.hasKey("datatype") ? column.get("datatype").getAsString().value() : "string";
        if (column.hasKey("lang")) return NodeFactory.createLiteralLang(cell, column.get("lang").getAsString().value());
        if (datatype.equals("string")) return NodeFactory.createLiteralString(cell);
        var type = TypeMapper.getInstance().getSafeTypeByName("http://www.w3.org/2001/XMLSchema#" + datatype);
        assertTrue(type.isValid(cell), cell + " is a valid " + datatype);
        return NodeFactory.createLiteralDT(cell, type);
    }
}
