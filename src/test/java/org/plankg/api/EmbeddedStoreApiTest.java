package org.plankg.api;


import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Tag;

/** The API over the embedded Fuseki with TDB2, as the README's start command runs it. */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedStoreApiTest extends ApiContract {

    @LocalServerPort
    int port;

    @Override
    String base() {
        return "http://localhost:" + port;
    }
}
