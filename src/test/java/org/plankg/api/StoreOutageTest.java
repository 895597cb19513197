package org.plankg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plankg.store.FusekiProcess;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An external store that goes away gives 503 with a clear message; when it comes back (empty, as an
 * in-memory Fuseki does) the service fills it again and answers, without being restarted.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plankg.sync-interval=1s")
class StoreOutageTest {

    private static FusekiProcess fuseki;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        fuseki = FusekiProcess.startFor(registry);
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    @Test
    void answers503WhileTheStoreIsDownAndRecoversWhenItIsBack() {
        String base = "http://localhost:" + port;
        String question = "/api/units/区科协/items?role=lead";
        assertEquals(200, Http.get(base, question).status());

        fuseki.stop();
        sleep(1100); // past the once-a-second check that an external store is still filled
        // an answer given before stays valid while nothing was written: it is served from memory
        assertEquals(200, Http.get(base, question).status());
        Http.Response down = Http.get(base, "/api/units/区科协/items?role=participant");
        assertEquals(503, down.status(), down.body());
        assertTrue(down.body().contains("not reachable"), down.body());
        assertFalse(down.body().contains("at org."), "no stack trace");
        assertEquals("DOWN", Http.text(Http.get(base, "/actuator/health").json().getAsObject(), "status"));

        fuseki.start();
        Instant deadline = Instant.now().plusSeconds(30);
        Http.Response back = Http.get(base, question);
        while (!(back.status() == 200 && back.body().contains("科普基础设施工程")) && Instant.now().isBefore(deadline)) {
            sleep(250);
            back = Http.get(base, question);
        }
        assertEquals(200, back.status(), back.body());
        assertTrue(back.body().contains("科普基础设施工程"), "鲤城's plan is loaded again: " + back.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
