package org.plankg.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The network from the roles: two units of a district are joined when both have a role in the
 * same action, project or task, the weight being the number of items they share. By category the
 * units of one category in every district are one node and the weights add up. Bipartite: units
 * joined to the items they have a role in.
 */
final class Projection {

    /** The nodes with their description, the edges with their items, and the same as a JGraphT graph. */
    record Result(Map<String, NetworkNode> nodes, Map<DefaultWeightedEdge, Tie> ties, Graph<String, DefaultWeightedEdge> graph) {
    }

    private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();
    private final Map<String, Tie> ties = new LinkedHashMap<>();
    /** Whether ties keep the items they share, or only count them (enough to measure the graph). */
    private final boolean withItems;

    private Projection(boolean withItems) {
        this.withItems = withItems;
    }

    static Result of(List<Involvement> involvements, NetworkRequest request, Function<String, String> categoryLabel) {
        return of(involvements, request, categoryLabel, true);
    }

    /** The graph only: ties weighted but without their items, for measures over many districts. */
    static Result weighted(List<Involvement> involvements, NetworkRequest request, Function<String, String> categoryLabel) {
        return of(involvements, request, categoryLabel, false);
    }

    private static Result of(List<Involvement> involvements, NetworkRequest request, Function<String, String> categoryLabel,
                             boolean withItems) {
        Projection p = new Projection(withItems);
        List<Involvement> counted = involvements.stream().filter(request::counts).toList();
        if (request.bipartite()) p.bipartite(counted);
        else p.projected(counted, request.by() == NetworkRequest.By.CATEGORY, categoryLabel);
        return p.result();
    }

    private void projected(List<Involvement> counted, boolean byCategory, Function<String, String> categoryLabel) {
        // per item or task, each unit with its roles there
        Map<String, Map<String, List<Involvement>>> byTarget = new LinkedHashMap<>();
        for (Involvement i : counted) {
            byTarget.computeIfAbsent(i.target(), t -> new TreeMap<>()).computeIfAbsent(i.unitIri(), u -> new ArrayList<>()).add(i);
        }
        for (Map<String, List<Involvement>> units : byTarget.values()) {
            List<List<Involvement>> roles = new ArrayList<>(units.values());
            for (List<Involvement> unit : roles) node(unit.get(0), byCategory, categoryLabel);
            for (int a = 0; a < roles.size(); a++) {
                for (int b = a + 1; b < roles.size(); b++) {
                    join(roles.get(a), roles.get(b), byCategory);
                }
            }
        }
    }

    private void join(List<Involvement> first, List<Involvement> second, boolean byCategory) {
        Involvement a = first.get(0);
        Involvement b = second.get(0);
        String idA = byCategory ? a.category() : unitId(a);
        String idB = byCategory ? b.category() : unitId(b);
        if (idA.equals(idB)) return; // two collective units of one district, by category
        boolean swap = idA.compareTo(idB) > 0;
        List<Involvement> source = swap ? second : first;
        List<Involvement> target = swap ? first : second;
        Involvement s = source.get(0);
        Involvement t = target.get(0);
        // by category an edge shows a few of the items it counts; a pair of units meets once per item
        Tie tie = ties.computeIfAbsent((swap ? idB : idA) + "\n" + (swap ? idA : idB),
                k -> new Tie(swap ? idB : idA, swap ? idA : idB, byCategory ? Network.CATEGORY_ITEMS : Integer.MAX_VALUE));
        // a pair of units meets once per item here, so counting needs no key
        if (!withItems) {
            tie.count();
            return;
        }
        tie.add(s.target() + "\n" + s.unitIri() + "\n" + t.unitIri(), () -> new SharedItem(s.district(), s.item(), s.itemKind(),
                s.national(), s.task(), s.unit(), roles(source), t.unit(), roles(target)));
    }

    private void bipartite(List<Involvement> counted) {
        for (Involvement i : counted) {
            node(i, false, null);
            String itemId = itemId(i);
            nodes.computeIfAbsent(itemId, id -> new NetworkNode(id, i.task() == null ? i.item() : i.item() + " · " + i.task(),
                    i.atTaskLevel() ? "task" : i.itemKind(), i.district(), ""));
            Tie tie = ties.computeIfAbsent(unitId(i) + "\n" + itemId, k -> new Tie(unitId(i), itemId));
            tie.add(i.role(), () -> new SharedItem(i.district(), i.item(), i.itemKind(), i.national(), i.task(),
                    i.unit(), i.role(), "", ""));
        }
    }

    private void node(Involvement i, boolean byCategory, Function<String, String> categoryLabel) {
        if (byCategory) {
            nodes.computeIfAbsent(i.category(), c -> new NetworkNode(c, categoryLabel.apply(c), "category", "", c));
        } else {
            nodes.computeIfAbsent(unitId(i), id -> new NetworkNode(id, i.unit(), "unit", i.district(), i.category()));
        }
    }

    private Result result() {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        nodes.keySet().forEach(graph::addVertex);
        Map<DefaultWeightedEdge, Tie> byEdge = new LinkedHashMap<>();
        for (Tie tie : ties.values()) {
            DefaultWeightedEdge edge = graph.addEdge(tie.source, tie.target);
            graph.setEdgeWeight(edge, tie.weight());
            byEdge.put(edge, tie);
        }
        return new Result(nodes, byEdge, graph);
    }

    /** A unit's node: its IRI after /id/unit/, such as 北京市丰台区/区科协 (a district's name alone is not unique). */
    static String unitId(Involvement i) {
        return after(i.unitIri(), "/id/unit/");
    }

    private static String itemId(Involvement i) {
        return after(i.target(), "/id/plan/");
    }

    private static String after(String iri, String marker) {
        int at = iri.indexOf(marker);
        return at < 0 ? iri : iri.substring(at + marker.length());
    }

    private static String roles(List<Involvement> unit) {
        return String.join(",", unit.stream().map(Involvement::role).distinct().sorted().toList());
    }
}
