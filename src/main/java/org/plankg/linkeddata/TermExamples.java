package org.plankg.linkeddata;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.plankg.query.Question;
import org.plankg.store.Store;

/** One example from the store per ontology term (queries/term-examples.rq), for the ontology's page. */
final class TermExamples {

    /** A thing that uses the term: its subject and, for a property, the value; labels may be null. */
    record Example(RDFNode subject, String subjectLabel, RDFNode value, String valueLabel) {
    }

    private TermExamples() {
    }

    /** The examples by term IRI; a term the store does not use has none. */
    static Map<String, Example> of(Store store, Question question, Collection<String> terms) {
        List<Node> asked = terms.stream().map(NodeFactory::createURI).toList();
        ResultSet rows = store.select(question.bind(Map.of("term", asked)));
        Map<String, Example> examples = new HashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            examples.putIfAbsent(row.getResource("term").getURI(), new Example(row.get("subject"), text(row, "subjectLabel"),
                    row.get("value"), text(row, "valueLabel")));
        }
        return examples;
    }

    private static String text(QuerySolution row, String column) {
        return row.contains(column) ? row.getLiteral(column).getLexicalForm() : null;
    }
}
