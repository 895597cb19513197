package org.plankg.network;

import java.util.List;

/**
 * A network as /api/network answers it: the measures of the whole network, its nodes with their
 * measures and its edges with their weight and shared items. With {@code top} only the top nodes
 * by {@code measure} and the edges between them are listed; the measures are those of the whole.
 */
record Network(String by, List<String> districts, Summary summary, Integer top, String measure,
               List<Node> nodes, List<Edge> edges) {

    record Summary(int nodes, int edges, double density, int components, int communities) {
    }

    /**
     * Betweenness counts shortest paths (by edges, not weights) and is not normalised: the centre of
     * a star of n nodes scores (n-1)(n-2)/2. PageRank follows the weights.
     */
    record Node(String id, String label, String kind, String district, String category, int degree,
                double weightedDegree, double betweenness, double pageRank, double clustering, int community) {

        double measure(String name) {
            return switch (name) {
                case "weightedDegree" -> weightedDegree;
                case "betweenness" -> betweenness;
                case "pageRank" -> pageRank;
                case "clustering" -> clustering;
                default -> degree;
            };
        }
    }

    /**
     * {@code items} are the shared items (in a category network the first {@link #CATEGORY_ITEMS});
     * {@code quotes} is where their sentences are, for an edge between two units.
     */
    record Edge(String source, String target, int weight, String district, int itemCount, List<SharedItem> items,
                String quotes) {
    }

    static final int CATEGORY_ITEMS = 5;
}
