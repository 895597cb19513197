package org.plankg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.plankg.plan.Coverage;
import org.plankg.correct.CorrectionsFile;
import org.plankg.extract.PlanParser;
import org.plankg.query.Questions;
import org.plankg.read.DocumentReader;
import org.plankg.read.UnreadableException;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.plankg.vocab.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.plankg.store.GraphWrites;
import org.plankg.store.Store;
import org.plankg.store.StoreUnavailableException;
import org.plankg.store.StoreProperties;
import org.plankg.store.StoreDiskFullException;

/**
 * Keeps the store in step with the plans folder: each plan in its own named graph, replaced in
 * one request when its file's content changes, removed when its file is gone; the vocabularies in
 * their graph. Runs at start-up and then every {@code plankg.sync-interval}, so an external store
 * that was restarted empty is filled again without restarting the service. A file that no longer
 * reads as a plan keeps the graph it had: bad input loses no data.
 */
@Component
public class PlanSync implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PlanSync.class);
    /** Plans read at once, and written at once. */
    private static final int BATCH = 50;
    /** Plans written in one transaction of the embedded store: few commits make a first load fast and its store small. */
    private static final int PER_COMMIT = 150;
    /** How many replaced or removed plans make the embedded store compact itself. */
    private static final int COMPACT_AFTER = 50;
    /** A plan with fewer than half the assignments of its stored version (of at least this many) looks truncated. */
    private static final int TRUNCATED_MIN = 20;

    /** What one synchronisation did. */
    /** What one synchronisation did; {@code read}, how many plan files it had to read (the others had not changed on disk). */
    public record Report(List<String> loaded, int unchanged, List<String> removed, List<String> errors, int read) {
    }

    private final Store store;
    private final Questions questions;
    private final StoreProperties properties;
    private final Vocabulary vocabulary;
    private final Iris iris;
    private final DocumentReader reader;
    private final PlanPreparer preparer;
    private final FileHashes hashes = new FileHashes();
    /** The reforms file's graph and the links between plans, kept beside the plans' graphs. */
    private final CompanionGraphs companions;
    /** Whether the links graph was made current since the service started. */
    private boolean linked;
    /** Reads the next batch of plans while the sync writes the last one. */
    private final ExecutorService reading = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plankg-reading");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Report last;
    /** The last sync's failure, logged once while it repeats. */
    private volatile String failure;
    /** Problems reported by the last sync, so that one that persists is logged once, not every sync. */
    private Set<String> logged = Set.of();
    /** Whether the store's IRIs were checked against this deployment's since the service started. */
    private boolean reminted;
    /** Per plan, why its file's newest version, which reads as far less, was not swapped in. */
    private volatile Map<String, String> shrunk = Map.of();
    private final ObjectProvider<SyncListener> listeners;
    /** The store version the listeners were last told of; -1 before the first sync. */
    private long told = -1;

    PlanSync(Store store, Questions questions, StoreProperties properties, Vocabulary vocabulary, Iris iris,
             @Value("${plankg.max-file-size:50MB}") DataSize maxFileSize, ObjectProvider<SyncListener> listeners) {
        this.store = store;
        this.listeners = listeners;
        this.questions = questions;
        this.properties = properties;
        this.vocabulary = vocabulary;
        this.iris = iris;
        this.reader = new DocumentReader(maxFileSize.toBytes());
        this.preparer = new PlanPreparer(vocabulary, iris, reader);
        this.companions = new CompanionGraphs(store, questions, iris, reader);
    }

    /** The first sync runs before the web server opens, so no request sees a half-filled store. */
    @Override
    public void afterSingletonsInstantiated() {
        syncQuietly();
    }

    @Scheduled(initialDelayString = "${plankg.sync-interval:10s}", fixedDelayString = "${plankg.sync-interval:10s}")
    public void syncQuietly() {
        try {
            sync();
            failure = null;
        } catch (StoreUnavailableException e) {
            log.warn("plans not synchronised, will retry: {}", e.getMessage());
        } catch (StoreDiskFullException e) {
            if (!e.getMessage().equals(failure)) log.error("plans not synchronised, will retry: {}", e.getMessage());
            failure = e.getMessage();
        } catch (RuntimeException e) {
            // what is stored is still served; the next sync tries again
            if (!String.valueOf(e).equals(failure)) log.error("plans not synchronised, will retry", e);
            failure = String.valueOf(e);
        }
    }

    public synchronized Report sync() {
        if (!reminted) remint();
        Map<String, List<StoredGraph>> storedBySource = stored();
        Round round = new Round();
        List<PlanPreparer.Pending> pending = new ArrayList<>();
        List<Path> files = planFiles(round.errors);
        for (Path file : files) {
            String source = source(file);
            List<StoredGraph> earlier = storedBySource.getOrDefault(source, List.of());
            try {
                reader.checkSize(file);
                FileHashes.Hashed hashed = hashes.hash(file);
                if (hashed.read()) round.read++;
                String sha = hashed.sha256();
                PlanPreparer.Corrections corrections = corrections(file);
                String correctionsSha = corrections == null ? null : corrections.sha256();
                // a plan read by another release or with another vocabulary is read again
                if (earlier.stream().anyMatch(g -> g.sha256().equals(sha) && Objects.equals(g.correctionsSha256(), correctionsSha)
                        && g.graph().startsWith(iris.base()) && vocabulary.readerId().equals(g.readWith()))) {
                    round.keep(earlier);
                    round.unchanged++;
                } else {
                    pending.add(new PlanPreparer.Pending(source, file, corrections, earlier));
                }
            } catch (IOException | UnreadableException e) {
                round.errors.add(source + ": " + e.getMessage());
                round.keep(earlier);
            }
        }
        Map<String, String> owners = new HashMap<>();
        Set<String> present = new HashSet<>(files.stream().map(PlanSync::source).toList());
        storedBySource.forEach((source, graphs) -> {
            if (present.contains(source)) graphs.forEach(g -> owners.put(g.graph(), source));
        });
        load(pending, owners, pending.isEmpty() ? Map.of() : storedAssignments(), round);
        List<StoredGraph> gone = storedBySource.values().stream().flatMap(List::stream).distinct()
                .filter(g -> !round.keep.contains(g.graph())).toList();
        List<String> removed = gone.stream().map(StoredGraph::graph).distinct().toList();
        List<String> dropped = new ArrayList<>(removed);
        // a corrections graph goes with its plan's graph, and when the plan no longer has corrections
        gone.stream().filter(g -> g.correctionsSha256() != null).forEach(g -> dropped.add(g.correctionsGraph()));
        dropped.addAll(round.uncorrected);
        if (!dropped.isEmpty()) store.deleteGraphs(dropped);
        // replaced and removed graphs leave their old data behind in TDB2; a first load leaves none
        if (replaced(round.loaded, storedBySource) + removed.size() >= COMPACT_AFTER) store.compact();
        List<String> errors = round.errors;
        List<String> loaded = round.loaded;
        errors.stream().filter(e -> !logged.contains(e)).forEach(e -> log.error("plan not loaded: {}", e));
        errors.addAll(companions.reforms(properties.plans().resolve(ReformsFile.NAME), logged));
        if (!loaded.isEmpty() || !removed.isEmpty() || !linked) {
            companions.links();
            linked = true;
        }
        logged = Set.copyOf(errors);
        if (!loaded.isEmpty() || !removed.isEmpty()) {
            log.info("plans: {} loaded, {} unchanged, {} removed, {} not loaded", loaded.size(), round.unchanged,
                    removed.size(), errors.size());
        }
        // last, so that a store holding the vocabulary graph holds the plans too
        syncVocabulary();
        store.filled(questions.get("store-filled").bind(
                Map.of("marker", List.of(NodeFactory.createURI(iris.vocabularyGraph())))));
        hashes.keepOnly(files);
        last = new Report(List.copyOf(loaded), round.unchanged, List.copyOf(removed), List.copyOf(errors), round.read);
        tell(last);
        return last;
    }

    /** Before anything is compared: graphs stored under another base or the old vocabulary get this one's IRIs. */
    private void remint() {
        long start = System.nanoTime();
        Remint.Report report = new Remint(store, questions, iris).run();
        if (!report.nothing()) {
            log.info("re-minted {} stored plans under {} (they were under {}; vocabulary under {}) in {} ms; {} old vocabulary graphs dropped",
                    report.plans(), iris.base(), report.fromBases(), Iris.VOCABULARY,
                    (System.nanoTime() - start) / 1_000_000, report.vocabularies());
        }
        reminted = true;
    }

    private static long replaced(List<String> loaded, Map<String, List<StoredGraph>> storedBySource) {
        return loaded.stream().filter(storedBySource::containsKey).count();
    }

    /** A plan graph in the store, the content hash of the file it was read from and of its corrections file, if any. */
    record StoredGraph(String graph, String sha256, String correctionsSha256, String readWith) {
        String correctionsGraph() {
            return graph + "/corrections";
        }
    }

    /** What one sync does: the graphs it keeps, the files it loads, and why others were not loaded. */
    private static final class Round {
        final Set<String> keep = new HashSet<>();
        final List<String> loaded = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        /** Corrections graphs of plans loaded now without corrections. */
        final List<String> uncorrected = new ArrayList<>();
        int unchanged;
        int read;

        void keep(List<StoredGraph> graphs) {
            graphs.forEach(g -> keep.add(g.graph()));
        }
    }

    /**
     * Reads the pending plans in batches, in parallel and the next while this one is written, and
     * writes them {@link #PER_COMMIT} to a transaction, reporting progress as it goes. A plan that
     * does not read keeps the graphs it had: bad input loses no data.
     */
    private void load(List<PlanPreparer.Pending> pending, Map<String, String> owners, Map<String, Long> storedAssignments, Round round) {
        long start = System.nanoTime();
        Map<String, String> shrunkNow = new HashMap<>();
        CompletableFuture<List<PlanPreparer.Prepared>> next = prepare(pending, 0);
        try (GraphWrites writes = store.writes(PER_COMMIT)) {
            for (int from = 0; from < pending.size(); from += BATCH) {
                List<PlanPreparer.Prepared> batch = prepared(next);
                // the next batch is read while this one is written: the store writes on one core
                next = from + BATCH < pending.size() ? prepare(pending, from + BATCH) : null;
                Map<String, Model> graphs = new java.util.LinkedHashMap<>();
                for (PlanPreparer.Prepared p : batch) {
                    String refusal = p.error() != null ? p.error() : refusal(p, owners, storedAssignments, shrunkNow);
                    if (refusal != null) {
                        round.errors.add(p.pending().source() + ": " + refusal);
                        round.keep(p.pending().earlier());
                        continue;
                    }
                    graphs.put(p.graph(), p.model());
                    if (p.corrections() != null) graphs.put(p.correctionsGraph(), p.corrections());
                    else p.pending().earlier().stream().filter(g -> g.graph().equals(p.graph()) && g.correctionsSha256() != null)
                            .forEach(g -> round.uncorrected.add(g.correctionsGraph()));
                    // every plan of a small load; in a bulk load, those a researcher should look at
                    Coverage coverage = p.plan().coverage();
                    boolean worthALook = !coverage.unknownUnits().isEmpty() || !coverage.unreadLines().isEmpty();
                    if (!coverage.incomplete().isEmpty()) log.warn("{}: looks incompletely read: {}", p.pending().source(), coverage.summary());
                    else if (pending.size() <= BATCH || worthALook) log.info("{}: {}", p.pending().source(), coverage.summary());
                }
                writes.put(graphs);
                for (PlanPreparer.Prepared p : batch) {
                    if (!graphs.containsKey(p.graph()) || !p.pending().source().equals(owners.get(p.graph()))) continue;
                    round.keep.add(p.graph());
                    round.loaded.add(p.pending().source());
                    org.apache.jena.query.Dataset written = org.apache.jena.query.DatasetFactory.create();
                    written.addNamedModel(p.graph(), p.model());
                    if (p.corrections() != null) written.addNamedModel(p.correctionsGraph(), p.corrections());
                    listeners.orderedStream().forEach(l -> l.written(p.graph(), written));
                }
                progress(from + batch.size(), pending.size(), start);
            }
        }
        shrunk = Map.copyOf(shrunkNow);
    }

    /** Reads a batch of pending plans, in parallel, on the reading thread. */
    private CompletableFuture<List<PlanPreparer.Prepared>> prepare(List<PlanPreparer.Pending> pending, int from) {
        List<PlanPreparer.Pending> batch = pending.subList(from, Math.min(pending.size(), from + BATCH));
        return CompletableFuture.supplyAsync(() -> batch.parallelStream().map(preparer::prepare).toList(), reading);
    }

    private static List<PlanPreparer.Prepared> prepared(CompletableFuture<List<PlanPreparer.Prepared>> batch) {
        try {
            return batch.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    @Override
    public void destroy() {
        reading.shutdownNow();
    }

    /**
     * Why a plan that reads must still not replace what is stored: another file already holds the
     * same plan (a copy under another name would otherwise replace it on every sync; the file that
     * holds it stays, and on a first load the first file by name), or it gives far fewer assignments
     * than the version stored from the same file (a file cut short) and the policy is to keep that.
     */
    private String refusal(PlanPreparer.Prepared p, Map<String, String> owners, Map<String, Long> storedAssignments,
                           Map<String, String> shrunkNow) {
        String source = p.pending().source();
        String owner = owners.putIfAbsent(p.graph(), source);
        if (owner != null && !owner.equals(source)) {
            return "the same plan (" + p.plan().district().key() + " " + p.plan().period() + ") as " + owner + "; not loaded";
        }
        Long before = owner == null ? null : storedAssignments.get(p.graph());
        int now = p.plan().assignments().size();
        if (before == null || before < TRUNCATED_MIN || now * 2 >= before) return null;
        String plan = iris.plan(p.plan());
        if (properties.shrunkPlans() == StoreProperties.ShrunkPlans.REPLACE) {
            String warning = source + " gives " + now + " assignments where the version it replaced had " + before
                    + "; replaced as plankg.shrunk-plans=replace says";
            log.warn(warning);
            p.model().createResource(plan).addProperty(Pk.loadWarning, warning);
            return null;
        }
        String refusal = "gives " + now + " assignments where the stored version of this file has " + before
                + "; the file looks cut short, so the stored version is kept (plankg.shrunk-plans=keep)";
        shrunkNow.put(plan, source + " " + refusal);
        return refusal;
    }

    /** Tells the listeners of a sync that changed the store, and of the first. */
    private void tell(Report report) {
        long version = store.version();
        if (version == told) return;
        boolean first = told == -1;
        told = version;
        listeners.orderedStream().forEach(l -> l.synced(report, first));
    }

    /** Why the plan's file, as it is now, did not replace the stored plan, or null. */
    public String notReplaced(String planIri) {
        return shrunk.get(planIri);
    }

    /** Assignments per stored plan graph. */
    private Map<String, Long> storedAssignments() {
        Map<String, Long> counts = new HashMap<>();
        ResultSet rows = store.selectAsIs(questions.get("assignment-counts").query());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            counts.put(row.getResource("graph").getURI(), row.getLiteral("assignments").getLong());
        }
        return counts;
    }

    private static void progress(int done, int total, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        if (total > BATCH) {
            log.info(String.format(java.util.Locale.ROOT, "loading plans: %d/%d, %.1f plans/s, %.0f s left",
                    done, total, rate, (total - done) / rate));
        }
    }

    /** The report of the last synchronisation that reached the store, or null before the first. */
    public Report lastReport() {
        return last;
    }

    private void syncVocabulary() {
        String graph = iris.vocabularyGraph();
        boolean current = store.askAsIs(questions.get("vocabulary-current").bind(Map.of(
                "graph", List.of(NodeFactory.createURI(graph)),
                "sha256", List.of(NodeFactory.createLiteralString(vocabulary.sha256())))));
        if (current) return;
        Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(vocabulary.model());
        model.createResource(graph).addProperty(Pk.sha256, vocabulary.sha256());
        store.putGraph(graph, model);
    }

    /** Graph and content hash of each stored plan, by source file. */
    private Map<String, List<StoredGraph>> stored() {
        Map<String, List<StoredGraph>> bySource = new HashMap<>();
        ResultSet rows = store.selectAsIs(questions.get("stored-plans").query());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            bySource.computeIfAbsent(row.getLiteral("sourceFile").getString(), k -> new ArrayList<>())
                    .add(new StoredGraph(row.getResource("graph").getURI(), row.getLiteral("sha256").getString(),
                            row.contains("correctionsSha256") ? row.getLiteral("correctionsSha256").getString() : null,
                            row.contains("readWith") ? row.getLiteral("readWith").getString() : null));
        }
        return bySource;
    }

    /** A plan's source as answers and graphs show it: its file's name in the plans folder, never a server path. */
    private static String source(Path file) {
        return file.getFileName().toString();
    }

    /** The plan's corrections file, if it has one; one that cannot be read is an error of the plan. */
    private PlanPreparer.Corrections corrections(Path planFile) throws IOException, UnreadableException {
        Path file = CorrectionsFile.of(planFile);
        if (!Files.isRegularFile(file)) return null;
        reader.checkSize(file);
        byte[] bytes = Files.readAllBytes(file);
        return new PlanPreparer.Corrections(source(file), bytes, PlanParser.sha256(bytes));
    }

    private List<Path> planFiles(List<String> errors) {
        Path folder = properties.plans();
        if (!Files.isDirectory(folder)) {
            errors.add(folder + ": the plans folder does not exist");
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            all.stream().filter(f -> CorrectionsFile.isCorrectionsFile(f)
                            && !Files.isRegularFile(f.resolveSibling(source(f).substring(0, source(f).length() - CorrectionsFile.SUFFIX.length()))))
                    .forEach(f -> errors.add(source(f) + ": corrections of a plan file that is not in the plans folder"));
            return all.stream().filter(DocumentReader::isPlanFile).toList();
        } catch (IOException e) {
            errors.add(folder + ": cannot be listed (" + e.getMessage() + ")");
            return List.of();
        }
    }
}
