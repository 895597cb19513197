package org.plankg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plankg.api.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the SPARQL protocol says are bad, and queries too deep to be worth running: each a 400
 * that says why, before any query runs (one that ran would end at the time limit with a 503).
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlProtocolTest {

    @LocalServerPort
    int port;

    private Http.Response get(String query, String more) {
        return Http.get("http://localhost:" + port, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more,
                "application/sparql-results+json");
    }

    @Test
    void aParameterGivenTwiceIsABadRequest() {
        Http.Response versions = get("ASK {}", "&version=1.2&version=1.1");
        assertEquals(400, versions.status(), versions.body());
        assertTrue(versions.body().contains("version is given 2 times"), versions.body());
        Http.Response queries = get("ASK {}", "&query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        assertEquals(400, queries.status(), queries.body());
        assertEquals(200, get("ASK {}", "&version=1.2").status(), "one version is fine");
    }

    @Test
    void aQueryTooDeepIsRefusedBeforeItRuns() {
        String braces = "SELECT * WHERE " + "{".repeat(1000) + " ?s ?p ?o " + "}".repeat(1000);
        Http.Response nested = get(braces, "");
        assertEquals(400, nested.status(), nested.body());
        assertTrue(nested.body().contains("nested 1000 levels deep"), nested.body());

        String sum = "SELECT (" + "1+".repeat(20_000) + "?o AS ?x) WHERE { ?s <https://w3id.org/plankg/def/plankg#sourceLine> ?o } LIMIT 1";
        Http.Response deep = postForm(sum);
        assertEquals(400, deep.status(), deep.body());
        assertTrue(deep.body().contains("nested"), "says it is too deep: " + deep.body());

        String shallower = "SELECT (" + "1+".repeat(300) + "?o AS ?x) WHERE { ?s <https://w3id.org/plankg/def/plankg#sourceLine> ?o } LIMIT 1";
        Http.Response expression = get(shallower, "");
        assertEquals(400, expression.status(), expression.body());
        assertTrue(expression.body().contains("an expression of the query is nested 257 levels deep"), expression.body());

        Http.Response fine = get("SELECT (?o + ?o + ?o AS ?x) WHERE { { { ?s <https://w3id.org/plankg/def/plankg#sourceLine> ?o } } } LIMIT 1", "");
        assertEquals(200, fine.status(), "an ordinary query still runs: " + fine.body());
    }

    private Http.Response postForm(String query) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return Http.Response.of(response);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
