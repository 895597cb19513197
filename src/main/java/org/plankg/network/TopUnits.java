package org.plankg.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The top units of a network over many districts, measured district by district. Units of two
 * districts never share an item, so the network is one apart per district: degree, weighted
 * degree, betweenness (shortest paths stay within a district) and clustering are those of the
 * whole; PageRank is the district's own scaled by its share of the nodes, and communities are
 * found per district and numbered district after district. One district's projection is held at
 * a time, and all measures are computed only for the districts of the units shown: over 3,000
 * plans the whole projection (millions of ties) does not fit a small heap.
 */
final class TopUnits {

    private TopUnits() {
    }

    /** A unit with the measure it is ranked by. */
    private record Ranked(String id, String district, double value) {
    }

    static Network build(Map<String, List<Involvement>> byDistrict, NetworkRequest request,
                         Function<String, String> categoryLabel) {
        Comparator<Ranked> best = Comparator.comparingDouble((Ranked r) -> -r.value()).thenComparing(Ranked::id);
        boolean pageRank = request.measure().equals("pageRank");
        // each district's own top N: PageRank is scaled by the district's share of all nodes, known at the end
        List<Ranked> candidates = new ArrayList<>();
        Map<String, Integer> nodesOf = new HashMap<>();
        Map<String, Integer> communitiesBefore = new HashMap<>();
        int counted = 0;
        int edges = 0;
        int components = 0;
        int communities = 0;
        for (Map.Entry<String, List<Involvement>> district : byDistrict.entrySet()) {
            var graph = Projection.weighted(district.getValue(), request, categoryLabel).graph();
            PriorityQueue<Ranked> own = new PriorityQueue<>(best.reversed());
            Measures.only(graph, request.measure()).forEach((id, value) -> {
                own.add(new Ranked(id, district.getKey(), value));
                if (own.size() > request.top()) own.poll();
            });
            candidates.addAll(own);
            Network.Summary summary = Measures.summary(graph);
            nodesOf.put(district.getKey(), summary.nodes());
            communitiesBefore.put(district.getKey(), communities);
            counted += summary.nodes();
            edges += summary.edges();
            components += summary.components();
            communities += summary.communities();
        }
        int all = Math.max(1, counted);
        PriorityQueue<Ranked> top = new PriorityQueue<>(best.reversed());
        for (Ranked r : candidates) {
            top.add(pageRank ? new Ranked(r.id(), r.district(), Measures.round(r.value() * nodesOf.get(r.district()) / all)) : r);
            if (top.size() > request.top()) top.poll();
        }
        List<Ranked> ranked = top.stream().sorted(best).toList();
        Network.Summary summary = new Network.Summary(counted, edges,
                counted < 2 ? 0 : Measures.round(2.0 * edges / ((double) counted * (counted - 1))), components, communities);
        List<Network.Node> shown = new ArrayList<>();
        List<Network.Edge> shownEdges = new ArrayList<>();
        Set<String> ids = ranked.stream().map(Ranked::id).collect(Collectors.toSet());
        for (String district : ranked.stream().map(Ranked::district).distinct().toList()) {
            Projection.Result projection = Projection.of(byDistrict.get(district), request, categoryLabel);
            Measures measures = new Measures(projection);
            double share = (double) projection.nodes().size() / Math.max(1, counted);
            for (Ranked r : ranked) {
                if (!r.district().equals(district)) continue;
                Network.Node n = measures.node(r.id());
                shown.add(new Network.Node(n.id(), n.label(), n.kind(), n.district(), n.category(), n.degree(), n.weightedDegree(),
                        n.betweenness(), Measures.round(n.pageRank() * share), n.clustering(),
                        n.community() + communitiesBefore.get(district)));
            }
            projection.ties().values().stream().filter(t -> ids.contains(t.source) && ids.contains(t.target))
                    .forEach(t -> shownEdges.add(NetworkBuilder.edge(t, false, false)));
        }
        shown.sort(Comparator.comparingDouble((Network.Node n) -> -n.measure(request.measure())).thenComparing(Network.Node::id));
        shownEdges.sort(Comparator.comparingInt((Network.Edge e) -> -e.weight()).thenComparing(Network.Edge::source)
                .thenComparing(Network.Edge::target));
        return new Network("unit", request.districts(), summary, request.top(), request.measure(), shown, shownEdges);
    }
}
