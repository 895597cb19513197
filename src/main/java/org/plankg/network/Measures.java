package org.plankg.network;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/** The measures of a network and of each node, all computed by JGraphT. */
final class Measures {

    final Network.Summary summary;
    private final Map<String, Network.Node> nodes = new HashMap<>();

    Measures(Projection.Result network) {
        Graph<String, DefaultWeightedEdge> graph = network.graph();
        // a heavier tie is a closer one, not a longer path: shortest paths count edges
        Map<String, Double> betweenness = new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), false).getScores();
        Map<String, Double> pageRank = graph.vertexSet().isEmpty() ? Map.of() : new PageRank<>(graph).getScores();
        Map<String, Double> clustering = new ClusteringCoefficient<>(graph).getScores();
        Map<String, Integer> community = communities(graph);
        for (NetworkNode n : network.nodes().values()) {
            String v = n.id();
            double weighted = graph.edgesOf(v).stream().mapToDouble(graph::getEdgeWeight).sum();
            nodes.put(v, new Network.Node(v, n.label(), n.kind(), n.district(), n.category(), graph.degreeOf(v), weighted,
                    round(betweenness.get(v)), round(pageRank.get(v)), round(clustering.get(v)), community.get(v)));
        }
        summary = summary(graph, (int) community.values().stream().distinct().count());
    }

    /** The network's own measures, its communities found anew. */
    static Network.Summary summary(Graph<String, DefaultWeightedEdge> graph) {
        return summary(graph, (int) communities(graph).values().stream().distinct().count());
    }

    private static Network.Summary summary(Graph<String, DefaultWeightedEdge> graph, int communities) {
        int n = graph.vertexSet().size();
        int m = graph.edgeSet().size();
        return new Network.Summary(n, m, n < 2 ? 0 : round(2.0 * m / ((double) n * (n - 1))),
                new ConnectivityInspector<>(graph).connectedSets().size(), communities);
    }

    /** One measure of every node, as {@link Network.Node#measure} names it, without computing the others. */
    static Map<String, Double> only(Graph<String, DefaultWeightedEdge> graph, String measure) {
        Map<String, Double> scores = switch (measure) {
            case "betweenness" -> new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), false).getScores();
            case "pageRank" -> graph.vertexSet().isEmpty() ? Map.of() : new PageRank<>(graph).getScores();
            case "clustering" -> new ClusteringCoefficient<>(graph).getScores();
            default -> null;
        };
        Map<String, Double> rounded = new HashMap<>();
        for (String v : graph.vertexSet()) {
            double value = scores != null ? round(scores.get(v)) : measure.equals("weightedDegree")
                    ? graph.edgesOf(v).stream().mapToDouble(graph::getEdgeWeight).sum() : graph.degreeOf(v);
            rounded.put(v, value);
        }
        return rounded;
    }

    Network.Node node(String id) {
        return nodes.get(id);
    }

    /** Label propagation with a fixed seed, so that the same store gives the same communities; numbered largest first. */
    private static Map<String, Integer> communities(Graph<String, DefaultWeightedEdge> graph) {
        List<Set<String>> clusters = new LabelPropagationClustering<>(graph, new Random(14)).getClustering().getClusters();
        List<Set<String>> ordered = clusters.stream().sorted(Comparator.comparingInt((Set<String> c) -> -c.size())
                .thenComparing(c -> c.stream().min(Comparator.naturalOrder()).orElse(""))).toList();
        Map<String, Integer> community = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (String v : ordered.get(i)) community.put(v, i);
        }
        return community;
    }

    static double round(Double value) {
        return value == null || value.isNaN() ? 0 : Math.round(value * 1e6) / 1e6;
    }
}
