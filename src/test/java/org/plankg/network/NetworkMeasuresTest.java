package org.plankg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A district small enough to work out by hand: 区科协 leads four projects, and in each of them
 * one other unit takes part (区教委 in two). 区科协 is the centre of a star; the weight of
 * 区科协–区教委 is 2. Names from a hostile plan stay text in every format.
 */
class NetworkMeasuresTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>管委会";
    private static final String FORMULA = "=HYPERLINK(\"http://evil\")";

    private static Involvement role(String unit, String category, String project, String role) {
        return new Involvement("某区", "http://localhost:8080/id/unit/某市某区/" + unit, unit, category,
                "http://localhost:8080/id/plan/某市某区/2021-2025/project/" + project, project, "project", "", null, role);
    }

    private static List<Involvement> star() {
        List<Involvement> roles = new ArrayList<>();
        for (String project : List.of("甲工程", "乙工程", "丙工程", "丁工程")) roles.add(role("区科协", "sci-assoc", project, "lead"));
        roles.add(role("区教委", "education", "甲工程", "participant"));
        roles.add(role("区教委", "education", "乙工程", "participant"));
        roles.add(role(HOSTILE, "development-zone", "丙工程", "participant"));
        roles.add(role(FORMULA, "other", "丁工程", "participant"));
        roles.add(role("各街道办事处", "collective", "丁工程", "participant"));
        return roles;
    }

    private static Network network(List<Involvement> roles, boolean collective) {
        NetworkRequest request = NetworkRequest.of("unit", List.of(), null, null, null, null, collective, null, "betweenness");
        return NetworkBuilder.build(roles, request, key -> key);
    }

    @Test
    void theUnitThatSharesEveryItemIsTheCentreOfTheStar() {
        Network network = network(star(), false);
        assertEquals(4, network.summary().nodes(), "collective units are left out: " + network.nodes());
        assertEquals(3, network.summary().edges());
        assertEquals(0.5, network.summary().density(), "3 of the 6 possible pairs");
        Network.Node centre = network.nodes().get(0);
        assertEquals("区科协", centre.label());
        assertEquals(3.0, centre.betweenness(), "the three paths between the others run through it");
        assertEquals(3, centre.degree());
        assertEquals(4.0, centre.weightedDegree());
        Network.Edge education = network.edges().get(0);
        assertEquals(2, education.weight(), "甲工程 and 乙工程");
        assertEquals(Set.of("甲工程", "乙工程"), education.items().stream().map(SharedItem::item).collect(Collectors.toSet()));
    }

    @Test
    void collectiveUnitsOnlyWhenAskedFor() {
        Network network = network(star(), true);
        assertTrue(network.nodes().stream().anyMatch(n -> n.label().equals("各街道办事处")));
        assertEquals(5, network.summary().nodes());
    }

    @Test
    void hostileNamesStayTextInJsonGraphmlGexfAndCsv() {
        Network network = network(star(), false);
        JsonNode json = JsonMapper.shared().readTree(NetworkFormats.JSON.write(network));
        Set<String> labels = new java.util.HashSet<>();
        json.get("nodes").forEach(n -> labels.add(n.get("label").asString()));
        assertTrue(labels.containsAll(Set.of(HOSTILE, FORMULA)), labels.toString());

        for (NetworkFormats format : List.of(NetworkFormats.GRAPHML, NetworkFormats.GEXF)) {
            String xml = new String(format.write(network), StandardCharsets.UTF_8);
            assertTrue(!xml.contains("<img"), format + " has markup from a name: " + xml);
            Map<String, String> read = labels(format, xml);
            assertEquals(network.nodes().stream().collect(Collectors.toMap(Network.Node::id, Network.Node::label)), read, format.name());
        }

        String csv = new String(NetworkFormats.CSV.write(network), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("source,target,weight,district\r\n"), csv);
        Network formulaDistrict = network(List.of(role("区科协", "sci-assoc", "甲工程", "lead"), role("区教委", "education", "甲工程", "lead"))
                .stream().map(i -> new Involvement(FORMULA, i.unitIri(), i.unit(), i.category(), i.target(), i.item(),
                        i.itemKind(), i.national(), i.task(), i.role())).toList(), false);
        String defused = new String(NetworkFormats.CSV.write(formulaDistrict), StandardCharsets.UTF_8);
        assertTrue(defused.contains(",\"'=HYPERLINK("), "a spreadsheet shows the formula as text: " + defused);
    }

    /** Node id (the JSON's) → label, read back with JGraphT's own importers. */
    static Map<String, String> labels(NetworkFormats format, String xml) {
        Map<String, Map<String, String>> attributes = ExportedGraph.read(format, xml).attributes();
        Map<String, String> labels = new java.util.HashMap<>();
        attributes.values().forEach(a -> labels.put(a.get("nodeId"), a.get("label")));
        return labels;
    }

    /**
     * Over several districts the top units are measured district by district (units of two
     * districts never share an item): the same degree, weighted degree, betweenness, clustering
     * and, within rounding, PageRank as the whole network; the edges between the units shown.
     */
    @Test
    void theTopUnitsOfManyDistrictsHaveTheMeasuresOfTheWhole() {
        List<Involvement> two = new ArrayList<>(star());
        for (Involvement i : star()) {
            two.add(new Involvement("另区", i.unitIri().replace("某市某区", "某市另区"), i.unit(), i.category(),
                    i.target().replace("某市某区", "某市另区"), i.item(), i.itemKind(), i.national(), i.task(), i.role()));
        }
        two.removeIf(i -> i.district().equals("另区") && i.item().equals("丁工程")); // the other district is smaller
        Network whole = NetworkBuilder.build(two, NetworkRequest.of("unit", List.of(), null, null, null, null, false, null, "pageRank"), k -> k);
        Network top = NetworkBuilder.build(two, NetworkRequest.of("unit", List.of(), null, null, null, null, false, 3, "pageRank"), k -> k);
        assertEquals(whole.summary().nodes(), top.summary().nodes());
        assertEquals(whole.summary().edges(), top.summary().edges());
        assertEquals(whole.summary().components(), top.summary().components());
        assertEquals(whole.nodes().subList(0, 3).stream().map(Network.Node::id).toList(), top.nodes().stream().map(Network.Node::id).toList());
        for (Network.Node n : top.nodes()) {
            Network.Node same = whole.nodes().stream().filter(w -> w.id().equals(n.id())).findFirst().orElseThrow();
            assertEquals(List.of(same.degree(), same.weightedDegree(), same.betweenness(), same.clustering()),
                    List.of(n.degree(), n.weightedDegree(), n.betweenness(), n.clustering()), n.id());
            assertEquals(same.pageRank(), n.pageRank(), 1e-3, n.id());
        }
        Set<String> shown = top.nodes().stream().map(Network.Node::id).collect(Collectors.toSet());
        assertEquals(whole.edges().stream().filter(e -> shown.contains(e.source()) && shown.contains(e.target())).toList(), top.edges());
    }
}
