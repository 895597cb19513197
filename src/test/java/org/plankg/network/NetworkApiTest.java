package org.plankg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plankg.api.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/network and /api/units/{name}/partners over the shipped plans, checked against what the texts say. */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NetworkApiTest {

    @LocalServerPort
    int port;

    private JsonObject network(String query) {
        Http.Response response = Http.get("http://localhost:" + port, "/api/network?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json().getAsObject();
    }

    private static List<JsonObject> list(JsonObject o, String key) {
        List<JsonObject> items = new ArrayList<>();
        o.get(key).getAsArray().forEach(v -> items.add(v.getAsObject()));
        return items;
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    private static JsonObject edge(JsonObject network, String a, String b) {
        return list(network, "edges").stream().filter(e -> Set.of(text(e, "source"), text(e, "target")).equals(Set.of(a, b)))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + a + " – " + b));
    }

    @Test
    void inFengtaiTheEducationCommissionAndTheScienceAssociationCoLeadTheTechResourcesProject() {
        // 丰台, 科技资源科普化工程: "牵头部门：区教委、区科协。责任单位：…"
        JsonObject fengtai = network("district=丰台区");
        JsonObject tie = edge(fengtai, "北京市丰台区/区教委", "北京市丰台区/区科协");
        JsonObject item = list(tie, "items").stream().filter(i -> "科技资源科普化工程".equals(text(i, "item"))).findFirst().orElseThrow();
        assertEquals("lead", text(item, "sourceRole"));
        assertEquals("lead", text(item, "targetRole"));

        Http.Response quotes = Http.get("http://localhost:" + port, text(tie, "quotes"));
        assertEquals(200, quotes.status(), quotes.body());
        JsonObject partner = quotes.rows().get(0);
        assertEquals("区科协", text(partner, "partner"));
        JsonObject shared = list(partner, "items").stream().filter(i -> "科技资源科普化工程".equals(text(i, "item"))).findFirst().orElseThrow();
        assertTrue(text(shared, "quote").startsWith("牵头部门：区教委、区科协。"), shared.toString());
        assertTrue(text(shared, "source").endsWith("000_64d43a6d2d8e1f87.txt:165"), shared.toString());
    }

    @Test
    void xichengsPerTaskResponsibleUnitsGiveTaskLevelTies() {
        // 西城, 青少年科学素质提升行动, task 2: "（责任单位：区教委、区科技和信息化局、团区委、区科协）"
        JsonObject tasks = network("district=西城区&level=task");
        JsonObject tie = edge(tasks, "北京市西城区/区教委", "北京市西城区/团区委");
        assertTrue(list(tie, "items").stream().anyMatch(i -> "青少年科学素质提升行动".equals(text(i, "item"))
                && "2".equals(text(i, "task")) && "responsible".equals(text(i, "sourceRole"))), tie.toString());
        // its plan names the units after each task, never for a whole item
        assertEquals(0, list(network("district=西城区&level=item"), "edges").size());
    }

    @Test
    void collectiveUnitsOnlyWhenAskedFor() {
        // 丰台 names 各街道办事处 among the responsible units
        assertTrue(list(network("district=丰台区"), "nodes").stream().noneMatch(n -> "各街道办事处".equals(text(n, "label"))));
        assertTrue(list(network("district=丰台区&collective=true"), "nodes").stream().anyMatch(n -> "各街道办事处".equals(text(n, "label"))));
    }

    @Test
    void graphmlGexfAndCsvHoldTheNodesAndEdgesOfTheJson() {
        String query = "district=丰台区&district=西城区";
        JsonObject json = network(query);
        Set<String> nodes = new TreeSet<>();
        list(json, "nodes").forEach(n -> nodes.add(text(n, "id")));
        Set<String> edges = new TreeSet<>();
        list(json, "edges").forEach(e -> edges.add(text(e, "source") + "|" + text(e, "target") + "|" + text(e, "weight")));
        assertTrue(nodes.stream().anyMatch(n -> n.startsWith("北京市西城区/")) && nodes.stream().anyMatch(n -> n.startsWith("北京市丰台区/")));
        for (NetworkFormats format : List.of(NetworkFormats.GRAPHML, NetworkFormats.GEXF)) {
            Http.Response export = Http.get("http://localhost:" + port, "/api/network?" + query + "&format=" + format.name().toLowerCase());
            assertEquals(200, export.status(), export.body());
            assertTrue(export.contentType().startsWith(format.mediaType), export.contentType());
            ExportedGraph read = ExportedGraph.read(format, export.body());
            Set<String> readNodes = new TreeSet<>();
            read.attributes().values().forEach(a -> readNodes.add(a.get("nodeId")));
            assertEquals(nodes, readNodes, format.name());
            assertEquals(edges, read.edges(), format.name());
        }
        List<String> csv = Http.get("http://localhost:" + port, "/api/network?" + query + "&format=csv").body().lines().toList();
        assertEquals("source,target,weight,district", csv.get(0));
        assertEquals(edges, new TreeSet<>(csv.stream().skip(1).map(l -> String.join("|", List.of(l.split(",")).subList(0, 3))).toList()));
    }

    @Test
    void byCategoryTheUnitsOfOneCategoryInEveryDistrictAreOneNodeAndTheirWeightsAddUp() {
        JsonObject categories = network("by=category");
        assertEquals(1, list(categories, "nodes").stream().filter(n -> "sci-assoc".equals(text(n, "id"))).count());
        int summed = 0;
        for (String district : List.of("丰台区", "鲤城区", "通州区", "西城区", "朝阳区")) {
            JsonObject units = network("district=" + district);
            for (JsonObject e : list(units, "edges")) {
                Set<String> ends = Set.of(category(units, text(e, "source")), category(units, text(e, "target")));
                if (ends.equals(Set.of("education", "sci-assoc"))) summed += Integer.parseInt(text(e, "weight"));
            }
        }
        assertTrue(summed > 0);
        assertEquals(String.valueOf(summed), text(edge(categories, "education", "sci-assoc"), "weight"));
    }

    private static String category(JsonObject network, String id) {
        return list(network, "nodes").stream().filter(n -> id.equals(text(n, "id"))).map(n -> text(n, "category")).findFirst().orElseThrow();
    }

    @Test
    void theTopNodesByAMeasureAndTheEdgesBetweenThem() {
        JsonObject top = network("district=通州区&top=3&measure=betweenness");
        List<JsonObject> nodes = list(top, "nodes");
        assertEquals(3, nodes.size());
        assertTrue(Integer.parseInt(text(top.get("summary").getAsObject(), "nodes")) > 3, "the summary is of the whole network");
        Set<String> ids = Set.of(text(nodes.get(0), "id"), text(nodes.get(1), "id"), text(nodes.get(2), "id"));
        assertTrue(list(top, "edges").stream().allMatch(e -> ids.contains(text(e, "source")) && ids.contains(text(e, "target"))));
    }

    @Test
    void aUnitsPartnersAreRankedByTheItemsTheyShare() {
        Http.Response response = Http.get("http://localhost:" + port, "/api/units/区科协/partners?district=丰台区");
        assertEquals(200, response.status(), response.body());
        List<JsonObject> partners = response.rows();
        assertTrue(partners.stream().anyMatch(p -> "区教委".equals(text(p, "partner"))), response.body());
        for (int i = 1; i < partners.size(); i++) {
            assertTrue(Integer.parseInt(text(partners.get(i - 1), "weight")) >= Integer.parseInt(text(partners.get(i), "weight")));
        }
        assertTrue(partners.stream().noneMatch(p -> "collective".equals(text(p, "partnerCategory"))));
    }

    @Test
    void badParametersAre400AndAnUnknownDistrictIs404WithSuggestions() {
        Http.Response role = Http.get("http://localhost:" + port, "/api/network?role=leader");
        assertEquals(400, role.status());
        assertEquals("role", text(role.json().getAsObject(), "parameter"));
        assertEquals(400, Http.get("http://localhost:" + port, "/api/network?format=xml").status());
        assertEquals(400, Http.get("http://localhost:" + port, "/api/network?by=district").status());
        Http.Response unknown = Http.get("http://localhost:" + port, "/api/network?district=丰台");
        assertEquals(404, unknown.status());
        JsonArray suggestions = unknown.json().getAsObject().get("suggestions").getAsArray();
        assertEquals("丰台区", suggestions.get(0).getAsString().value());
        assertEquals(404, Http.get("http://localhost:" + port, "/api/units/不存在的单位/partners").status());
        assertFalse(Http.get("http://localhost:" + port, "/api/network?district=朝阳区").body().isEmpty());
    }
}
