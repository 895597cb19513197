package org.plankg.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.plankg.extract.PlanParser;
import org.plankg.format.RowWriter;
import org.plankg.format.Table;
import org.plankg.graph.Prefixes;
import org.plankg.question.QuestionService;
import org.plankg.store.Store;
import org.plankg.store.StoreProperties;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Vocabulary;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data as a release a paper can cite: its version (a hash of the base its IRIs are minted
 * under, every stored plan's content, its corrections and the vocabulary, so that the same data has
 * the same version wherever it is loaded) and the date of its last change, and its dumps — the graph as TriG and N-Quads, the
 * tables as CSV on the Web — written once per version under {@code plankg.data}/releases/{version},
 * each with its SHA-256.
 */
@Component
class DataRelease {

    /** A release: its version, when its data last changed, its files by name with their SHA-256, and where they are. */
    record Release(String version, String modified, Map<String, String> sha256, Path folder) {
        Path file(String name) {
            return folder.resolve(name);
        }
    }

    static final List<String> DUMPS = List.of("plankg.trig.gz", "plankg.nq.gz");

    private final Store store;
    private final QuestionService questions;
    private final Vocabulary vocabulary;
    private final Iris iris;
    private final Path releases;
    private Release current;
    private long builtAt = -1;

    DataRelease(Store store, QuestionService questions, Vocabulary vocabulary, Iris iris, StoreProperties properties) {
        this.store = store;
        this.questions = questions;
        this.vocabulary = vocabulary;
        this.iris = iris;
        this.releases = properties.data().resolve("releases");
    }

    /** The release of what the store holds now, written first if this version has no files yet. */
    synchronized Release current() {
        long storeVersion = store.version();
        if (current != null && builtAt == storeVersion) return current;
        List<Map<String, Object>> plans = questions.run("stored-plans", Map.of()).records();
        StringBuilder content = new StringBuilder(iris.base()).append('\n').append(vocabulary.sha256());
        String modified = "";
        for (Map<String, Object> plan : plans.stream().sorted(java.util.Comparator.comparing(p -> (String) p.get("sha256"))).toList()) {
            content.append('\n').append(plan.get("sha256")).append(' ').append(java.util.Objects.toString(plan.get("correctionsSha256"), "-"));
            String loaded = java.util.Objects.toString(plan.get("modified"), "");
            if (loaded.compareTo(modified) > 0) modified = loaded;
        }
        String version = PlanParser.sha256(content.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        current = load(version, modified.isEmpty() ? java.time.Instant.EPOCH.toString() : modified,
                plans.stream().map(p -> (String) p.get("graph")).sorted().toList());
        builtAt = storeVersion;
        return current;
    }

    private Release load(String version, String modified, List<String> graphs) {
        Path folder = releases.resolve(version);
        try {
            if (!Files.isRegularFile(folder.resolve("SHA256SUMS"))) write(folder, version, modified, graphs);
            Map<String, String> sums = new LinkedHashMap<>();
            for (String line : Files.readAllLines(folder.resolve("SHA256SUMS"))) {
                String[] parts = line.split("  ", 2);
                sums.put(parts[1], parts[0]);
            }
            dropOthers(version);
            return new Release(version, modified, sums, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path folder, String version, String modified, List<String> graphs) throws IOException {
        Path draft = Files.createDirectories(releases).resolve(version + ".draft");
        deleteTree(draft);
        Files.createDirectories(draft.resolve("csv"));
        String header = "# plankg data " + version + ", last changed " + modified + "\n";
        List<String> all = new ArrayList<>(List.of(iris.vocabularyGraph()));
        graphs.forEach(g -> {
            all.add(g);
            all.add(g + "/corrections");
        });
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(draft.resolve("plankg.trig.gz")))) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            dump(out, all, RDFFormat.TRIG_BLOCKS);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(draft.resolve("plankg.nq.gz")))) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            dump(out, all, RDFFormat.NQUADS);
        }
        for (CsvwTables.Table table : CsvwTables.TABLES) {
            try (OutputStream out = Files.newOutputStream(draft.resolve("csv").resolve(table.file()))) {
                out.write(header.getBytes(StandardCharsets.UTF_8));
                List<String> columns = table.columns().stream().map(CsvwTables.Column::name).toList();
                try (RowWriter rows = RowWriter.csv(out, columns)) {
                    ResultSet results = store.select(questions.bind(questions.question(table.query()), Map.of()));
                    while (results.hasNext()) {
                        var solution = results.next();
                        rows.row(columns.stream().map(c -> Table.value(solution.get(c))).toList());
                    }
                }
            }
        }
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(
                draft.resolve("csv").resolve("csv-metadata.json").toFile(), CsvwTables.metadata(iris.base(), version, modified));
        StringBuilder sums = new StringBuilder();
        List<String> names = new ArrayList<>(DUMPS);
        CsvwTables.TABLES.forEach(t -> names.add("csv/" + t.file()));
        names.add("csv/csv-metadata.json");
        for (String name : names) sums.append(sha256(draft.resolve(name))).append("  ").append(name).append('\n');
        Files.writeString(draft.resolve("SHA256SUMS"), sums);
        deleteTree(folder);
        Files.move(draft, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    private void dump(OutputStream out, List<String> graphs, RDFFormat format) {
        dump(store, out, graphs, format);
    }

    /** Named graphs of the store written out one at a time, so memory does not grow with the number of plans. */
    static void dump(Store store, OutputStream out, List<String> graphs, RDFFormat format) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        Prefixes.ALL.forEach(stream::prefix);
        for (String iri : graphs) {
            Node graph = NodeFactory.createURI(iri);
            store.graph(iri).getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(graph, t)));
        }
        stream.finish();
    }

    /** Older releases' files go: the service serves the current one; a paper keeps the files it cites. */
    private void dropOthers(String version) throws IOException {
        try (Stream<Path> folders = Files.list(releases)) {
            for (Path folder : folders.toList()) {
                if (!folder.getFileName().toString().equals(version)) deleteTree(folder);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
