package org.plankg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malformed requests, sent byte for byte as a script or crawler might (bad percent-encoding,
 * invalid UTF-8, broken Accept headers, missing bodies): each gets a 4xx answer, never a 5xx.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.plankg.store.Store store;

    private int status(String requestLineAndHeaders, String body) throws IOException {
        return Http.rawStatus(port, requestLineAndHeaders, body);
    }

    @Test
    void malformedRequestsAreRefusedAsTheClientsMistake() throws IOException {
        List<String[]> requests = List.of(
                new String[] {"GET /api/units/%E5%8C%BA%E7%A7%91%E5%8D%8F/items?role=%zz HTTP/1.1", null},
                new String[] {"GET /?x=%C3%28 HTTP/1.1", null},
                new String[] {"GET /?=1 HTTP/1.1", null},
                new String[] {"GET /api/matrix?national=%zz HTTP/1.1", null},
                new String[] {"GET /api/assignments?limit=abc HTTP/1.1", null},
                new String[] {"GET /api/units/a%01b/items HTTP/1.1", null},
                new String[] {"GET /.well-known/void HTTP/1.1\r\nAccept: garbage", null},
                new String[] {"GET /.well-known/void HTTP/1.1\r\nAccept: text/html;q=abc", null},
                new String[] {"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nAccept: */*;q=2", null},
                new String[] {"POST /sparql HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded", "query=%zz"},
                new String[] {"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query", ""},
                new String[] {"POST /sparql HTTP/1.1\r\nContent-Type: multipart/form-data", "x"});
        List<String> failed = new ArrayList<>();
        for (String[] r : requests) {
            int status = status(r[0], r[1]);
            if (status < 400 || status >= 500) failed.add(status + " " + r[0].replace("\r\n", " | "));
        }
        assertEquals(List.of(), failed, "each of these should be a 4xx");
    }

    @Test
    void aHugeQueryIsRefusedBeforeParsingAndHealthNamesNoAddress() throws IOException {
        String huge = "#" + "x".repeat(200_000) + "\nASK {}";
        assertEquals(413, status("POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query", huge));
        Http.Response health = Http.get("http://localhost:" + port, "/actuator/health");
        assertEquals(200, health.status());
        assertTrue(health.body().contains("\"store\"") && !health.body().contains("localhost:")
                && !health.body().contains("lastSync"), health.body());
    }

    @Test
    void sparqlCsvDefusesFormulas() {
        Http.Response csv = Http.get("http://localhost:" + port, "/sparql?format=csv&query=" + java.net.URLEncoder.encode(
                "SELECT ?x ?n WHERE { BIND(\"=HYPERLINK(\\\"http://evil\\\")\" AS ?x) BIND(-42 AS ?n) }", StandardCharsets.UTF_8));
        assertEquals(200, csv.status(), csv.body());
        assertEquals("x,n\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",-42\r\n", csv.body());
    }

    @Test
    void aPlanDumpKeepsItsChineseFileName() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/dumps/plans/"
                        + java.net.URLEncoder.encode("北京市丰台区-2021-2025", StandardCharsets.UTF_8) + ".trig")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename*=UTF-8''") && disposition.contains("%E4%B8%B0%E5%8F%B0"), disposition);
        assertTrue(response.body().contains("区科协"), "the plan's graph");
    }

    @Test
    void describeWithoutWhereAndTheDescribeQuestionAreAnswered() throws IOException {
        assertEquals(200, status("GET /sparql?query=DESCRIBE%20%3Chttp%3A%2F%2Fx%3E HTTP/1.1", null));
        Http.Response turtle = Http.get("http://localhost:" + port, "/api/questions/describe?resource="
                + java.net.URLEncoder.encode("http://localhost:" + port + "/id/unit/北京市丰台区/区科协", StandardCharsets.UTF_8));
        assertEquals(200, turtle.status(), turtle.body());
        assertTrue(turtle.contentType().startsWith("text/turtle") && turtle.body().contains("区科协"), turtle.body());
    }

    /** A text query Lucene refuses as it runs is the query's fault: 400 naming it, not a 500. */
    @Test
    void aTextQueryThatFailsAsItRunsIsABadRequest() {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT * WHERE { "
                + "(?doc ?score ?snippet ?g) text:query (\"+\\\"应急\\\"\" 10 \"highlight:s:[ | e:]\") }";
        Http.Response answer = Http.get("http://localhost:" + port, "/sparql?query="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("failed as it ran"), answer.body());
    }

    @Test
    void theEmbeddedStoreTakesNoWriteFromOutsideTheService() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String update = "DROP ALL";
        List<java.net.http.HttpRequest> writes = List.of(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(store.endpoint()))
                        .header("Content-Type", "application/sparql-update")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(update)).build(),
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(store.endpoint() + "/update"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("update=DROP%20ALL")).build(),
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(store.endpoint() + "?default"))
                        .header("Content-Type", "text/turtle")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<http://x> <http://x> <http://x> .")).build(),
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(store.endpoint() + "?graph=http://x"))
                        .DELETE().build());
        for (var write : writes) {
            int status = client.send(write, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status >= 400, write.method() + " " + write.uri() + " answered " + status);
        }
        Http.Response units = Http.get("http://localhost:" + port, "/api/units/区科协/items?role=lead");
        assertTrue(units.status() == 200 && units.body().contains("丰台区"), "the plans are still there: " + units.body());
    }
}
