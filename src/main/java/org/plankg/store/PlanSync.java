package org.plankg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.plankg.extract.Plan;
import org.plankg.extract.PlanFormatException;
import org.plankg.extract.PlanParser;
import org.plankg.graph.PlanDataset;
import org.plankg.graph.PlanGraph;
import org.plankg.question.Questions;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.plankg.vocab.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the store in step with the plans folder: each plan in its own named graph, replaced in
 * one request when its file's content changes, removed when its file is gone; the vocabularies in
 * their graph. Runs at start-up and then every {@code plankg.sync-interval}, so an external store
 * that was restarted empty is filled again without restarting the service. A file that no longer
 * reads as a plan keeps the graph it had: bad input loses no data.
 */
@Component
public class PlanSync implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PlanSync.class);

    /** What one synchronisation did. */
    public record Report(List<String> loaded, int unchanged, List<String> removed, List<String> errors) {
    }

    private final Store store;
    private final Questions questions;
    private final StoreProperties properties;
    private final Vocabulary vocabulary;
    private final Iris iris;
    private volatile Report last;

    PlanSync(Store store, Questions questions, StoreProperties properties, Vocabulary vocabulary, Iris iris) {
        this.store = store;
        this.questions = questions;
        this.properties = properties;
        this.vocabulary = vocabulary;
        this.iris = iris;
    }

    /** The first sync runs before the web server opens, so no request sees a half-filled store. */
    @Override
    public void afterSingletonsInstantiated() {
        syncQuietly();
    }

    @Scheduled(initialDelayString = "${plankg.sync-interval:10s}", fixedDelayString = "${plankg.sync-interval:10s}")
    public void syncQuietly() {
        try {
            sync();
        } catch (StoreUnavailableException e) {
            log.warn("plans not synchronised, will retry: {}", e.getMessage());
        }
    }

    public synchronized Report sync() {
        syncVocabulary();
        Map<String, List<String[]>> storedBySource = stored();
        Set<String> keep = new HashSet<>();
        List<String> loaded = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int unchanged = 0;
        PlanParser parser = new PlanParser(vocabulary);
        for (Path file : planFiles(errors)) {
            String source = file.toString();
            List<String[]> earlier = storedBySource.getOrDefault(source, List.of());
            try {
                byte[] bytes = Files.readAllBytes(file);
                String sha = PlanParser.sha256(bytes);
                if (earlier.stream().anyMatch(g -> g[1].equals(sha) && g[0].startsWith(iris.base()))) {
                    earlier.forEach(g -> keep.add(g[0]));
                    unchanged++;
                    continue;
                }
                Plan plan = parser.parse(source, bytes);
                String graph = iris.graph(plan);
                // built and checked under the default base, in which the shapes are written; then moved
                Model model = PlanGraph.of(plan, Iris.standard());
                model.createResource(Iris.standard().plan(plan)).addLiteral(DCTerms.modified,
                        model.createTypedLiteral(java.util.Calendar.getInstance()));
                ValidationReport report = PlanDataset.validate(model.union(vocabulary.model()));
                if (!report.conforms()) throw new PlanFormatException("its graph does not conform to the shapes");
                store.putGraph(graph, iris.rebase(model));
                log.info("{}: {}", source, plan.coverage().summary());
                keep.add(graph);
                loaded.add(source);
            } catch (PlanFormatException | IOException e) {
                errors.add(source + ": " + e.getMessage());
                earlier.forEach(g -> keep.add(g[0]));
            }
        }
        List<String> removed = new ArrayList<>();
        storedBySource.values().stream().flatMap(List::stream).map(g -> g[0]).distinct()
                .filter(graph -> !keep.contains(graph)).forEach(graph -> {
                    store.deleteGraph(graph);
                    removed.add(graph);
                });
        errors.forEach(e -> log.error("plan not loaded: {}", e));
        if (!loaded.isEmpty() || !removed.isEmpty()) log.info("plans loaded {}, removed {}", loaded, removed);
        last = new Report(List.copyOf(loaded), unchanged, List.copyOf(removed), List.copyOf(errors));
        return last;
    }

    /** The report of the last synchronisation that reached the store, or null before the first. */
    public Report lastReport() {
        return last;
    }

    private void syncVocabulary() {
        String graph = iris.vocabularyGraph();
        ParameterizedSparqlString ask = new ParameterizedSparqlString("ASK { GRAPH ?graph { ?graph ?digest ?sha256 } }");
        ask.setIri("graph", graph);
        ask.setIri("digest", iris.rebase(Pk.sha256.getURI()));
        ask.setLiteral("sha256", vocabulary.sha256());
        boolean current = store.ask(ask.asQuery());
        if (current) return;
        Model model = iris.rebase(vocabulary.model());
        model.createResource(graph).addProperty(model.createProperty(iris.rebase(Pk.sha256.getURI())), vocabulary.sha256());
        store.putGraph(graph, model);
    }

    /** Graph and content hash of each stored plan, by source file. */
    private Map<String, List<String[]>> stored() {
        Map<String, List<String[]>> bySource = new HashMap<>();
        ResultSet rows = store.select(questions.get("stored-plans").query());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            bySource.computeIfAbsent(row.getLiteral("sourceFile").getString(), k -> new ArrayList<>())
                    .add(new String[] {row.getResource("graph").getURI(), row.getLiteral("sha256").getString()});
        }
        return bySource;
    }

    private List<Path> planFiles(List<String> errors) {
        Path folder = properties.plans();
        if (!Files.isDirectory(folder)) {
            errors.add(folder + ": the plans folder does not exist");
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            errors.add(folder + ": cannot be listed (" + e.getMessage() + ")");
            return List.of();
        }
    }
}
