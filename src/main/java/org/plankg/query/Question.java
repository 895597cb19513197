package org.plankg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One question: a SPARQL file of queries/ with its header. The header's lines are
 * {@code # title: …}, {@code # description: …}, {@code # example: …} and, per parameter,
 * {@code # param NAME TYPE [$VARIABLE]: description}; {@code # internal: why} marks a query the
 * service asks for its own work (loading, health, paging), which is not offered to researchers. Values are bound into the parsed query,
 * never pasted into its text: one value replaces the variable, several become a VALUES block.
 */
public record Question(String name, String title, String description, List<Parameter> parameters,
                       String example, boolean internal, String sparql, Query query) {

    /** How a parameter's text is turned into RDF terms. */
    public enum Type { TEXT, IRI, INTEGER, ROLE, OUTLINE, UNIT }

    public record Parameter(String name, Type type, String variable, String description) {
    }

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|example|param|internal)\\s*:?\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s+(\\w+)(?:\\s+\\$(\\w+))?\\s*:\\s*(.*)$");

    /** Parses a question file; a broken header or query is an error naming the file. */
    public static Question parse(String name, String text) {
        String title = null;
        String description = "";
        String example = "";
        boolean internal = false;
        List<Parameter> parameters = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) continue;
            switch (m.group(1)) {
                case "title" -> title = m.group(2).strip();
                case "description" -> description = m.group(2).strip();
                case "example" -> example = m.group(2).strip();
                case "internal" -> internal = true;
                default -> parameters.add(parameter(name, m.group(2)));
            }
        }
        if (title == null) throw new IllegalStateException("queries/" + name + ".rq: the header has no '# title:' line");
        try {
            return new Question(name, title, description, List.copyOf(parameters), example, internal, text, QueryFactory.create(text));
        } catch (QueryParseException e) {
            throw new IllegalStateException("queries/" + name + ".rq does not parse: " + e.getMessage(), e);
        }
    }

    private static Parameter parameter(String file, String declaration) {
        Matcher m = PARAM.matcher(declaration.strip());
        if (!m.matches()) {
            throw new IllegalStateException("queries/" + file + ".rq: cannot read '# param " + declaration
                    + "' (expected '# param NAME TYPE [$VARIABLE]: description')");
        }
        Type type;
        try {
            type = Type.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("queries/" + file + ".rq: unknown parameter type " + m.group(2));
        }
        return new Parameter(m.group(1), type, m.group(3) == null ? m.group(1) : m.group(3), m.group(4).strip());
    }

    /** The query with values bound; parameters not given stay free variables. */
    public Query bind(Map<String, List<Node>> values) {
        Map<Var, Node> single = new java.util.HashMap<>();
        List<ElementData> blocks = new ArrayList<>();
        for (Parameter p : parameters) {
            List<Node> nodes = values.get(p.name());
            if (nodes == null || nodes.isEmpty()) continue;
            if (nodes.size() == 1) single.put(Var.alloc(p.variable()), nodes.get(0));
            else blocks.add(block(Map.of(Var.alloc(p.variable()), nodes)));
        }
        Query bound = single.isEmpty() ? query.cloneQuery() : QueryTransformOps.replaceVars(query, single);
        return blocks.isEmpty() ? bound : withValues(bound, blocks);
    }

    /**
     * The query with values bound, and further parameters bound row by row in one VALUES block:
     * {@code together} gives each parameter its column, all of one length (the units of a page with
     * their plan graphs, so that no unit is tried in another's graph).
     */
    public Query bind(Map<String, List<Node>> values, Map<String, List<Node>> together) {
        Map<String, List<Node>> rest = new java.util.HashMap<>(values);
        together.keySet().forEach(rest::remove);
        Map<Var, List<Node>> columns = new java.util.LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (together.containsKey(p.name())) columns.put(Var.alloc(p.variable()), together.get(p.name()));
        }
        return withValues(bind(rest), List.of(block(columns)));
    }

    /** One VALUES block: a row for each position of the columns, which are all of one length. */
    private static ElementData block(Map<Var, List<Node>> columns) {
        ElementData data = new ElementData();
        columns.keySet().forEach(data::add);
        int rows = columns.values().iterator().next().size();
        for (int row = 0; row < rows; row++) {
            org.apache.jena.sparql.engine.binding.BindingBuilder binding = BindingFactory.builder();
            for (Map.Entry<Var, List<Node>> column : columns.entrySet()) binding.add(column.getKey(), column.getValue().get(row));
            data.add(binding.build());
        }
        return data;
    }

    /** A copy of the query with the VALUES blocks first inside its own group, so that the group's FILTERs see them too. */
    private static Query withValues(Query query, List<ElementData> blocks) {
        Query bound = QueryFactory.create(query.serialize()); // a deep copy: the group below is changed in place
        ElementGroup group = bound.getQueryPattern() instanceof ElementGroup g ? g : wrap(bound.getQueryPattern());
        for (int i = 0; i < blocks.size(); i++) group.getElements().add(i, blocks.get(i));
        bound.setQueryPattern(group);
        return bound;
    }

    private static ElementGroup wrap(org.apache.jena.sparql.syntax.Element element) {
        ElementGroup group = new ElementGroup();
        group.addElement(element);
        return group;
    }

    /** The SPARQL without its header, on one line (for a URL), as a researcher might type it. */
    public String body() {
        return sparql.lines().filter(line -> !line.startsWith("#")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
