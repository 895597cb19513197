package org.plankg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plankg.api.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code plankg.base} set, instance IRIs live under that base; the vocabulary keeps its persistent IRIs. */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "plankg.base=http://data.example.org/kg/")
class ConfiguredBaseTest {

    @LocalServerPort
    int port;

    @Test
    void resourcesQuestionsAndTheEndpointUseTheConfiguredBase() {
        String base = "http://localhost:" + port;
        Http.Response doc = Http.get(base, "/doc/unit/北京市丰台区/区科协", "application/n-triples");
        assertEquals(200, doc.status(), doc.body());
        assertTrue(doc.body().contains("<http://data.example.org/kg/id/unit/北京市丰台区/区科协> "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/plankg/def/plankg#Unit>"), doc.body());
        assertTrue(doc.body().contains("<https://w3id.org/plankg/def/category/sci-assoc>"), doc.body());
        assertTrue(Http.get(base, "/api/units/区科协/items?role=lead").body().contains("科普基础设施工程"));
        try (RDFConnection sparql = RDFConnection.connect(base + "/sparql")) {
            long old = sparql.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"http://localhost:\")) }")
                    .execSelect().next().getLiteral("n").getLong();
            assertEquals(0, old, "nothing is left under the address it was started on");
        }
    }
}
