package org.plankg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code server.port=0} asks for any free port, which the web server learns only when it opens,
 * after the first sync has minted the store's IRIs under {@code plankg.base}. When that base names
 * the port ({@code http://localhost:${server.port}/}, the default), the free port is chosen here,
 * before anything is minted, so that the IRIs name the port the service answers on.
 */
class FreePortForIris implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"0".equals(environment.getProperty("server.port"))) return;
        String base = environment.getProperty("plankg.base", "");
        if (!base.matches("https?://[^/]+:0(/.*)?")) return;
        environment.getPropertySources().addFirst(new MapPropertySource("plankg-free-port", Map.of("server.port", free())));
    }

    private static int free() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the service", e);
        }
    }

    /** After the configuration files and test properties are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
