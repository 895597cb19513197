package org.plankg.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.plankg.query.Questions;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.plankg.store.Store;

/**
 * Moves what a store holds to the IRIs this deployment mints, on the first sync after a start:
 * instance IRIs under another base (plankg.base changed), and vocabulary IRIs under a deployment's
 * own /def/… (written before the vocabulary had its persistent namespace). Only IRIs are rewritten;
 * no plan is read again, so a stored plan whose file is gone or was kept against a file cut short
 * stays as it was. Each batch of graphs is written under its new names before the old names are
 * dropped: a service stopped halfway re-mints the rest, and again the same names, on its next start.
 */
final class Remint {

    /** A graph this service writes: {base}graph/plan/… or {base}graph/vocabulary. */
    private static final Pattern GRAPH = Pattern.compile("^(.+/)graph/(plan/.+|vocabulary)$");
    private static final String PLAN_CLASS = "def/plankg#Plan";
    private static final int BATCH = 50;

    /** What was moved: plan graphs re-minted, old vocabulary graphs dropped (the sync writes it anew). */
    record Report(int plans, int vocabularies, List<String> fromBases) {
        boolean nothing() {
            return plans == 0 && vocabularies == 0;
        }
    }

    /** A stored plan graph and the bases its instance and vocabulary IRIs were minted under. */
    private record Stored(String graph, String instanceBase, String vocabularyBase) {
    }

    private final Store store;
    private final Questions questions;
    private final Iris iris;

    Remint(Store store, Questions questions, Iris iris) {
        this.store = store;
        this.questions = questions;
        this.iris = iris;
    }

    Report run() {
        List<Stored> moved = new ArrayList<>();
        List<String> oldVocabularies = new ArrayList<>();
        ResultSet rows = store.selectAsIs(questions.get("stored-plan-types").query());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            Matcher name = GRAPH.matcher(row.getResource("graph").getURI());
            String type = row.getResource("type").getURI();
            if (!name.matches() || !type.endsWith(PLAN_CLASS)) continue;
            String vocabularyBase = type.substring(0, type.length() - PLAN_CLASS.length());
            boolean current = type.equals(Pk.Plan.getURI()) && name.group(1).equals(iris.base());
            if (!current) moved.add(new Stored(name.group(), name.group(1), vocabularyBase));
        }
        ResultSet graphs = store.selectAsIs(questions.get("graph-names").query());
        while (graphs.hasNext()) {
            String graph = graphs.next().getResource("graph").getURI();
            if (graph.endsWith("/graph/vocabulary") && !graph.equals(iris.vocabularyGraph())) oldVocabularies.add(graph);
        }
        for (int from = 0; from < moved.size(); from += BATCH) {
            Map<String, Model> copies = new LinkedHashMap<>();
            List<String> old = new ArrayList<>();
            for (Stored stored : moved.subList(from, Math.min(moved.size(), from + BATCH))) {
                copies.put(move(stored, stored.graph()), moved(stored, store.graph(stored.graph())));
                old.add(stored.graph());
                // a plan's corrections graph moves with it
                String corrections = stored.graph() + "/corrections";
                Model correctionsGraph = store.graph(corrections);
                if (!correctionsGraph.isEmpty()) {
                    copies.put(move(stored, corrections), moved(stored, correctionsGraph));
                    old.add(corrections);
                }
            }
            store.putGraphs(copies);
            old.removeAll(copies.keySet());
            if (!old.isEmpty()) store.deleteGraphs(old);
        }
        if (!oldVocabularies.isEmpty()) store.deleteGraphs(oldVocabularies);
        return new Report(moved.size(), oldVocabularies.size(),
                moved.stream().map(Stored::instanceBase).distinct().toList());
    }

    private Model moved(Stored stored, Model graph) {
        Model copy = ModelFactory.createDefaultModel();
        graph.getGraph().find().forEachRemaining(t -> copy.getGraph().add(Triple.create(
                move(stored, t.getSubject()), move(stored, t.getPredicate()), move(stored, t.getObject()))));
        return copy;
    }

    private Node move(Stored stored, Node node) {
        return node.isURI() ? NodeFactory.createURI(move(stored, node.getURI())) : node;
    }

    /** The vocabulary first: before 0.2 it lived under the instance base, {base}def/…. */
    private String move(Stored stored, String iri) {
        String oldVocabulary = stored.vocabularyBase() + "def/";
        if (iri.startsWith(oldVocabulary)) return Iris.VOCABULARY + iri.substring(oldVocabulary.length());
        if (iri.startsWith(stored.instanceBase()) && !iri.startsWith(Iris.VOCABULARY)) {
            return iris.base() + iri.substring(stored.instanceBase().length());
        }
        return iri;
    }
}
