package org.plankg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.plankg.PlankgApplication;
import org.plankg.query.Questions;
import org.plankg.store.Store;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code plankg bench [--plans N] [--clients C] [--seconds S] [--dir DIR]}: writes N synthetic plans,
 * starts the service on them over a fresh embedded store, and reports load time, store size,
 * memory, restart time and, per main question, the p99 of its first C requests sent at once after
 * the restart (cold: nothing asked by hand before; what the service warms itself is warm)
 * and then latency and throughput with C concurrent clients, beside the same SPARQL sent straight
 * to the embedded Fuseki. Everything runs on loopback.
 */
public final class BenchCommand {

    private static final String ALL = "all assignments (1 client)";
    static final String USAGE = "usage: plankg bench [--plans N] [--clients C] [--seconds S] [--dir DIR] [--source DIR] [--without-index]";

    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();

    public BenchCommand(PrintStream out) {
        this.out = out;
    }

    public int run(List<String> args) throws Exception {
        int plans = 100;
        int clients = 16;
        int seconds = 10;
        Path dir = null;
        Path source = Path.of("data/plans");
        boolean withoutIndex = false;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--plans" -> plans = Integer.parseInt(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--dir" -> dir = Path.of(value);
                case "--source" -> source = Path.of(value);
                case "--without-index" -> {
                    withoutIndex = true;
                    i--;
                }
                default -> {
                    System.err.println("unknown option " + args.get(i) + "; " + USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (dir == null) dir = Files.createTempDirectory("plankg-bench");
        Path planDir = dir.resolve("plans");
        Path data = dir.resolve("tdb2");
        SyntheticPlans.write(source, planDir, plans);
        // a fixed base: each start on port 0 gets another port, and the restart must find the IRIs it stored
        String[] settings = {"--plankg.plans=" + planDir, "--plankg.data=" + data, "--server.port=0",
                "--plankg.base=" + org.plankg.vocab.Iris.DEFAULT_BASE,
                "--plankg.sync-interval=1h", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.plankg.store=INFO", "--plankg.search.index=" + !withoutIndex};

        long t0 = System.nanoTime();
        ConfigurableApplicationContext context = start(settings);
        double load = (System.nanoTime() - t0) / 1e9;
        context.close();
        long t1 = System.nanoTime();
        context = start(settings);
        double restart = (System.nanoTime() - t1) / 1e9;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        String fuseki = context.getBean(Store.class).endpoint();
        out.printf(Locale.ROOT, "# plankg bench: %d plans, %d clients, %d s per question, %d cores, Java %s, max heap %d MB, memory limit %s%n%n",
                plans, clients, seconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, MemoryLimit.describe(MemoryLimit.ofThisProcess()));
        out.printf(Locale.ROOT, "| measure | value |%n|---|---|%n");
        out.printf(Locale.ROOT, "| first load (start to ready) | %.1f s |%n| restart, nothing changed | %.1f s |%n", load, restart);
        out.printf(Locale.ROOT, "| store on disk | %d MB |%n| resident memory after load | %d MB |%n| heap used after load (after GC) | %d MB |%n%n",
                size(data) >> 20, residentMegabytes(), heap >> 20);

        String plan = firstPlanId(base);
        String district = firstDistrict(base);
        String unitDoc = "/doc/unit/" + plan.substring(0, plan.indexOf('-')) + "/区科协";
        String sparql = new Questions().get("bench-sparql").body();
        List<Object[]> questions = List.of(
                new Object[] {"unit lookup", "/api/units/区科协/items", "role=lead", "unit-items", "unit=区科协&role=lead"},
                new Object[] {"matrix", "/api/matrix", "national=youth", "national-matrix", "national=youth"},
                new Object[] {"plan view", "/api/plans/" + plan, null, "plan-items", "plan=" + planIri(base, plan)},
                new Object[] {ALL, "/api/assignments", null, "assignments", ""},
                new Object[] {"linked-data page (Turtle)", unitDoc, null, null, null},
                new Object[] {"ontology page with an example per term (HTML)", "/def/plankg", null, null, null},
                new Object[] {"/sparql SELECT", "/sparql", "query=" + sparql, "=" + sparql, null},
                new Object[] {"network by category, all districts", "/api/network", "by=category", "network-roles", ""},
                new Object[] {"network by unit, one district", "/api/network", "district=" + district, "network-roles", "district=" + district},
                new Object[] {"search 应急", "/api/search", "q=应急", null, null},
                new Object[] {"search 老年人 健康, page 2", "/api/search", "q=老年人 健康&offset=20", null, null},
                new Object[] {"search 科普 in one district", "/api/search", "q=科普&district=" + district(plan), null, null},
                new Object[] {"chart data: targets", "/api/charts/targets", null, "chart-targets", ""},
                new Object[] {"chart data: unit categories, one category (as the page asks)", "/api/charts/categories", "category=sci-assoc", "chart-categories", ""},
                new Object[] {"chart data: national youth", "/api/charts/national", "national=youth", "chart-national", "national=youth"});
        LoadGenerator load1 = new LoadGenerator();
        Duration each = Duration.ofSeconds(seconds);
        out.printf("| question | cold p99 ms | service p50 ms | p99 ms | req/s | errors | Fuseki p50 ms | p99 ms | req/s | p50 ratio |%n");
        out.printf("|---|---|---|---|---|---|---|---|---|---|%n");
        for (Object[] q : questions) {
            String accept = q[1].toString().startsWith("/doc/") ? "text/turtle"
                    : q[1].toString().startsWith("/def/") ? "text/html" : "application/json";
            String uri = url(base, (String) q[1], (String) q[2]);
            // the whole table is an export, not a lookup: one client at a time
            int c = q[0].equals(ALL) ? 1 : clients;
            // cold: the clients' first requests all at once, after a restart, with nothing asked by hand
            LoadGenerator.Result cold = load1.run(() -> LoadGenerator.get(uri, accept), c, Duration.ZERO);
            LoadGenerator.Result service = load1.run(() -> LoadGenerator.get(uri, accept), c, each);
            LoadGenerator.Result direct = null;
            if (q[3] != null) {
                String text = q[3].toString().startsWith("=") ? q[3].toString().substring(1)
                        : fetch(url(base, "/api/questions/" + q[3] + "/sparql", (String) q[4]));
                Supplier<HttpRequest> request = () -> LoadGenerator.sparql(fuseki, text);
                direct = load1.run(request, c, each);
            }
            out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %d | %s | %s | %s | %s |%n", q[0], cold.p99(), service.p50(), service.p99(),
                    service.throughput(), service.errors() + cold.errors(),
                    direct == null ? "–" : String.format(Locale.ROOT, "%.1f", direct.p50()),
                    direct == null ? "–" : String.format(Locale.ROOT, "%.1f", direct.p99()),
                    direct == null ? "–" : String.format(Locale.ROOT, "%.1f", direct.throughput()),
                    direct == null ? "–" : String.format(Locale.ROOT, "%.2f", service.p50() / direct.p50()));
            out.flush();
        }
        out.printf(Locale.ROOT, "%nresident memory after the questions: %d MB%n", residentMegabytes());
        context.close();
        return 0;
    }

    private static ConfigurableApplicationContext start(String[] settings) {
        return new SpringApplicationBuilder(PlankgApplication.class).run(settings);
    }

    private String firstPlanId(String base) throws Exception {
        String json = fetch(base + "/api/plans?format=csv");
        String firstRow = json.lines().skip(1).findFirst().orElseThrow(() -> new IllegalStateException("no plans loaded"));
        return firstRow.substring(0, firstRow.indexOf(','));
    }

    private String firstDistrict(String base) throws Exception {
        List<String> rows = fetch(base + "/api/plans?format=csv").lines().limit(2).toList();
        List<String> columns = List.of(rows.get(0).split(","));
        return rows.get(1).split(",")[columns.indexOf("district")];
    }

    /** The district and city of a plan id (北京市丰台区-2021-2025), as /api/search takes it. */
    private static String district(String planId) {
        return planId.substring(0, planId.indexOf('-'));
    }

    private static String planIri(String base, String id) {
        int dash = id.indexOf('-');
        return base + "/id/plan/" + id.substring(0, dash) + "/" + id.substring(dash + 1);
    }

    private String fetch(String uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException(uri + " answered " + response.statusCode());
        return response.body();
    }

    private static String url(String base, String path, String query) throws URISyntaxException {
        URI b = URI.create(base);
        return new URI("http", null, b.getHost(), b.getPort(), path, query == null || query.isEmpty() ? null : query, null)
                .toASCIIString();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** VmRSS of this process (Linux), or -1 where /proc is not there. */
    static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
