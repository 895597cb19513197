package org.plankg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.TestApp;
import org.plankg.api.Http;
import org.plankg.load.PlanSync;
import org.springframework.context.ConfigurableApplicationContext;

/** Full-text search over the shipped plans; every expected hit is a line one can read in data/plans. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class SearchTest {

    @TempDir
    Path dir;
    /** The shipped plans, unchanged: shared by the tests that only read. */
    private ConfigurableApplicationContext shipped;

    @BeforeAll
    void startOnTheShippedPlans(@TempDir Path shippedDir) throws IOException {
        shipped = start(copyOfTheShippedPlans(shippedDir), shippedDir);
    }

    @AfterAll
    void stop() {
        shipped.close();
    }

    @Test
    void 应急FindsEveryTaskWhoseTextSaysItInEachDistrictWithItsUnits() {
        {
            ConfigurableApplicationContext app = shipped;
            List<JsonObject> hits = search(app, "q=应急&limit=500");
            // 丰台 l.217, 鲤城 l.157, 通州 l.101–103, 西城 l.191, 朝阳 l.84: the tasks whose text says 应急
            Set<String> sources = hits.stream().filter(h -> Http.text(h, "task") != null)
                    .map(h -> Http.text(h, "source")).collect(Collectors.toSet());
            assertTrue(sources.containsAll(List.of("000_64d43a6d2d8e1f87.txt:217", "001_c19de8b630eb6de0.txt:157",
                    "002_4bd26428d9563ede.txt:101", "002_4bd26428d9563ede.txt:102", "002_4bd26428d9563ede.txt:103",
                    "003_dbb92a8177a5e85b.txt:191", "004_6c226d949c8fefda.txt:84")), sources.toString());
            // the same, asked of the graph itself: every task text containing 应急 is a hit
            String sparql = "PREFIX pk: <https://w3id.org/plankg/def/plankg#> SELECT ?t WHERE { ?t pk:text ?x FILTER(CONTAINS(?x, \"应急\")) }";
            Set<String> tasks = Http.get(base(app), "/sparql?query=" + java.net.URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                    "application/sparql-results+json").json().getAsObject().get("results").getAsObject().get("bindings")
                    .getAsArray().stream().map(b -> b.getAsObject().get("t").getAsObject().get("value").getAsString().value())
                    .collect(Collectors.toSet());
            assertTrue(hits.stream().map(h -> Http.text(h, "anchor")).collect(Collectors.toSet()).containsAll(tasks), tasks.toString());
            assertTrue(hits.stream().allMatch(h -> Http.text(h, "snippet").contains("⟦应急")), "the word is marked in every snippet");

            // 通州 l.104: 区科委、区科协、区应急局 lead 应急科普能力提升工程; its tasks name no units of their own
            JsonObject tongzhou = hit(hits, "002_4bd26428d9563ede.txt:101");
            assertEquals("通州区", Http.text(tongzhou, "district"));
            assertEquals("应急科普能力提升工程", Http.text(tongzhou, "item"));
            assertTrue(units(tongzhou).containsAll(List.of("区科委 lead", "区科协 lead", "区应急局 lead")), units(tongzhou).toString());
            // 丰台 l.223: 区应急管理局 is among the leads of 基层科普能力提升工程, whose task 4 this is
            assertTrue(units(hit(hits, "000_64d43a6d2d8e1f87.txt:217")).contains("区应急管理局 lead"));
            // 西城 l.191 task 3 of 基层科普能力提升工程, with the responsible units of its own sentence
            assertTrue(units(hit(hits, "003_dbb92a8177a5e85b.txt:191")).stream().allMatch(u -> u.endsWith(" responsible")));

            List<JsonObject> xicheng = search(app, "q=应急&district=西城区&limit=500");
            assertTrue(!xicheng.isEmpty() && xicheng.stream().allMatch(h -> "西城区".equals(Http.text(h, "district"))));
        }
    }

    @Test
    void twoWordsFindOnlyTasksWithBothAndQuotesMakeAPhrase() {
        {
            ConfigurableApplicationContext app = shipped;
            List<JsonObject> both = search(app, "q=老年人 健康&limit=500");
            Set<String> sources = both.stream().map(h -> Http.text(h, "source")).collect(Collectors.toSet());
            // 丰台 l.117 "加强老年人健康科普服务", 通州 l.64 the same words
            assertTrue(sources.containsAll(List.of("000_64d43a6d2d8e1f87.txt:117", "002_4bd26428d9563ede.txt:64")), sources.toString());
            // 丰台 l.113 "助力老年人跨越“数字鸿沟”" says 老年人 but not 健康
            assertTrue(!sources.contains("000_64d43a6d2d8e1f87.txt:113"), sources.toString());
            assertTrue(search(app, "q=老年人&limit=500").stream().anyMatch(h -> "000_64d43a6d2d8e1f87.txt:113".equals(Http.text(h, "source"))));
            assertTrue(both.stream().map(h -> Http.text(h, "snippet")).allMatch(s -> s.contains("老年人") && s.contains("健康")));

            // "数字鸿沟" as a phrase: 丰台 l.113 and 朝阳 l.52 say it
            Set<String> gap = search(app, "q=%22数字鸿沟%22&limit=500").stream().map(h -> Http.text(h, "source")).collect(Collectors.toSet());
            assertTrue(gap.containsAll(List.of("000_64d43a6d2d8e1f87.txt:113", "004_6c226d949c8fefda.txt:52")), gap.toString());
        }
    }

    @Test
    void aReplacedOrRemovedPlanLeavesNoStaleHit() throws IOException {
        Path plans = copyOfTheShippedPlans(dir);
        try (ConfigurableApplicationContext app = start(plans, dir)) {
            Path chaoyang = plans.resolve("004_6c226d949c8fefda.txt");
            Files.writeString(chaoyang, Files.readString(chaoyang).replace("大力提升应急科普传播能力", "大力提升防汛科普传播能力"));
            PlanSync.Report replaced = app.getBean(PlanSync.class).sync();
            assertEquals(List.of("004_6c226d949c8fefda.txt"), replaced.loaded(), replaced.toString());
            assertTrue(search(app, "q=应急&limit=500").stream().noneMatch(h -> "004_6c226d949c8fefda.txt:84".equals(Http.text(h, "source"))));
            List<JsonObject> flood = search(app, "q=防汛&limit=500");
            assertEquals(List.of("004_6c226d949c8fefda.txt:84"), flood.stream().map(h -> Http.text(h, "source")).toList());

            Files.delete(chaoyang);
            app.getBean(PlanSync.class).sync();
            assertEquals(List.of(), search(app, "q=防汛"));
            assertTrue(search(app, "q=科普&limit=500").stream().noneMatch(h -> "朝阳区".equals(Http.text(h, "district"))));
        }
        Files.delete(plans.resolve("001_c19de8b630eb6de0.txt"));
        // a restart sees the removal in the store and in the index alike
        try (ConfigurableApplicationContext app = start(plans, dir)) {
            assertTrue(search(app, "q=科普&limit=500").stream().noneMatch(h -> "鲤城区".equals(Http.text(h, "district"))));
            assertTrue(search(app, "q=科普&limit=500").stream().anyMatch(h -> "丰台区".equals(Http.text(h, "district"))));
        }
    }

    @Test
    void luceneSyntaxAndBadParametersAreProblemDetailsNotErrors() {
        {
            ConfigurableApplicationContext app = shipped;
            for (String q : List.of("\"应急", "*", "()[]{}^~:\\/", "  ", "，。")) {
                Http.Response r = Http.get(base(app), "/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
                assertEquals(400, r.status(), q + ": " + r.body());
                assertTrue(r.contentType().startsWith("application/problem+json") && r.body().contains("\"parameter\":\"q\""), r.body());
            }
            for (String q : List.of("text:应急 OR graph:*", "应急 AND NOT", "\"应急\" -科普 +\"", "应急\\\" } DROP ALL #")) {
                Http.Response r = Http.get(base(app), "/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
                assertTrue(r.status() == 200 || r.status() == 400, q + ": " + r.status() + " " + r.body());
            }
            assertEquals(400, Http.get(base(app), "/api/search?q=应急&limit=0").status());
            assertEquals(400, Http.get(base(app), "/api/search?q=应急&district=火星区").status());
            assertEquals(400, Http.get(base(app), "/api/search?q=应急&role=boss").status());
        }
    }

    /**
     * A page is the top of the whole list; it counts the passages from the text index alone (as
     * many as text:query gives at the endpoint), and the hits only when it read every passage.
     */
    @Test
    void aPageIsTheTopOfTheListAndSaysWhatItCounted() throws Exception {
        List<JsonObject> all = search(shipped, "q=科普&limit=500");
        Http.Response first = Http.get(base(shipped), "/api/search?q=科普&limit=3", "application/json");
        assertEquals(all.subList(0, 3).toString(), first.rows().toString());
        assertEquals("true", first.header("X-More-Hits"));
        String sparql = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) WHERE { (?p ?s) text:query (\"科普\" 10000) }";
        String passages = Http.get(base(shipped), "/sparql?query=" + java.net.URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                "text/csv").body().split("\r?\n")[1].strip();
        assertEquals(passages, first.header("X-Passage-Count"));
        if (!first.header("X-Total-Count").isEmpty()) assertEquals(String.valueOf(all.size()), first.header("X-Total-Count"));

        Http.Response gap = Http.get(base(shipped), "/api/search?q=" + java.net.URLEncoder.encode("\"数字鸿沟\"", StandardCharsets.UTF_8) + "&limit=500", "application/json");
        int hits = gap.rows().size();
        assertTrue(hits > 0);
        assertEquals(String.valueOf(hits), gap.header("X-Total-Count"), "every passage read, so counted");
        assertEquals("false", gap.header("X-More-Hits"));
    }

    /**
     * Units are named by skos:prefLabel as items are, but a unit's name is no passage a search can
     * show: 通州 names 区应急局 (l.104), and at 3,000 plans such names outranked every task about 应急.
     */
    @Test
    void itemNamesArePassagesAndUnitNamesAreNot() {
        String prefixes = "PREFIX text: <http://jena.apache.org/text#> PREFIX pk: <https://w3id.org/plankg/def/plankg#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
        assertEquals(List.of("区应急局"), column(prefixes + "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?u a pk:Unit ; skos:prefLabel ?n } "
                + "BIND(STR(?n) AS ?name) FILTER(?name = \"区应急局\") }"), "the unit is in the graph");
        assertEquals(List.of(), column(prefixes + "SELECT ?doc WHERE { (?doc ?score) text:query (\"应急\" 10000) . GRAPH ?g { ?doc a pk:Unit } }"));
        assertTrue(column(prefixes + "SELECT DISTINCT ?name WHERE { (?doc ?score ?text ?g) text:query (\"应急科普能力提升工程\" 100) . "
                + "GRAPH ?g { ?doc a pk:Project ; skos:prefLabel ?n } BIND(STR(?n) AS ?name) }").contains("应急科普能力提升工程"),
                "the item's name is a passage");
    }

    private List<String> column(String sparql) {
        return Http.get(base(shipped), "/sparql?query=" + java.net.URLEncoder.encode(sparql, StandardCharsets.UTF_8), "text/csv")
                .body().lines().skip(1).map(String::strip).toList();
    }

    @Test
    void textQueryWorksFromTheSparqlEndpoint() {
        {
            ConfigurableApplicationContext app = shipped;
            // the README's example
            String sparql = """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX pk:   <https://w3id.org/plankg/def/plankg#>
                    SELECT ?task ?text ?score WHERE {
                      (?task ?score ?text) text:query "科学家精神" .
                      ?task a pk:Task .
                    } ORDER BY DESC(?score)""";
            String body = Http.get(base(app), "/sparql?query=" + java.net.URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                    "text/csv").body();
            assertTrue(body.contains("科学家精神") && body.contains("/task/"), body);
        }
    }

    private static JsonObject hit(List<JsonObject> hits, String source) {
        return hits.stream().filter(h -> source.equals(Http.text(h, "source"))).findFirst()
                .orElseThrow(() -> new AssertionError("no hit at " + source));
    }

    private static List<String> units(JsonObject hit) {
        return hit.get("units").getAsArray().stream()
                .map(u -> Http.text(u.getAsObject(), "name") + " " + Http.text(u.getAsObject(), "role")).toList();
    }

    private static List<JsonObject> search(ConfigurableApplicationContext app, String query) {
        Http.Response r = Http.get(base(app), "/api/search?" + query);
        assertEquals(200, r.status(), query + ": " + r.body());
        return r.rows();
    }

    private static Path copyOfTheShippedPlans(Path dir) throws IOException {
        Path plans = dir.resolve("plans");
        Files.createDirectories(plans);
        try (Stream<Path> shipped = Files.list(Path.of("data/plans"))) {
            for (Path p : shipped.toList()) Files.copy(p, plans.resolve(p.getFileName()));
        }
        return plans;
    }

    private static ConfigurableApplicationContext start(Path plans, Path dir) {
        return TestApp.start(plans, dir.resolve("tdb2"));
    }

    private static String base(ConfigurableApplicationContext app) {
        return TestApp.base(app);
    }
}
