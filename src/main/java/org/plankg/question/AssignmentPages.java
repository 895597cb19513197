package org.plankg.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.plankg.format.RowStream;
import org.plankg.format.Table;
import org.plankg.store.Store;
import org.springframework.stereotype.Component;
import org.plankg.query.Questions;

/**
 * All assignments, or a page of them, as a stream: plan graph after plan graph (in the order of
 * their source files), each fetched whole (with its corrections graph, if it has one) through the
 * Graph Store Protocol and asked the
 * {@code assignments} question in memory. The rows and their order are those of the question run
 * on the whole store, but no query has to produce them all at once, nothing is held beyond one
 * plan, and no time limit is met however many plans there are.
 */
@Component
public class AssignmentPages {

    private final Store store;
    private final Questions questions;
    private final QuestionService answers;

    AssignmentPages(Store store, Questions questions, QuestionService answers) {
        this.store = store;
        this.questions = questions;
        this.answers = answers;
    }

    /** Rows {@code offset} to {@code offset + limit} (all when limit is null). */
    public RowStream page(long offset, Long limit) {
        Query query = questions.get("assignments").query();
        List<Graph> graphs = graphs();
        long total = graphs.stream().mapToLong(Graph::assignments).sum();
        return new RowStream(query.getResultVars(), out -> write(query, graphs, offset, limit, out), total);
    }

    private record Graph(String iri, String sourceFile, long assignments, boolean corrected) {
    }

    private void write(Query query, List<Graph> graphs, long offset, Long limit, Consumer<List<Object>> out) {
        long skip = offset;
        long left = limit == null ? Long.MAX_VALUE : limit;
        for (Graph graph : graphs) {
            if (left <= 0) return;
            if (skip >= graph.assignments()) {
                skip -= graph.assignments();
                continue;
            }
            Model model = store.graph(graph.iri());
            Dataset dataset = DatasetFactory.create();
            dataset.addNamedModel(graph.iri(), model);
            // the plan's corrections graph holds the notes its corrected rows show
            if (graph.corrected()) dataset.addNamedModel(graph.iri() + "/corrections", store.graph(graph.iri() + "/corrections"));
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rows = qe.execSelect();
                List<String> columns = rows.getResultVars();
                while (rows.hasNext() && left > 0) {
                    QuerySolution row = rows.next();
                    if (skip > 0) {
                        skip--;
                        continue;
                    }
                    List<Object> values = new ArrayList<>(columns.size());
                    for (String column : columns) values.add(Table.value(row.get(column)));
                    out.accept(values);
                    left--;
                }
            }
        }
    }

    /** The plan graphs that hold assignments, in the order of their source files (answers kept until the store changes). */
    private List<Graph> graphs() {
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> row : answers.run("assignment-counts", Map.of()).records()) {
            counts.put((String) row.get("graph"), ((Number) row.get("assignments")).longValue());
        }
        List<Graph> graphs = new ArrayList<>();
        for (Map<String, Object> row : answers.run("stored-plans", Map.of()).records()) {
            Long n = counts.get((String) row.get("graph"));
            if (n != null) graphs.add(new Graph((String) row.get("graph"), (String) row.get("sourceFile"), n,
                    row.get("correctionsSha256") != null));
        }
        graphs.sort(Comparator.comparing(Graph::sourceFile));
        return graphs;
    }
}
