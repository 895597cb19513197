package org.plankg.store;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/** A researcher's query answered in full: rows (SELECT), a graph (CONSTRUCT, DESCRIBE) or a yes or no (ASK). */
public sealed interface Answer {

    record Rows(ResultSet rows) implements Answer {
    }

    record Graph(Model graph) implements Answer {
    }

    record YesNo(boolean yes) implements Answer {
    }
}
