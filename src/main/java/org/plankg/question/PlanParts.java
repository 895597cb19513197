package org.plankg.question;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.rdf.model.RDFNode;
import org.plankg.extract.PlanParser;
import org.plankg.format.Table;
import org.plankg.load.SyncListener;
import org.plankg.store.StoreProperties;
import org.plankg.vocab.Pk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Each plan's own answer to a question over all plans (its network roles, its counts per unit
 * category), so that an answer over 3,000 plans is put together from parts instead of asking the
 * store about every plan. A part is computed when its plan is written, from the plan in memory,
 * and kept on disk ({@code plankg.data/parts}) beside the store, so a restart reads it back; a
 * part that is missing or was computed from other content is asked of the store. Cells are text
 * (empty: unbound), rows sorted, so a part is the same whichever way it was computed.
 */
@Component
public class PlanParts implements SyncListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PlanParts.class);

    private final QuestionService questions;
    private final Path directory;
    /** Question → the columns its parts add to its answer (grouped by, if it groups). */
    private final Map<String, List<String>> followed = new ConcurrentHashMap<>();
    /**
     * Computes the parts of plans just written while the sync writes the next ones (a plan's parts
     * cost about as much as a tenth of writing it, on a core the store leaves idle); when a few
     * plans wait, the sync computes the next itself, so plans in memory stay few.
     */
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(16), runnable -> {
                Thread thread = new Thread(runnable, "plankg-parts");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    PlanParts(QuestionService questions, StoreProperties properties) {
        this.questions = questions;
        this.directory = properties.data().resolve("parts");
    }

    /**
     * Keep parts of this question (whose query takes a {@code graph}) from now on, as plans are
     * written; each part with the {@code added} variables as further columns, so that a whole
     * answer can be cut and ordered from the parts (the outline key, the item's ordinal).
     */
    public void follow(String question, String... added) {
        followed.put(question, List.of(added));
    }

    /**
     * Each stored plan's part of the question, in graph order, handed over one at a time (3,000
     * parts are not held at once); parts of plans no longer stored are deleted.
     */
    public void forEach(String question, java.util.function.Consumer<Table> consumer) {
        if (!followed.containsKey(question)) throw new IllegalStateException(question + " is not followed");
        awaitWritten();
        List<StoredPlan> plans = questions.storedPlans();
        for (StoredPlan plan : plans) {
            Table part = read(question, plan);
            if (part == null) {
                part = canonical(questions.runUncached(query(question, plan.graph())));
                write(question, plan.graph(), plan.content(), part);
            }
            consumer.accept(part);
        }
        prune(question, plans);
    }

    /** A plan just written: its parts from the plan in memory, without asking the store, on the parts' thread. */
    @Override
    public void written(String graph, Dataset written) {
        if (followed.isEmpty() || writer.isShutdown()) return;
        writer.execute(() -> keep(graph, written));
    }

    /** Waits for the parts of the plans written so far. */
    private void awaitWritten() {
        try {
            writer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parts of written plans were computed", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            log.warn("parts of written plans may be missing; they are asked of the store: {}", e.toString());
        }
    }

    private void keep(String graph, Dataset written) {
        String content = content(written.getNamedModel(graph));
        for (String question : followed.keySet()) {
            try {
                write(question, graph, content, canonical(questions.runOn(written, query(question, graph))));
            } catch (RuntimeException e) {
                // the plan is stored all the same; its part is asked of the store when needed
                log.warn("no part of {} kept for {}: {}", question, graph, e.toString());
            }
        }
    }

    @Override
    public void destroy() {
        writer.shutdownNow();
    }

    /** The question bound to one plan's graph, with the columns its parts add. */
    private Query query(String question, String graph) {
        Query query = questions.bind(questions.question(question), Map.of("graph", graph));
        for (String column : followed.get(question)) {
            Var var = Var.alloc(column);
            if (query.hasGroupBy() && !query.getGroupBy().getVars().contains(var)) query.addGroupBy(var);
            if (!query.getProjectVars().contains(var)) query.addResultVar(var);
        }
        return query;
    }

    /** What identifies a plan's content, as {@link QuestionService#storedPlans} gives it. */
    private static String content(Model plan) {
        RDFNode sha = plan.listObjectsOfProperty(Pk.sha256).nextOptional().orElse(null);
        RDFNode corrections = plan.listObjectsOfProperty(Pk.correctionsSha256).nextOptional().orElse(null);
        RDFNode readWith = plan.listObjectsOfProperty(Pk.readWith).nextOptional().orElse(null);
        return StoredPlan.content(text(sha), text(corrections), text(readWith));
    }

    private static String text(RDFNode node) {
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static Table canonical(Table table) {
        List<List<Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<Object> cells = new ArrayList<>(row.size());
            for (Object cell : row) cells.add(cell == null ? "" : cell.toString());
            rows.add(List.copyOf(cells));
        }
        rows.sort(Comparator.comparing(Object::toString));
        return new Table(List.copyOf(table.columns()), List.copyOf(rows));
    }

    private Path file(String question, String graph) {
        return directory.resolve(question)
                .resolve(PlanParser.sha256(graph.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".csv");
    }

    /** The part kept on disk, or null when there is none for this content (or it cannot be read). */
    private Table read(String question, StoredPlan plan) {
        Path file = file(question, plan.graph());
        if (!Files.isRegularFile(file)) return null;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(in).getRecords();
            if (records.size() < 2 || !records.get(0).get(0).equals(plan.graph()) || !records.get(0).get(1).equals(plan.content())) {
                return null;
            }
            List<String> columns = records.get(1).toList();
            List<List<Object>> rows = new ArrayList<>(records.size() - 2);
            for (CSVRecord r : records.subList(2, records.size())) rows.add(List.copyOf(r.toList()));
            return new Table(columns, rows);
        } catch (IOException | RuntimeException e) {
            log.warn("the kept part {} cannot be read, it is asked again: {}", file, e.toString());
            return null;
        }
    }

    private void write(String question, String graph, String content, Table part) {
        Path file = file(question, graph);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "part", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                csv.printRecord(graph, content);
                csv.printRecord(part.columns());
                for (List<Object> row : part.rows()) csv.printRecord(row);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a part of " + question + " in " + file.getParent(), e);
        }
    }

    private void prune(String question, List<StoredPlan> plans) {
        Path folder = directory.resolve(question);
        Set<Path> kept = new java.util.HashSet<>();
        plans.forEach(p -> kept.add(file(question, p.graph())));
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(f -> !kept.contains(f)).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            log.warn("cannot remove parts of plans no longer stored from {}: {}", folder, e.toString());
        }
    }
}
