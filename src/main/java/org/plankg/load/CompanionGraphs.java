package org.plankg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.plankg.extract.PlanParser;
import org.plankg.graph.PlanGraph;
import org.plankg.plan.District;
import org.plankg.plan.Reform;
import org.plankg.query.Questions;
import org.plankg.read.DocumentReader;
import org.plankg.read.UnreadableException;
import org.plankg.store.Store;
import org.plankg.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graphs the loader keeps beside the plans' own: the researchers' reforms file
 * ({@code …/graph/reforms}) and the links between plans ({@code …/graph/links}: a plan
 * dct:references the stored plan whose title it cites).
 */
final class CompanionGraphs {

    private static final Logger log = LoggerFactory.getLogger(CompanionGraphs.class);
    private static final Pattern DISTRICT_OF_PLAN = Pattern.compile("/id/plan/([^/]+)/[^/]+$");

    private final Store store;
    private final Questions questions;
    private final Iris iris;
    private final DocumentReader reader;

    CompanionGraphs(Store store, Questions questions, Iris iris, DocumentReader reader) {
        this.store = store;
        this.questions = questions;
        this.iris = iris;
        this.reader = reader;
    }

    /**
     * The reforms file into its graph when it or the districts its rows find changed; gone, its
     * graph goes. A file with a bad row is not loaded (the graph keeps the last good one); a row
     * whose district has no plan yet waits for one. Returns the problems, each logged once
     * ({@code told}: those logged before).
     */
    List<String> reforms(Path file, Set<String> told) {
        String graph = iris.reformsGraph();
        List<String> problems = new ArrayList<>();
        try {
            if (!Files.isRegularFile(file)) {
                if (exists(graph)) store.deleteGraph(graph);
                return problems;
            }
            reader.checkSize(file);
            byte[] bytes = Files.readAllBytes(file);
            Map<String, String> keys = districtKeys();
            Map<District, List<Reform>> byDistrict = new LinkedHashMap<>();
            for (ReformsFile.Entry e : ReformsFile.read(bytes)) {
                String key = keys.get(e.district());
                if (key == null) {
                    problems.add(ReformsFile.NAME + ":" + e.reform().line() + ": no plan of a district named " + e.district()
                            + " is loaded; the row waits for one");
                } else {
                    byDistrict.computeIfAbsent(new District(key, key, null, null), k -> new ArrayList<>()).add(e.reform());
                }
            }
            String sha = PlanParser.sha256((PlanParser.sha256(bytes) + byDistrict.keySet()).getBytes(StandardCharsets.UTF_8));
            if (!current(graph, sha)) {
                store.putGraph(graph, PlanGraph.reforms(byDistrict, graph, ReformsFile.NAME, sha, iris));
                log.info("reforms: {} entries of {} districts from {}", byDistrict.values().stream().mapToInt(List::size).sum(),
                        byDistrict.size(), ReformsFile.NAME);
            }
        } catch (ReformsFile.ProblemsException e) {
            problems.addAll(e.problems);
        } catch (IOException | UnreadableException e) {
            problems.add(ReformsFile.NAME + ": " + e.getMessage());
        }
        problems.stream().filter(p -> !told.contains(p)).forEach(p -> log.error("reforms not loaded: {}", p));
        return problems;
    }

    /** The links graph made current: a plan dct:references the stored plan whose title it cites. */
    void links() {
        Model links = ModelFactory.createDefaultModel();
        ResultSet rows = store.selectAsIs(questions.get("plan-citations").query());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            links.add(row.getResource("plan"), DCTerms.references, row.getResource("cited"));
        }
        String graph = iris.linksGraph();
        if (!links.isEmpty()) store.putGraph(graph, links);
        else if (exists(graph)) store.deleteGraph(graph);
    }

    /** Each stored district's key (the city and district of its IRIs), by key, by name and by city and name. */
    private Map<String, String> districtKeys() {
        Map<String, String> keys = new HashMap<>();
        ResultSet rows = store.selectAsIs(questions.get("plans").query());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            Matcher key = DISTRICT_OF_PLAN.matcher(row.getResource("plan").getURI());
            if (!key.find()) continue;
            String name = row.getLiteral("district").getString();
            keys.put(key.group(1), key.group(1));
            keys.putIfAbsent(name, key.group(1));
            if (row.contains("city")) keys.putIfAbsent(row.getLiteral("city").getString() + name, key.group(1));
        }
        return keys;
    }

    private boolean exists(String graph) {
        return store.askAsIs(questions.get("graph-exists").bind(Map.of("graph", List.of(NodeFactory.createURI(graph)))));
    }

    /** Whether the graph carries this content hash (the question the vocabulary graph is checked with). */
    private boolean current(String graph, String sha) {
        return store.askAsIs(questions.get("vocabulary-current").bind(Map.of(
                "graph", List.of(NodeFactory.createURI(graph)), "sha256", List.of(NodeFactory.createLiteralString(sha)))));
    }
}
