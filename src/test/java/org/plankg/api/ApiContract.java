package org.plankg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plankg.api.Http.text;

import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The REST API checked against facts in the plans. Run against the embedded store and against a
 * standalone Fuseki server process: both must give the same answers.
 */
abstract class ApiContract {

    abstract String base();

    @Test
    void scienceAssociationLeadsInfrastructureInFengtaiAndLicheng() {
        List<JsonObject> rows = Http.get(base(), "/api/units/区科协/items?role=lead").rows();
        assertTrue(has(rows, "丰台区", "科普设施建设工程"), rows.toString());
        assertTrue(has(rows, "鲤城区", "科普基础设施工程"), rows.toString());
        assertTrue(rows.stream().allMatch(r -> "lead".equals(text(r, "role"))));
        JsonObject row = rows.get(0);
        for (String key : List.of("district", "item", "itemKind", "national", "task", "role", "quote")) {
            assertTrue(row.hasKey(key), key + " missing in " + row);
        }
    }

    /** The researchers' endpoint answers from the store: 丰台 l.165, where 区教委 and 区科协 lead 科技资源科普化工程. */
    @Test
    void theSparqlEndpointFindsTheSentenceWhereTheScienceAssociationLeads() {
        String query = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "PREFIX pk: <https://w3id.org/plankg/def/plankg#> SELECT ?quote ?line WHERE { GRAPH ?g { ?u skos:prefLabel \"区科协\"@zh . "
                + "?a prov:agent ?u ; prov:hadRole <https://w3id.org/plankg/def/role/lead> ; pk:quote ?quote ; pk:sourceLine ?line } }";
        Http.Response answer = Http.get(base(), "/sparql?format=csv&query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("牵头部门：区教委、区科协。") && answer.body().contains(",165"), answer.body());
    }

    /** 丰台's 区科协 leads 科技资源科普化工程 (l.165) and 科普设施建设工程: its category leads at least those two there. */
    @Test
    void theCategoriesChartOfOneCategoryCountsWhatItLeadsPerDistrict() {
        List<JsonObject> rows = Http.get(base(), "/api/charts/categories?category=sci-assoc").rows();
        assertTrue(rows.stream().allMatch(r -> "sci-assoc".equals(text(r, "category"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> "丰台区".equals(text(r, "district")) && "lead".equals(text(r, "role"))
                && Integer.parseInt(text(r, "items")) >= 2), rows.toString());
        assertTrue(Http.get(base(), "/api/charts/categories").rows().stream()
                .anyMatch(r -> "education".equals(text(r, "category"))), "without a category, all of them");
    }

    @Test
    void aUnitCanBeAskedForWithoutItsDistrictPrefix() {
        List<JsonObject> rows = Http.get(base(), "/api/units/科协/items?role=lead").rows();
        assertTrue(has(rows, "通州区", "青少年科学素质提升行动"), rows.toString());
    }

    @Test
    void askingForTheEducationCommissionFindsLichengsEducationBureau() {
        List<JsonObject> rows = Http.get(base(), "/api/units/区教委/items?role=lead").rows();
        assertTrue(rows.stream().anyMatch(r -> "鲤城区".equals(text(r, "district")) && "区教育局".equals(text(r, "unit"))
                && "青少年科学素质提升行动".equals(text(r, "item"))), rows.toString());
        assertTrue(has(rows, "丰台区", "科技资源科普化工程"), rows.toString());
    }

    @Test
    void tongzhouYouthActionIsLedByThreeUnits() {
        List<JsonObject> rows = Http.get(base(), "/api/matrix?national=youth").rows();
        JsonObject tongzhou = rows.stream().filter(r -> "通州区".equals(text(r, "district"))).findFirst().orElseThrow();
        assertEquals(Set.of("区教委", "团区委", "区科协"), Set.of(text(tongzhou, "leads").split("、")));
        JsonObject xicheng = rows.stream().filter(r -> "西城区".equals(text(r, "district"))).findFirst().orElseThrow();
        assertTrue(text(xicheng, "responsible").contains("团区委"), xicheng.toString());
    }

    @Test
    void aDistrictsOwnItemCanBeAskedForByName() {
        List<JsonObject> rows = Http.get(base(), "/api/matrix?item=应急科普能力提升工程").rows();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(text(rows.get(0), "leads").contains("区应急局"), rows.toString());
    }

    @Test
    void allAssignmentsCarryTheKeysThatExtractPrints() {
        List<JsonObject> rows = Http.get(base(), "/api/assignments").rows();
        // and the researchers' correction behind each row, empty when it is as read
        Set<String> keys = Set.of("district", "plan", "item", "itemKind", "national", "task", "unit", "category",
                "role", "quote", "source", "correction");
        rows.forEach(r -> assertEquals(keys, Set.copyOf(r.keys())));
        assertTrue(rows.stream().anyMatch(r -> "鲤城区".equals(text(r, "district")) && "区妇联".equals(text(r, "unit"))
                && "participant".equals(text(r, "role")) && "青少年科学素质提升行动".equals(text(r, "item"))
                && "001_c19de8b630eb6de0.txt:59".equals(text(r, "source")) && "".equals(text(r, "correction"))));
    }

    /**
     * A unit's lookup comes a page at a time, each the same rows as that slice of the whole list,
     * which pages read from the districts they cover only; a page starting inside a district too.
     */
    @Test
    void unitItemsPageWithOffsetAndLimit() throws Exception {
        List<JsonObject> all = Http.get(base(), "/api/units/区科协/items?limit=100000").rows();
        // 丰台 l.75: 区科协 leads 青少年科学素质行动 (so there are rows); all roles, every district
        assertTrue(all.stream().anyMatch(r -> "丰台区".equals(text(r, "district")) && "lead".equals(text(r, "role"))));
        assertTrue(all.size() > 12, "enough rows for pages across districts: " + all.size());
        for (int[] page : new int[][] {{0, 5}, {7, 5}, {all.size() - 3, 5}, {11, all.size()}}) {
            Http.Response response = Http.get(base(), "/api/units/区科协/items?offset=" + page[0] + "&limit=" + page[1], "application/json");
            assertEquals(200, response.status(), response.body());
            assertEquals(String.valueOf(all.size()), response.header("X-Total-Count"));
            assertEquals(all.subList(page[0], Math.min(all.size(), page[0] + page[1])).toString(), response.rows().toString(),
                    "rows " + page[0] + " to " + (page[0] + page[1]));
            boolean last = page[0] + page[1] >= all.size();
            assertEquals(!last, response.header("Link").contains("rel=\"next\""));
        }
        assertEquals(400, Http.get(base(), "/api/units/区科协/items?limit=0").status());
        assertEquals(400, Http.get(base(), "/api/units/区科协/items?offset=-1").status());
    }

    /** A page is the same rows as that slice of the whole list, with the total and the next page linked. */
    @Test
    void assignmentsPageWithOffsetAndLimit() throws Exception {
        List<JsonObject> all = Http.get(base(), "/api/assignments").rows();
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base() + "/api/assignments?offset=10&limit=5")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(all.size()), response.headers().firstValue("X-Total-Count").orElse(""));
        String link = response.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("offset=15&limit=5>; rel=\"next\"") && link.contains("offset=5&limit=5>; rel=\"prev\""), link);
        List<JsonObject> page = Http.get(base(), "/api/assignments?offset=10&limit=5").rows();
        assertEquals(all.subList(10, 15).toString(), page.toString());
        List<JsonObject> last = Http.get(base(), "/api/assignments?offset=" + (all.size() - 2) + "&limit=5").rows();
        assertEquals(all.subList(all.size() - 2, all.size()).toString(), last.toString());
        assertEquals(400, Http.get(base(), "/api/assignments?limit=0").status());
    }

