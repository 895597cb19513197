package org.plankg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plankg.store.FusekiProcess;
import org.plankg.load.PlanSync;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An external in-memory Fuseki restarted empty: until the service has loaded the plans again it
 * answers 503, never an empty list or a 404 for a unit it knows. The sync is run by the test
 * (the scheduled one is an hour away), so the window between restart and refill is held open.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plankg.sync-interval=1h")
class StoreRefillTest {

    private static FusekiProcess fuseki;

    @LocalServerPort
    int port;

    @Autowired
    PlanSync sync;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        fuseki = FusekiProcess.startFor(registry);
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    @Test
    void aStoreThatCameBackEmptyGives503UntilItIsRefilled() {
        String base = "http://localhost:" + port;
        fuseki.stop();
        fuseki.start();

        for (String path : new String[] {"/api/plans", "/api/units/区科协/items?role=lead", "/sparql?query=ASK%7B%7D"}) {
            Http.Response during = Http.get(base, path);
            assertEquals(503, during.status(), path + ": " + during.body());
            assertTrue(during.body().contains("loaded again"), during.body());
        }
        assertEquals("DOWN", Http.text(Http.get(base, "/actuator/health").json().getAsObject(), "status"));

        sync.sync();
        Http.Response after = Http.get(base, "/api/units/区科协/items?role=lead");
        assertEquals(200, after.status(), after.body());
        assertTrue(after.body().contains("丰台区") && after.body().contains("鲤城区"), after.body());
        assertTrue(Http.get(base, "/api/plans").body().contains("北京市丰台区-2021-2025"));
    }
}
