package org.plankg.network;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/** A GraphML or GEXF export read back with JGraphT's importers (schema validation on). */
record ExportedGraph(Graph<String, DefaultWeightedEdge> graph, Map<String, Map<String, String>> attributes) {

    static ExportedGraph read(NetworkFormats format, String xml) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        BaseEventDrivenImporter<String, DefaultWeightedEdge> importer;
        if (format == NetworkFormats.GRAPHML) {
            GraphMLImporter<String, DefaultWeightedEdge> graphml = new GraphMLImporter<>();
            graphml.setVertexFactory(id -> id);
            importer = graphml;
        } else {
            SimpleGEXFImporter<String, DefaultWeightedEdge> gexf = new SimpleGEXFImporter<>();
            gexf.setVertexFactory(id -> id);
            importer = gexf;
        }
        importer.addVertexAttributeConsumer((p, a) -> attributes.computeIfAbsent(p.getFirst(), v -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        ((GraphImporter<String, DefaultWeightedEdge>) importer).importGraph(graph, new StringReader(xml));
        return new ExportedGraph(graph, attributes);
    }

    /** The edges as "source id|target id|weight", ids as in the JSON, the smaller first. */
    Set<String> edges() {
        Set<String> edges = new TreeSet<>();
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            String a = attributes.get(graph.getEdgeSource(e)).get("nodeId");
            String b = attributes.get(graph.getEdgeTarget(e)).get("nodeId");
            edges.add((a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + "|" + (int) graph.getEdgeWeight(e));
        }
        return edges;
    }
}
