package org.plankg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/** Every file in queries/ parses, documents itself, and binds its parameters into the query. */
class QuestionFilesTest {

    @Test
    void everyQueryFileParsesWithATitleAndDeclaredParametersItUses() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertEquals(files.size(), new Questions().all().size(), "every file is loaded");
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".rq", "");
            Question q = Question.parse(name, Files.readString(file));
            assertTrue(!q.title().isBlank() && !q.description().isBlank(), name);
            if (q.internal()) {
                assertTrue(q.example().isEmpty(), name + " is not offered, so it has no example");
            } else {
                assertTrue(q.example().startsWith("/api/questions/" + name), name + ": example " + q.example());
            }
            for (Question.Parameter p : q.parameters()) {
                assertTrue(q.query().toString().contains("?" + p.variable()), name + " does not use $" + p.variable());
            }
        }
    }

    @Test
    void noQueryIsWrittenInJava() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        java.util.regex.Pattern query = java.util.regex.Pattern.compile("\"\\s*(PREFIX|SELECT|ASK|CONSTRUCT|DESCRIBE)\\b[^\"]*[{?]");
        for (Path source : sources) {
            assertTrue(!query.matcher(Files.readString(source)).find(), source + " writes a query in Java; put it in queries/");
        }
    }

    @Test
    void theServicesOwnQueriesAreMarkedAndOthersOffered() {
        Questions questions = new Questions();
        for (String own : List.of("stored-plans", "stored-plan-types", "graph-names", "graph-sizes", "assignment-counts",
                "unit-names", "store-filled", "store-answers", "vocabulary-current", "bench-sparql")) {
            assertTrue(questions.get(own).internal(), own);
        }
        assertTrue(questions.offered().stream().noneMatch(Question::internal));
        assertTrue(questions.offered().stream().anyMatch(q -> q.name().equals("unit-items")));
        assertEquals("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT ?a WHERE { ?u skos:prefLabel \"区科协\"@zh . ?a prov:agent ?u } LIMIT 100",
                questions.get("bench-sparql").body(), "the benchmark's query on one line, as it was before it moved to a file");
    }

    @Test
    void aBrokenQueryFileIsAnErrorNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Question.parse("broken", "# title: Broken\nSELECT ?x WHERE { ?x ?y }"));
        assertTrue(e.getMessage().contains("queries/broken.rq"), e.getMessage());
    }

    @Test
    void valuesAreBoundIntoTheParsedQueryNotPastedIntoItsText() {
        Question q = new Questions().get("item-matrix");
        String hostile = "x\") } DROP ALL #";
        Query bound = q.bind(Map.of("item", List.of(NodeFactory.createLiteralString(hostile))));
        assertTrue(bound.toString().contains("\"x\\\") } DROP ALL #\""), bound.toString());
        Question units = new Questions().get("find-units");
        Query many = units.bind(Map.of("spelling", List.of(NodeFactory.createLiteralString("科协"),
                NodeFactory.createLiteralString("区科协"))));
        assertTrue(many.toString().contains("VALUES ?spelling"), many.toString());
    }
}
