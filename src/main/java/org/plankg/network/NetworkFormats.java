package org.plankg.network;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.plankg.format.RowWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * A network written as JSON, GraphML or GEXF (by jgrapht-io, node attributes nodeId, label, kind,
 * district, category and the measures, edge attribute weight) or a CSV edge list (source, target,
 * weight, district) that networkx and igraph read as is. All four hold the same nodes and edges.
 * GraphML wants node ids that are XML name tokens, which a unit's name need not be: there the ids
 * are n0, n1, … in the order of the JSON, and nodeId is the JSON's id.
 */
enum NetworkFormats {
    JSON("application/json"), GRAPHML("application/graphml+xml"), GEXF("application/gexf+xml"), CSV("text/csv");

    final String mediaType;

    NetworkFormats(String mediaType) {
        this.mediaType = mediaType;
    }

    byte[] write(Network network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (this) {
            case JSON -> JsonMapper.shared().writeValue(out, network);
            case CSV -> {
                try (RowWriter csv = RowWriter.csv(out, List.of("source", "target", "weight", "district"))) {
                    network.edges().forEach(e -> csv.row(List.of(e.source(), e.target(), e.weight(), e.district())));
                }
            }
            default -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (this == GRAPHML) graphml(network).exportGraph(graph(network), writer);
                else gexf(network).exportGraph(graph(network), writer);
                try {
                    writer.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return out.toByteArray();
    }

    private static final List<String> TEXT = List.of("label", "nodeId", "kind", "district", "category");
    private static final List<String> INTEGERS = List.of("degree", "community");
    private static final List<String> DOUBLES = List.of("weightedDegree", "betweenness", "pageRank", "clustering");

    /** The nodes and edges as listed, a vertex named by its id, with its attributes at hand for the exporters. */
    private static Graph<Network.Node, DefaultWeightedEdge> graph(Network network) {
        Graph<Network.Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Network.Node> byId = new LinkedHashMap<>();
        for (Network.Node node : network.nodes()) {
            graph.addVertex(node);
            byId.put(node.id(), node);
        }
        for (Network.Edge e : network.edges()) {
            graph.setEdgeWeight(graph.addEdge(byId.get(e.source()), byId.get(e.target())), e.weight());
        }
        return graph;
    }

    private static Map<String, Attribute> attributes(Network.Node n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(n.label()));
        a.put("nodeId", DefaultAttribute.createAttribute(n.id()));
        a.put("kind", DefaultAttribute.createAttribute(n.kind()));
        a.put("district", DefaultAttribute.createAttribute(n.district()));
        a.put("category", DefaultAttribute.createAttribute(n.category()));
        a.put("degree", DefaultAttribute.createAttribute(n.degree()));
        a.put("community", DefaultAttribute.createAttribute(n.community()));
        a.put("weightedDegree", DefaultAttribute.createAttribute(n.weightedDegree()));
        a.put("betweenness", DefaultAttribute.createAttribute(n.betweenness()));
        a.put("pageRank", DefaultAttribute.createAttribute(n.pageRank()));
        a.put("clustering", DefaultAttribute.createAttribute(n.clustering()));
        return a;
    }

    private static GraphMLExporter<Network.Node, DefaultWeightedEdge> graphml(Network network) {
        GraphMLExporter<Network.Node, DefaultWeightedEdge> exporter = new GraphMLExporter<>(tokens(network));
        TEXT.forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING));
        INTEGERS.forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.INT));
        DOUBLES.forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE));
        exporter.setVertexAttributeProvider(NetworkFormats::attributes);
        exporter.setExportEdgeWeights(true);
        return exporter;
    }

    private static GEXFExporter<Network.Node, DefaultWeightedEdge> gexf(Network network) {
        GEXFExporter<Network.Node, DefaultWeightedEdge> exporter = new GEXFExporter<>(tokens(network), edgeIds());
        // label is GEXF's own node attribute; the others are declared
        TEXT.stream().skip(1).forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING));
        INTEGERS.forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER));
        DOUBLES.forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE));
        exporter.setVertexAttributeProvider(NetworkFormats::attributes);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
        return exporter;
    }

    /** n0, n1, … by the node's place in the JSON. */
    private static java.util.function.Function<Network.Node, String> tokens(Network network) {
        Map<String, String> ids = new java.util.HashMap<>();
        for (Network.Node node : network.nodes()) ids.put(node.id(), "n" + ids.size());
        return node -> ids.get(node.id());
    }

    private static java.util.function.Function<DefaultWeightedEdge, String> edgeIds() {
        Map<DefaultWeightedEdge, String> ids = new java.util.IdentityHashMap<>();
        return e -> ids.computeIfAbsent(e, k -> "e" + ids.size());
    }

    static NetworkFormats of(String format, String accept) {
        if (format == null || format.isBlank()) {
            return accept != null && accept.contains("text/csv") ? CSV : JSON;
        }
        for (NetworkFormats f : values()) {
            if (f.name().equalsIgnoreCase(format.strip())) return f;
        }
        throw new org.plankg.query.BadParameterException("format", "format must be json, graphml, gexf or csv, not " + format);
    }
}
