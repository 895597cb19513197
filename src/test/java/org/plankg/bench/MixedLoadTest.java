package org.plankg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sixteen clients for a few seconds, each asking in turn the page's questions, the researchers'
 * endpoint, the network, linked data and a page of all assignments: every answer is a 2xx. This
 * checks that the limits (query slots, caches, streaming) hold under load, not how fast it is:
 * speed is the benchmark's (README, "Benchmark").
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MixedLoadTest {

    @LocalServerPort
    int port;

    @Test
    void sixteenClientsGetNoErrors() throws Exception {
        String base = "http://localhost:" + port;
        String sparql = new org.plankg.query.Questions().get("bench-sparql").body();
        List<String> paths = List.of("/api/units/区科协/items?role=lead", "/api/units/区教委/items",
                "/api/matrix?national=youth", "/api/matrix?national=elderly", "/api/plans/丰台区", "/api/plans",
                "/api/assignments?limit=100", "/api/network?by=category", "/api/network?district=丰台区",
                "/doc/unit/北京市丰台区/区科协", "/.well-known/void", "/sparql?query=" + sparql);
        List<String> uris = paths.stream().map(p -> base + encode(p)).toList();
        AtomicInteger next = new AtomicInteger();
        LoadGenerator.Result result = new LoadGenerator().run(() -> {
            String uri = uris.get(Math.floorMod(next.getAndIncrement(), uris.size()));
            return LoadGenerator.get(uri, uri.contains("/doc/") || uri.contains("/.well-known/") ? "text/turtle" : "application/json");
        }, 16, Duration.ofSeconds(6));
        assertEquals(0, result.errors(), result.toString());
        assertTrue(result.requests() >= 16 * uris.size() / 2, "each client asked several questions: " + result);
    }

    /** The path and query percent-encoded where a browser would, keeping its structure. */
    private static String encode(String pathAndQuery) {
        StringBuilder out = new StringBuilder();
        for (char c : pathAndQuery.toCharArray()) {
            out.append(c > 0x7E || c == ' ' || c == '"' || c == '<' || c == '>' || c == '{' || c == '}' || c == '#'
                    ? URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8).replace("+", "%20") : String.valueOf(c));
        }
        return out.toString();
    }

}
