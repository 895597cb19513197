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
        int n = graph.vertexSet().size();
        int m = graph.edgeSet().size();
        summary = new Network.Summary(n, m, n < 2 ? 0 : round(2.0 * m / ((double) n * (n - 1))),
                new ConnectivityInspector<>(graph).connectedSets().size(), (int) community.values().stream().distinct().count());
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

    private static double round(Double value) {
        return value == null || value.isNaN() ? 0 : Math.round(value * 1e6) / 1e6;
    }
}
