package org.plankg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every parameter of every GET operation in the service's own OpenAPI document, given each of a set
 * of hostile values (bad percent-encoding, invalid UTF-8, control characters, markup, formulas,
 * SPARQL and path fragments, huge and empty values, broken media types) while the other parameters
 * keep sound values: no answer is a 5xx, and the service is healthy after.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiSweepTest {

    /** Values as they stand in a URL: some are malformed on purpose. */
    private static final List<String> IN_URL = List.of("%zz", "%C3%28", "%00", "%01", "%0D%0A", "%FF%FE", "%",
            "x".repeat(5000), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201=1--", "%22%7D%5D",
            "=HYPERLINK(%22http://x%22)", "..%2F..%2Fetc%2Fpasswd", "..", "-1", "99999999999999999999999", "", "NaN",
            "%F0%9F%98%80", "%E2%80%AE", "%7D%20SELECT%20*%20%7B%20?s%20?p%20?o%20%7D", "%3Chttp://x%3E", "a%2Fb",
            "%25", "+", "[]", "%7B%7D", "%5C", "%E5%8C%BA%E7%A7%91%E5%8D%8F%01");
    private static final List<String> IN_HEADER = List.of("garbage", "text/html;q=abc", "*/*;q=2", "", ";;;",
            "text/*;q=0", "application/json;charset=\"", "*/*;q=-1", "application/sparql-results+json;q=0.5;q=0.9",
            "x".repeat(4000), "\u00e9\u00ff");
    /** Sound values for path parameters, so that each hostile value meets a request that otherwise works. */
    private static final Map<String, String> SOUND = Map.of(
            "name", "%E5%8C%BA%E7%A7%91%E5%8D%8F", "id", "%E4%B8%B0%E5%8F%B0%E5%8C%BA", "**", "district/x");

    @LocalServerPort
    int port;

    @Test
    void noHostileValueOfAnyParameterGetsAServerError() throws IOException {
        JsonObject paths = Http.get(base(), "/v3/api-docs").json().getAsObject().getObj("paths");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (String path : paths.keys()) {
            if (!paths.getObj(path).hasKey("get")) continue; // POST /api/preview: PreviewTest sends it bad files
            JsonObject get = paths.getObj(path).getObj("get");
            List<JsonObject> parameters = new ArrayList<>();
            if (get.hasKey("parameters")) get.get("parameters").getAsArray().forEach(p -> parameters.add(p.getAsObject()));
            List<String> targets = new ArrayList<>(parameters.stream().map(p -> Http.text(p, "in") + ":" + Http.text(p, "name")).toList());
            if (path.contains("**")) targets.add("path:**");
            if (targets.stream().anyMatch(t -> t.endsWith(":arguments"))) targets.add("query:resource");
            for (String target : targets) {
                boolean header = target.startsWith("header:");
                for (String value : header ? IN_HEADER : IN_URL) {
                    String request = request(path, parameters, target, value);
                    int status = Http.rawStatus(port, request, null);
                    sent++;
                    statuses.merge(path + " " + status, 1, Integer::sum);
                    if (status >= 500) failures.add(status + " " + request.replace("\r\n", " | ").substring(0, Math.min(200, request.length())));
                }
            }
        }
        assertEquals(List.of(), failures, "no 5xx among " + sent + " requests: " + statuses);
        assertEquals(true, sent > 15 * IN_URL.size(), "every operation was swept: " + statuses);
        assertEquals("UP", Http.text(Http.get(base(), "/actuator/health").json().getAsObject(), "status"));
        assertEquals(200, Http.get(base(), "/api/units/区科协/items?role=lead").status());
    }

    /** The request line and headers with {@code value} in {@code target}, sound values elsewhere. */
    private static String request(String path, List<JsonObject> parameters, String target, String value) {
        String url = path;
        for (String name : SOUND.keySet()) {
            String placeholder = name.equals("**") ? "**" : "{" + name + "}";
            String given = target.equals("path:" + name) ? value : SOUND.get(name);
            if (path.startsWith("/api/questions/") && name.equals("name") && !target.equals("path:name")) given = "find-units";
            url = url.replace(placeholder, given);
        }
        List<String> query = new ArrayList<>();
        StringBuilder headers = new StringBuilder();
        for (JsonObject p : parameters) {
            String where = Http.text(p, "in");
            String name = Http.text(p, "name");
            if ((where + ":" + name).equals(target)) {
                if (where.equals("query")) query.add((name.equals("arguments") ? "spelling" : name) + "=" + value);
                if (where.equals("header")) headers.append("\r\n").append(name).append(": ").append(value);
            }
        }
        if (target.equals("query:resource")) query.add("resource=" + value);
        if (path.equals("/sparql") && !target.equals("query:query")) query.add("query=ASK%7B%7D");
        return "GET " + url + (query.isEmpty() ? "" : "?" + String.join("&", query)) + " HTTP/1.1" + headers;
    }

    private String base() {
        return "http://localhost:" + port;
    }

}
