package org.plankg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service started by a test that needs its own (several in turn, or restarted over the same
 * store): on a free port chosen by the web server, over {@code plans} with its TDB2 store in
 * {@code data}, syncing only when the test asks (the scheduled sync is an hour away).
 * Tests that need one service for the whole class use {@code @SpringBootTest} instead.
 */
public final class TestApp {

    private TestApp() {
    }

    /** {@code more} are further properties as {@code --name=value}. */
    public static ConfigurableApplicationContext start(Path plans, Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--plankg.plans=" + plans,
                "--plankg.data=" + data, "--plankg.sync-interval=1h"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(PlankgApplication.class).run(args.toArray(String[]::new));
    }

    /** The service's own address, e.g. http://localhost:41234. */
    public static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
