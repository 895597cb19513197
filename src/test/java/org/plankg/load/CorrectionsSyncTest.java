package org.plankg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.TestApp;
import org.plankg.TestPlans;
import org.plankg.api.Http;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A corrections file beside 丰台's plan makes 区科协, which line 75 lists among the 责任单位 of the
 * 青少年科学素质行动, its lead: applied at load, marked in every answer, kept over restarts and
 * re-minting, refused with its file and line when it no longer applies, undone when it is deleted.
 */
@Tag("slow")
class CorrectionsSyncTest {

    static final String PLAN = "000_64d43a6d2d8e1f87.txt";
    static final String CORRECTIONS = PLAN + ".corrections.csv";
    static final String HEADER = "change,item,task,unit,role,to,line,quote,reason,by,date\n";
    static final String HOSTILE = "=HYPERLINK(\"http://evil.example/\",\"<script>alert(1)</script>\")";

    @TempDir
    Path dir;

    @Test
    void aCorrectionIsAppliedMarkedKeptAndRefusedWhenItNoLongerApplies() throws IOException {
        Path plans = TestPlans.copyShipped(dir);
        Files.writeString(plans.resolve(CORRECTIONS), HEADER
                + "role,青少年科学素质行动,,区科协,participant,lead,75,,\"" + HOSTILE.replace("\"", "\"\"") + "\",王研究员,2026-12-01\n");
        try (ConfigurableApplicationContext app = start(plans, "http://localhost:8080/")) {
            PlanSync.Report first = app.getBean(PlanSync.class).lastReport();
            assertEquals(List.of(), first.errors(), first.toString());
            JsonObject youth = fengtaiYouthLead(base(app));
            assertTrue(Http.text(youth, "correction").startsWith(HOSTILE + " — 王研究员, 2026-12-01"), youth.toString());
            assertEquals("000_64d43a6d2d8e1f87.txt:75", Http.text(youth, "source"), "the row still rests on the plan's line");
            Http.Response template = Http.get(base(app), "/api/plans/北京市丰台区-2021-2025/corrections.csv");
            assertEquals(200, template.status(), template.body());
            assertTrue(template.body().contains("\nrole,青少年科学素质行动,,区科协,participant,lead,75,,\"'" + HOSTILE.replace("\"", "\"\""))
                    && template.body().contains("\"\",青少年科学素质行动,,区科协,participant,,75,"),
                    "the template holds the correction so far and the rows as read: " + template.body());
            Http.Response csv = Http.get(base(app), "/api/units/区科协/items?role=lead", "text/csv");
            assertTrue(csv.body().contains("\"'" + HOSTILE.replace("\"", "\"\"")), "the reason stays text in CSV: " + csv.body());
            assertTrue(Http.get(base(app), "/api/assignments").rows().stream().anyMatch(r -> "丰台区".equals(Http.text(r, "district"))
                    && "区科协".equals(Http.text(r, "unit")) && "lead".equals(Http.text(r, "role"))
                    && "青少年科学素质行动".equals(Http.text(r, "item")) && Http.text(r, "correction").startsWith(HOSTILE)),
                    "the export of all assignments carries the mark too");
            assertTrue(Http.get(base(app), "/api/units/区教委/items?role=lead").rows().stream()
                    .allMatch(r -> Http.text(r, "correction").isEmpty()), "rows as read carry no mark");
            String sparql = """
                    PREFIX pk: <https://w3id.org/plankg/def/plankg#> PREFIX prov: <http://www.w3.org/ns/prov#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?c ?who ?asRead WHERE { GRAPH ?g { ?c a pk:Correction ; prov:wasAssociatedWith/rdfs:label ?who ;
                      prov:invalidated ?asRead . ?asRead prov:wasInvalidatedBy ?c } FILTER(STRENDS(STR(?g), "/corrections")) }""";
            Http.Response provenance = Http.get(base(app), "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertTrue(provenance.body().contains("王研究员") && provenance.body().contains("/assignment/区科协/participant"),
                    "the corrections graph says who, and which statement as read was replaced: " + provenance.body());
            String correction = provenance.body().replaceAll("(?s).*\"(http://localhost:8080/id/plan/[^\"]*/correction/[^\"]*)\".*", "$1");
            Http.Response page = Http.get(base(app), correction.substring("http://localhost:8080".length()).replace("/id/", "/doc/"), "text/turtle");
            assertEquals(200, page.status(), correction);
            assertTrue(page.body().contains("王研究员") || page.body().contains("wasAssociatedWith"), "the correction dereferences: " + page.body());
        }
        try (ConfigurableApplicationContext app = start(plans, "http://plankg.example.org/")) {
            PlanSync.Report again = app.getBean(PlanSync.class).lastReport();
            assertEquals(List.of(), again.loaded(), "re-minted, not read again: " + again);
            JsonObject youth = fengtaiYouthLead(base(app));
            assertFalse(Http.text(youth, "correction").isEmpty(), "the correction survives restart and a new base");

            Files.writeString(plans.resolve(PLAN), Files.readString(plans.resolve(PLAN)) + "\n");
            PlanSync.Report reread = app.getBean(PlanSync.class).sync();
            assertEquals(List.of(PLAN), reread.loaded(), reread.toString());
            assertFalse(Http.text(fengtaiYouthLead(base(app)), "correction").isEmpty(), "re-read, the plan is corrected again");

            Files.writeString(plans.resolve(CORRECTIONS), HEADER
                    + "remove,青少年科学素质行动,,区总工会,lead,,,,no such row,王研究员,2026-12-01\n");
            PlanSync.Report refused = app.getBean(PlanSync.class).sync();
            assertTrue(refused.errors().stream().anyMatch(e -> e.contains(CORRECTIONS + ":2: no assignment of 区总工会")),
                    refused.toString());
            assertFalse(Http.text(fengtaiYouthLead(base(app)), "correction").isEmpty(), "the stored version is kept");

            Files.delete(plans.resolve(CORRECTIONS));
            PlanSync.Report undone = app.getBean(PlanSync.class).sync();
            assertEquals(List.of(PLAN), undone.loaded(), undone.toString());
            assertTrue(Http.get(base(app), "/api/units/区科协/items?role=lead").rows().stream()
                    .noneMatch(r -> "丰台区".equals(Http.text(r, "district")) && "青少年科学素质行动".equals(Http.text(r, "item"))),
                    "without its corrections the plan is as read");
            String ask = "ASK { GRAPH ?g { ?c a <https://w3id.org/plankg/def/plankg#Correction> } }";
            assertTrue(Http.get(base(app), "/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                    "application/sparql-results+json").body().contains("false"), "the corrections graph is gone");

            Files.writeString(plans.resolve("gone.txt" + ".corrections.csv"), HEADER);
            assertTrue(app.getBean(PlanSync.class).sync().errors().stream().anyMatch(e -> e.startsWith("gone.txt.corrections.csv: ")),
                    "corrections of no plan are reported");
        }
    }

    private static JsonObject fengtaiYouthLead(String base) {
        return Http.get(base, "/api/units/区科协/items?role=lead").rows().stream()
                .filter(r -> "丰台区".equals(Http.text(r, "district")) && "青少年科学素质行动".equals(Http.text(r, "item")))
                .findFirst().orElseThrow(() -> new AssertionError("区科协 leads 丰台's youth action"));
    }

    private ConfigurableApplicationContext start(Path plans, String base) {
        return TestApp.start(plans, dir.resolve("tdb2"), "--plankg.base=" + base);
    }

    private static String base(ConfigurableApplicationContext app) {
        return TestApp.base(app);
    }
}