    @Test
    void theStoreAnswersWithExactlyTheAssignmentsTheExtractorReads() throws Exception {
        java.util.Set<String> extracted = new java.util.HashSet<>();
        org.plankg.vocab.Vocabulary vocabulary = org.plankg.vocab.Vocabulary.load();
        for (java.nio.file.Path file : java.nio.file.Files.list(java.nio.file.Path.of("data/plans")).sorted().toList()) {
            org.plankg.plan.Plan plan = new org.plankg.extract.PlanParser(vocabulary)
                    .parse(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
            org.plankg.extract.AssignmentRow.of(plan, org.plankg.vocab.Iris.standard())
                    .forEach(r -> extracted.add(r.source() + "|" + r.item() + "|" + r.task() + "|" + r.unit() + "|" + r.role()));
        }
        List<JsonObject> served = Http.get(base(), "/api/assignments").rows();
        java.util.Set<String> fromStore = new java.util.HashSet<>();
        served.forEach(r -> fromStore.add(text(r, "source") + "|" + text(r, "item") + "|" + text(r, "task") + "|"
                + text(r, "unit") + "|" + text(r, "role")));
        assertEquals(extracted.size(), served.size(), "one row per assignment, no duplicates");
        assertEquals(extracted, fromStore);
    }

    @Test
    void tabularAnswersComeAsCsvOnRequest() {
        Http.Response byParameter = Http.get(base(), "/api/units/区科协/items?role=lead&format=csv");
        Http.Response byAccept = Http.get(base(), "/api/units/区科协/items?role=lead", "text/csv");
        for (Http.Response csv : List.of(byParameter, byAccept)) {
            assertEquals(200, csv.status());
            assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
            assertTrue(csv.body().startsWith("district,item,itemKind,national,task,role,"), csv.body());
            assertTrue(csv.body().contains("鲤城区,科普基础设施工程,project,infrastructure,,lead,区科协,"), csv.body());
        }
    }

    @Test
    void plansAndAPlansOverview() {
        List<JsonObject> plans = Http.get(base(), "/api/plans").rows();
        assertEquals(Set.of("丰台区", "鲤城区", "通州区", "西城区", "朝阳区"),
                Set.copyOf(plans.stream().map(p -> text(p, "district")).toList()));
        JsonObject fengtai = Http.get(base(), "/api/plans/北京市丰台区-2021-2025").json().getAsObject();
        assertEquals("丰政办发〔2022〕9号", text(fengtai, "documentNumber"));
        assertEquals("25.5", text(fengtai.get("targets").getAsArray().get(0).getAsObject(), "value"));
        assertEquals(10, fengtai.get("items").getAsArray().size(), "five actions and five projects");
        JsonObject xicheng = Http.get(base(), "/api/plans/西城区").json().getAsObject();
        JsonObject youth = xicheng.get("items").getAsArray().get(0).getAsObject();
        JsonObject firstTask = youth.get("tasks").getAsArray().get(0).getAsObject();
        assertEquals(Set.of("区教委", "团区委", "区科协"), Set.copyOf(firstTask.get("roles").getAsArray().stream()
                .map(r -> text(r.getAsObject(), "unit")).toList()));
        // 西城 names 西城园管委会 (l.75), 市规划自然资源委西城分局 (l.173) and 中关村西城园管委会 (l.221),
        // which no other plan shares
        JsonObject coverage = xicheng.get("coverage").getAsObject();
        assertEquals(Set.of("西城园管委会", "市规划自然资源委西城分局", "中关村西城园管委会"), Set.copyOf(coverage.get("unitsNotInVocabulary")
                .getAsArray().stream().map(u -> u.getAsString().value()).toList()));
        assertTrue(coverage.get("assignments").getAsObject().hasKey("task"), "西城 states its roles per task");
        assertFalse(coverage.get("assignments").getAsObject().hasKey("item"), "and never per item");
        assertEquals("true", fengtai.get("coverage").getAsObject().get("readCompletely").toString(), "丰台 is read completely");
        // 丰台 l.239 (牵头部门按照本方案…) also says 各成员单位按照各自职能范围积极开展工作: that duty is read,
        // so no line of 丰台 reads like a statement without giving an assignment
        assertEquals(List.of(), fengtai.get("coverage").getAsObject().get("unreadLines").getAsArray().stream()
                .map(l -> l.isNumber() ? l.getAsNumber().value().toString() : l.getAsString().value()).toList());
    }

    @Test
    void aPlansSteeringBodiesWithTheirChairViceChairsAndHost() {
        JsonObject fengtai = Http.get(base(), "/api/plans/丰台区").json().getAsObject();
        List<JsonObject> bodies = fengtai.get("bodies").getAsArray().stream().map(b -> b.getAsObject()).toList();
        assertEquals(1, bodies.size(), "丰台 names one body, its 纲要办: " + bodies);
        JsonObject office = bodies.get(0);
        assertEquals("区纲要办", text(office, "name"));
        assertEquals("office", text(office, "kind"));
        assertEquals("25", text(office, "memberCount"));
        assertEquals("229", text(office, "line"));
        JsonObject chair = office.get("chairs").getAsArray().get(0).getAsObject();
        assertEquals("主管区长", text(chair, "post"));
        assertTrue(text(chair, "quote").contains("以主管区长为主任"), text(chair, "quote"));
        List<JsonObject> members = office.get("members").getAsArray().stream().map(m -> m.getAsObject()).toList();
        assertEquals(Set.of("区政府办", "区科协", "区科信局"), Set.copyOf(members.stream()
                .filter(m -> "vice-chair".equals(text(m, "role"))).map(m -> text(m, "unit")).toList()));
        assertEquals(List.of("区科协"), members.stream()
                .filter(m -> "office-host".equals(text(m, "role"))).map(m -> text(m, "unit")).toList());

        JsonObject xicheng = Http.get(base(), "/api/plans/西城区").json().getAsObject();
        List<JsonObject> xichengBodies = xicheng.get("bodies").getAsArray().stream().map(b -> b.getAsObject()).toList();
        JsonObject group = xichengBodies.stream().filter(b -> "group".equals(text(b, "kind"))).findFirst().orElseThrow();
        assertEquals("分管副区长", text(group.get("chairs").getAsArray().get(0).getAsObject(), "post"));
        JsonObject xichengOffice = xichengBodies.stream().filter(b -> "office".equals(text(b, "kind"))).findFirst().orElseThrow();
        assertEquals("区全民科学素质工作领导小组", text(xichengOffice, "unitOf"));
        assertTrue(xicheng.get("organisation").getAsArray().stream().map(r -> r.getAsObject())
                .anyMatch(r -> "lead".equals(text(r, "role")) && "区全民科学素质工作领导小组办公室".equals(text(r, "unit"))),
                "the office leads the supervision (line 221)");

        List<JsonObject> association = Http.get(base(), "/api/units/区科协/bodies").rows();
        assertEquals(Set.of("丰台区", "鲤城区", "通州区", "西城区"), Set.copyOf(association.stream()
                .filter(r -> "office-host".equals(text(r, "role"))).map(r -> text(r, "district")).toList()));
        assertTrue(association.stream().anyMatch(r -> "丰台区".equals(text(r, "district")) && "vice-chair".equals(text(r, "role"))),
                association.toString());
    }

    @Test
    void questionsAreListedWithTheirParametersAndAnswered() {
        List<JsonObject> questions = Http.get(base(), "/api/questions").rows();
        JsonObject unitItems = questions.stream().filter(q -> "unit-items".equals(text(q, "name"))).findFirst().orElseThrow();
        assertEquals(List.of("unit", "role", "graph"), unitItems.get("parameters").getAsArray().stream()
                .map(p -> text(p.getAsObject(), "name")).toList());
        assertTrue(questions.stream().noneMatch(q -> "stored-plans".equals(text(q, "name")) || "graph-sizes".equals(text(q, "name"))),
                "the service's own queries are not offered");
        assertEquals(404, Http.get(base(), "/api/questions/stored-plans").status());
        assertEquals(404, Http.get(base(), "/api/questions/store-filled/sparql").status());
        List<JsonObject> pairs = Http.get(base(), "/api/questions/unit-pairs").rows();
        assertFalse(pairs.isEmpty());
        List<JsonObject> units = Http.get(base(), "/api/questions/district-units?district=朝阳区").rows();
        JsonObject association = units.stream().filter(u -> "区科协".equals(text(u, "unit"))).findFirst().orElseThrow();
        assertEquals("1", text(association, "organisationRoles"), "朝阳's 区科协 coordinates");
    }

    @Test
    void anUnknownUnitIsNotFoundWithTheClosestNames() {
        Http.Response response = Http.get(base(), "/api/units/区科学协会/items");
        assertEquals(404, response.status());
        JsonObject problem = response.json().getAsObject();
        assertTrue(problem.get("suggestions").getAsArray().stream().anyMatch(s -> s.getAsString().value().equals("区科协")),
                response.body());
        assertFalse(response.body().contains("at org."), "no stack trace");
    }

    @Test
    void aBadParameterIsABadRequestSayingWhich() {
        Http.Response badRole = Http.get(base(), "/api/units/区科协/items?role=boss");
        assertEquals(400, badRole.status());
        assertEquals("role", text(badRole.json().getAsObject(), "parameter"));
        Http.Response badNational = Http.get(base(), "/api/matrix?national=pets");
        assertEquals(400, badNational.status());
        assertEquals("national", text(badNational.json().getAsObject(), "parameter"));
        assertEquals(400, Http.get(base(), "/api/questions/unit-items?colour=red").status());
        assertEquals(404, Http.get(base(), "/api/questions/no-such-question").status());
    }

    @Test
    void healthReportsTheStore() {
        Http.Response health = Http.get(base(), "/actuator/health");
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", text(health.json().getAsObject().get("components").getAsObject().get("store").getAsObject(), "status"));
    }

    private static boolean has(List<JsonObject> rows, String district, String item) {
        return rows.stream().anyMatch(r -> district.equals(text(r, "district")) && item.equals(text(r, "item")));
    }
}
