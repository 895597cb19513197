package org.plankg.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Real HTTP requests against a running service, for tests. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public static Response of(HttpResponse<String> response) {
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        }

        /** The header's value, or "" when the response has none. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public JsonValue json() {
            return JSON.parseAny(body);
        }

        public List<JsonObject> rows() {
            List<JsonObject> rows = new ArrayList<>();
            json().getAsArray().forEach(v -> rows.add(v.getAsObject()));
            return rows;
        }
    }

    private Http() {
    }

    /** GET with {@code pathAndQuery} percent-encoded as a browser would. */
    public static Response get(String base, String pathAndQuery, String accept) {
        URI uri = URI.create(base + encode(pathAndQuery));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) request.header("Accept", accept);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return Response.of(response);
        } catch (IOException e) {
            throw new AssertionError("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Response get(String base, String pathAndQuery) {
        return get(base, pathAndQuery, null);
    }

    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x7E || c == ' ') out.append('%').append(String.format("%02X", c));
            else out.append((char) c);
        }
        return out.toString();
    }

    /**
     * The status of a request sent byte for byte, as a script or crawler might: {@code head} is the
     * request line and any headers, not encoded any further.
     */
    public static int rawStatus(int port, String head, String body) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
            String request = head + "\r\nHost: localhost\r\nConnection: close\r\n"
                    + (content == null ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            if (content != null) socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    public static String text(JsonObject row, String key) {
        JsonValue v = row.get(key);
        return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString();
    }
}
