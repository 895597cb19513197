package org.plankg.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A tabular answer: named columns and rows of strings, numbers or nulls (unbound).
 * {@code renderings} keeps the table's JSON and CSV once written, so that an answer shared by
 * many requests is serialised once; it takes no part in equality.
 */
public record Table(List<String> columns, List<List<Object>> rows, Renderings renderings) {

    public Table(List<String> columns, List<List<Object>> rows) {
        this(columns, rows, new Renderings());
    }

    /** The bytes of the table in each format it was written in. */
    public static final class Renderings {
        private final java.util.concurrent.ConcurrentHashMap<String, byte[]> bytes = new java.util.concurrent.ConcurrentHashMap<>();

        public byte[] get(String format, java.util.function.Supplier<byte[]> render) {
            return bytes.computeIfAbsent(format, f -> render.get());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Renderings;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    public static Table of(ResultSet results) {
        List<String> columns = results.getResultVars();
        List<List<Object>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            List<Object> row = new ArrayList<>(columns.size());
            for (String column : columns) row.add(value(solution.get(column)));
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /** The same table, read-only, for answers shared between requests. */
    public Table readOnly() {
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        return new Table(List.copyOf(columns), java.util.Collections.unmodifiableList(copy), renderings);
    }

    /** Rows as objects keyed by column, in column order. */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) record.put(columns.get(i), row.get(i));
            records.add(record);
        }
        return records;
    }

    public String json() {
        return TableWriter.json(columns, rows);
    }

    public String csv() {
        return TableWriter.csv(columns, rows);
    }

    /** A result cell as a table holds it: a string, a number, or null when unbound. */
    public static Object value(RDFNode node) {
        if (node == null) return null;
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String type = literal.getDatatypeURI();
            if (XSDDatatype.XSDinteger.getURI().equals(type) || XSDDatatype.XSDint.getURI().equals(type)
                    || XSDDatatype.XSDlong.getURI().equals(type)) {
                return Long.valueOf(literal.getLexicalForm());
            }
            if (XSDDatatype.XSDdecimal.getURI().equals(type)) return new BigDecimal(literal.getLexicalForm());
            return literal.getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : "";
    }
}
