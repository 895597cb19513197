package org.plankg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Sends one request over and over from C clients for S seconds (and at least once per client,
 * so with no seconds each client sends one: all at once, the cold start of a service),
 * each client waiting for its answer before the next, and reports latency percentiles and
 * throughput. Requests go to loopback only; a non-2xx answer is counted as an error.
 */
final class LoadGenerator {

    /** p50/p99 in milliseconds, requests per second, requests and errors. */
    record Result(double p50, double p99, double throughput, int requests, int errors) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Result run(Supplier<HttpRequest> request, int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // every client's first request leaves at the same moment, as visitors' do when a service comes up
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                go.await();
                long end = System.nanoTime() + duration.toNanos();
                List<Long> times = new ArrayList<>();
                long errors = 0;
                do {
                    long t0 = System.nanoTime();
                    HttpResponse<Void> response = http.send(request.get(), HttpResponse.BodyHandlers.discarding());
                    times.add(System.nanoTime() - t0);
                    if (response.statusCode() / 100 != 2) errors++;
                } while (System.nanoTime() < end);
                long[] out = new long[times.size() + 1];
                out[0] = errors;
                for (int i = 0; i < times.size(); i++) out[i + 1] = times.get(i);
                return out;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        List<Long> all = new ArrayList<>();
        int errors = 0;
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            errors += (int) r[0];
            for (int i = 1; i < r.length; i++) all.add(r[i]);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(percentile(all, 0.50), percentile(all, 0.99), all.size() / seconds, all.size(), errors);
    }

    static HttpRequest get(String uri, String accept) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
    }

    static HttpRequest sparql(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query; charset=UTF-8")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
