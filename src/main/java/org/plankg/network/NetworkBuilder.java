package org.plankg.network;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

/** The answer to a network request: the projection, its measures, the top nodes if asked, ordered. */
final class NetworkBuilder {

    private NetworkBuilder() {
    }

    static Network build(List<Involvement> involvements, NetworkRequest request, Function<String, String> categoryLabel) {
        if (request.by() == NetworkRequest.By.UNIT && !request.bipartite() && request.top() != null) {
            Map<String, List<Involvement>> byDistrict = involvements.stream()
                    .collect(Collectors.groupingBy(Involvement::district, java.util.TreeMap::new, Collectors.toList()));
            if (byDistrict.size() > 1) return TopUnits.build(byDistrict, request, categoryLabel);
        }
        Projection.Result projection = Projection.of(involvements, request, categoryLabel);
        Measures measures = new Measures(projection);
        List<Network.Node> nodes = projection.nodes().keySet().stream().map(measures::node)
                .sorted(Comparator.comparingDouble((Network.Node n) -> -n.measure(request.measure())).thenComparing(Network.Node::id))
                .toList();
        if (request.top() != null && request.top() < nodes.size()) nodes = nodes.subList(0, request.top());
        Set<String> shown = nodes.stream().map(Network.Node::id).collect(Collectors.toSet());
        boolean byCategory = request.by() == NetworkRequest.By.CATEGORY && !request.bipartite();
        List<Network.Edge> edges = projection.ties().values().stream()
                .filter(t -> shown.contains(t.source) && shown.contains(t.target))
                .map(t -> edge(t, byCategory, request.bipartite()))
                .sorted(Comparator.comparingInt((Network.Edge e) -> -e.weight()).thenComparing(Network.Edge::source)
                        .thenComparing(Network.Edge::target))
                .toList();
        String by = request.bipartite() ? "bipartite" : request.by().name().toLowerCase(java.util.Locale.ROOT);
        return new Network(by, request.districts(), measures.summary, request.top(), request.measure(), nodes, edges);
    }

    static Network.Edge edge(Tie tie, boolean byCategory, boolean bipartite) {
        List<SharedItem> items = tie.items();
        SharedItem first = items.get(0);
        if (byCategory) {
            return new Network.Edge(tie.source, tie.target, tie.weight(), "", tie.weight(),
                    items.subList(0, Math.min(Network.CATEGORY_ITEMS, items.size())), null);
        }
        String quotes = bipartite ? null : "/api/units/" + UriUtils.encodePathSegment(first.sourceUnit(), "UTF-8")
                + "/partners?district=" + UriUtils.encodeQueryParam(first.district(), "UTF-8")
                + "&partner=" + UriUtils.encodeQueryParam(first.targetUnit(), "UTF-8");
        return new Network.Edge(tie.source, tie.target, tie.weight(), first.district(), items.size(), items, quotes);
    }
}
