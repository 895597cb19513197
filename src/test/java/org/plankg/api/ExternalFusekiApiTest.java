package org.plankg.api;

import java.io.IOException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.plankg.store.FusekiProcess;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API suite against a standalone Fuseki server process: the path beyond one machine. */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalFusekiApiTest extends ApiContract {

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

    @Override
    String base() {
        return "http://localhost:" + port;
    }
}
