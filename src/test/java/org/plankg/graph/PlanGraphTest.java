package org.plankg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plankg.plan.Plan;
import org.plankg.extract.PlanFormatException;
import org.plankg.extract.PlanParser;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Vocabulary;

/** The graph of the shipped plans conforms to the shapes and answers questions as the texts do. */
class PlanGraphTest {

    private static Dataset dataset;

    @BeforeAll
    static void extract() throws IOException, PlanFormatException {
        Vocabulary vocabulary = Vocabulary.load();
        List<Plan> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/plans"))) {
            for (Path file : files.sorted().toList()) {
                plans.add(new PlanParser(vocabulary).parse(file.toString(), Files.readAllBytes(file)));
            }
        }
        dataset = PlanDataset.of(plans, vocabulary, Iris.standard());
    }

    @Test
    void extractedDataConformsToTheShapes() {
        ValidationReport report = PlanDataset.validate(dataset);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void districtsThatLetTheScienceAssociationLeadInfrastructure() {
        List<String> districts = select("""
                PREFIX pk: <https://w3id.org/plankg/def/plankg#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?name WHERE { GRAPH ?g {
                  ?a prov:agent ?unit ; prov:hadRole <https://w3id.org/plankg/def/role/lead> ; pk:assignedTo ?item .
                  ?unit skos:prefLabel "区科协"@zh ; pk:district ?d .
                  ?item pk:alignedWith <https://w3id.org/plankg/def/outline/infrastructure> .
                  ?d rdfs:label ?name } } ORDER BY ?name""");
        assertEquals(List.of("丰台区", "通州区", "鲤城区").stream().sorted().toList(), districts.stream().sorted().toList());
    }

    @Test
    void eachPlanStatesItsScienceLiteracyTarget() {
        List<String> targets = select("""
                PREFIX pk: <https://w3id.org/plankg/def/plankg#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?name ?value WHERE { GRAPH ?g {
                  ?plan dct:spatial/rdfs:label ?name ; pk:target [ pk:targetValue ?value ; pk:targetYear "2025"^^<http://www.w3.org/2001/XMLSchema#gYear> ] } }
                ORDER BY ?name""");
        // decimals are written in their canonical form (30.0), as TDB2 keeps them
        assertEquals(List.of("丰台区 25.5", "朝阳区 30.0", "西城区 30.0", "通州区 28.0", "鲤城区 17.8"),
                targets.stream().sorted().toList());
    }

    @Test
    void theUnitThatHostsEachPlansOfficeAndThePostThatChairsItsBody() {
        List<String> hosts = select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX pk: <https://w3id.org/plankg/def/plankg#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?name ?host ?line WHERE { GRAPH ?g {
                  ?plan dct:spatial/rdfs:label ?name ; pk:steeringBody ?office .
                  ?office a org:OrganizationalUnit .
                  ?m org:organization ?office ; org:role <https://w3id.org/plankg/def/role/office-host> ;
                     org:member/skos:prefLabel ?host ; pk:sourceLine ?line } }""");
        assertEquals(List.of("丰台区 区科协 229", "西城区 区科协 215", "通州区 区科协 115", "鲤城区 区科协 189"),
                hosts.stream().sorted().toList());
        List<String> chairs = select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX pk: <https://w3id.org/plankg/def/plankg#>
                SELECT ?district ?body ?post WHERE { GRAPH ?g {
                  ?p a org:Post ; org:postIn ?b ; org:role <https://w3id.org/plankg/def/role/chair> ; skos:prefLabel ?post .
                  ?b skos:prefLabel ?body ; pk:district/rdfs:label ?district } }""");
        assertEquals(List.of("丰台区 区纲要办 主管区长", "西城区 区全民科学素质工作领导小组 分管副区长"),
                chairs.stream().sorted().toList());
        List<String> groups = select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?office ?group WHERE { GRAPH ?g { ?o org:unitOf ?gr . ?gr org:hasUnit ?o .
                  ?o skos:prefLabel ?office . ?gr skos:prefLabel ?group } }""");
        assertEquals(2, groups.size(), "鲤城's and 西城's offices are units of their groups: " + groups);
    }

    private List<String> select(String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            var results = qe.execSelect();
            List<String> vars = results.getResultVars();
            results.forEachRemaining((QuerySolution s) -> {
                List<String> cells = new ArrayList<>();
                vars.forEach(v -> cells.add(s.get(v) instanceof Literal l ? l.getLexicalForm() : s.get(v).toString()));
                rows.add(String.join(" ", cells));
            });
        }
        return rows;
    }
}
