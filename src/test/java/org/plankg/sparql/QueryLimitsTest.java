package org.plankg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plankg.api.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One query slot (and so one waiting place): a third heavy query is refused with 429 and
 * Retry-After, and each heavy query is stopped at the time limit, or when its client hangs up, in
 * the store's own process.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plankg.sparql.concurrent-queries=1", "plankg.sparql.waiting-queries=1", "plankg.sparql.timeout=3s",
                "plankg.sparql.max-rows=100"})
class QueryLimitsTest {

    /** Every triple three times over: runs until the time limit stops it. */
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @LocalServerPort
    int port;

    @Autowired
    QuerySlots slots;

    private Socket send(String query) throws IOException {
        Socket socket = new Socket("localhost", port);
        byte[] body = query.getBytes(StandardCharsets.UTF_8);
        String head = "POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    void aThirdHeavyQueryIsRefusedAndEachIsStoppedAtTheLimit() throws Exception {
        Instant start = Instant.now();
        Socket running = send(HEAVY);
        await(() -> slots.running() == 1, Duration.ofSeconds(5), "the first query runs");
        Socket waiting = send(HEAVY);
        Thread.sleep(300);
        try (Socket refused = send(HEAVY)) {
            refused.setSoTimeout(5000);
            String answer = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 429"), answer);
            assertTrue(answer.contains("Retry-After: 5") || answer.contains("retry-after: 5"), answer);
        }

        for (Socket socket : new Socket[] {running, waiting}) {
            try (socket) {
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 503") && answer.contains("limit of 3 s"), answer);
            }
        }
        Duration both = Duration.between(start, Instant.now());
        assertTrue(both.compareTo(Duration.ofSeconds(9)) < 0, "two 3 s queries one after the other took " + both);
        assertEquals(0, slots.running());
        Http.Response ask = Http.get("http://localhost:" + port, "/sparql?query=ASK%7B%7D");
        assertEquals(200, ask.status(), ask.body());
    }

    /** A client that hangs up while its query runs frees the slot at once, not at the time limit (3 s). */
    @Test
    void aClientThatHangsUpHasItsQueryStopped() throws Exception {
        Socket socket = send(HEAVY);
        await(() -> slots.running() == 1, Duration.ofSeconds(5), "the query runs");
        socket.close();
        await(() -> slots.running() == 0, Duration.ofMillis(1500), "the query of a client that hung up stops");
        Http.Response ask = Http.get("http://localhost:" + port, "/sparql?query=ASK%7B%7D");
        assertEquals(200, ask.status(), ask.body());
    }

    @Test
    void theLimitsAreStatedAsConfiguredForTheEditor() {
        Http.Response limits = Http.get("http://localhost:" + port, "/sparql/limits");
        assertEquals(200, limits.status());
        var json = limits.json().getAsObject();
        assertEquals(3.0, json.get("timeoutSeconds").getAsNumber().value().doubleValue());
        assertEquals(100L, json.get("maxRows").getAsNumber().value().longValue());
    }

    /** An answer over plankg.sparql.max-rows is refused whole, never cut short silently; one under it is served. */
    @Test
    void anAnswerOverTheRowLimitIsRefusedWithTheLimitNamed() {
        String base = "http://localhost:" + port;
        Http.Response all = Http.get(base, "/sparql?query=" + java.net.URLEncoder.encode(
                "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8));
        assertEquals(400, all.status(), all.body());
        assertTrue(all.body().contains("more than 100 rows"), all.body());
        Http.Response some = Http.get(base, "/sparql?query=" + java.net.URLEncoder.encode(
                "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 100", StandardCharsets.UTF_8));
        assertEquals(200, some.status(), some.body());
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration within, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError(what + " (within " + within + ")");
            Thread.sleep(50);
        }
    }

}
