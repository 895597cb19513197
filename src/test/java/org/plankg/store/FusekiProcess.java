package org.plankg.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A standalone Fuseki server ({@code jena-fuseki-server}, copied to target/fuseki by the build) run
 * as a separate process on loopback with an in-memory, updatable dataset /kg.
 */
public final class FusekiProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/fuseki/jena-fuseki-server.jar");

    private int port;
    private final Path workDir;
    private Process process;

    /**
     * Fuseki's command line cannot listen on port 0 and say which port it got, so a free port is
     * chosen here; if another process takes it before Fuseki binds it, Fuseki exits and the next
     * free port is tried. Restarts ({@link #stop()}, {@link #start()}) keep the port.
     */
    public FusekiProcess() throws IOException {
        if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing; run the build (mvn verify)");
        workDir = Files.createTempDirectory("fuseki-");
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            try {
                start();
                return;
            } catch (ExitedException e) {
                if (attempt == 3) throw e;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final class ExitedException extends IllegalStateException {
        ExitedException(String message) {
            super(message);
        }
    }

    /** Starts a server and points the service's {@code plankg.sparql.endpoint} at it. */
    public static FusekiProcess startFor(org.springframework.test.context.DynamicPropertyRegistry registry)
            throws IOException {
        FusekiProcess fuseki = new FusekiProcess();
        registry.add("plankg.sparql.endpoint", fuseki::endpoint);
        return fuseki;
    }

    public String endpoint() {
        return "http://localhost:" + port + "/kg";
    }

    public synchronized void start() {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            process = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(),
                    "--port=" + port, "--localhost", "--mem", "--update", "/kg")
                    .directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("fuseki.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Fuseki", e);
        }
        awaitPing();
    }

    public synchronized void stop() {
        if (process == null) return;
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitPing() {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> ping = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() == 200) return;
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!process.isAlive()) throw new ExitedException("Fuseki exited (port " + port + " taken?); see " + workDir.resolve("fuseki.log"));
            sleep(200);
        }
        throw new IllegalStateException("Fuseki did not answer within 60 s; see " + workDir.resolve("fuseki.log"));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
