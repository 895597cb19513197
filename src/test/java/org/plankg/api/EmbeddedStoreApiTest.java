package org.plankg.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API over the embedded Fuseki with TDB2, as the README's start command runs it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedStoreApiTest extends ApiContract {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("plankg-tdb2-");
        registry.add("plankg.data", data::toString);
    }

    @Override
    String base() {
        return "http://localhost:" + port;
    }
}
