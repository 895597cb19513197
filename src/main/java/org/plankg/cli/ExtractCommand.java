package org.plankg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.plankg.format.TableWriter;
import org.plankg.graph.PlanDataset;
import org.plankg.read.DocumentReader;
import org.plankg.read.UnreadableException;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Vocabulary;
import org.plankg.plan.Plan;
import org.plankg.extract.PlanFormatException;
import org.plankg.extract.PlanParser;
import org.plankg.extract.AssignmentRow;

/**
 * {@code plankg extract PATH... [--format json|csv] [--rdf FILE] [--report]}: prints every
 * assignment of the plans found (or, with --report, each plan's coverage report), optionally
 * writes the graph as TriG. Exit status: 0 all read, 1 some file could not
 * be read (the others are still printed), 2 bad usage, 3 the graph does not conform to the shapes.
 */
public final class ExtractCommand {

    static final String USAGE = "usage: plankg extract PATH... [--format json|csv] [--rdf FILE.trig] [--report] [--max-file-size 50MB] [--base http://localhost:8080/]";

    private final PrintStream out;
    private final PrintStream err;

    public ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        List<Path> paths = new ArrayList<>();
        String format = "json";
        Path rdf = null;
        boolean report = false;
        long maxBytes = DocumentReader.DEFAULT_MAX_BYTES;
        String base = Iris.DEFAULT_BASE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--format") || arg.equals("--rdf") || arg.equals("--max-file-size")) && i + 1 >= args.size()) {
                err.println(arg + " needs a value; " + USAGE);
                return 2;
            }
            switch (arg) {
                case "--format" -> format = args.get(++i).toLowerCase(Locale.ROOT);
                case "--rdf" -> rdf = Path.of(args.get(++i));
                case "--base" -> {
                    base = args.get(++i);
                    if (!base.matches("https?://[^\\s/]+(/\\S*)?")) {
                        err.println("--base takes the http(s) address the IRIs are minted under; " + USAGE);
                        return 2;
                    }
                }
                case "--report" -> report = true;
                case "--max-file-size" -> {
                    maxBytes = DocumentReader.parseSize(args.get(++i));
                    if (maxBytes <= 0) {
                        err.println("--max-file-size takes a size such as 50MB, 512KB or 1000000; " + USAGE);
                        return 2;
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("unknown option " + arg + "; " + USAGE);
                        return 2;
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        if (paths.isEmpty() || !(format.equals("json") || format.equals("csv"))) {
            err.println(USAGE);
            return 2;
        }
        return extract(paths, format, rdf, report, new DocumentReader(maxBytes), new Iris(base));
    }

    private int extract(List<Path> paths, String format, Path rdf, boolean report, DocumentReader reader, Iris iris) {
        Vocabulary vocabulary = Vocabulary.load();
        PlanParser parser = new PlanParser(vocabulary, reader);
        List<Plan> plans = new ArrayList<>();
        Map<String, String> planSources = new HashMap<>();
        boolean failed = false;
        for (Path file : files(paths)) {
            try {
                reader.checkSize(file);
                Plan plan = parser.parse(file.toString(), Files.readAllBytes(file));
                String earlier = planSources.putIfAbsent(iris.plan(plan), file.toString());
                if (earlier != null) {
                    throw new PlanFormatException("the same plan (" + plan.district().name() + " " + plan.period()
                            + ") as " + earlier);
                }
                plan.warnings().forEach(w -> err.println("warning: " + plan.describe(w)));
                plans.add(plan);
            } catch (PlanFormatException | UnreadableException e) {
                err.println(file + ": " + e.getMessage());
                failed = true;
            } catch (NoSuchFileException e) {
                err.println(file + ": no such file");
                failed = true;
            } catch (IOException e) {
                err.println(file + ": cannot be read (" + e.getMessage() + ")");
                failed = true;
            }
        }
        if (report) {
            plans.forEach(p -> out.print(p.coverage().report(p.source() + " (" + p.district().key() + " " + p.period() + ")", p.file())));
        } else {
            List<List<Object>> rows = plans.stream()
                    .flatMap(p -> AssignmentRow.of(p, iris).stream()).map(AssignmentRow::values).toList();
            out.print(format.equals("csv") ? TableWriter.csv(AssignmentRow.KEYS, rows)
                    : TableWriter.json(AssignmentRow.KEYS, rows));
        }
        out.flush();
        if (rdf != null && !writeRdf(plans, vocabulary, iris, rdf)) {
            return 3;
        }
        return failed ? 1 : 0;
    }

    private boolean writeRdf(List<Plan> plans, Vocabulary vocabulary, Iris iris, Path target) {
        Dataset dataset = PlanDataset.of(plans, vocabulary, iris);
        ValidationReport report = PlanDataset.validate(dataset);
        if (!report.conforms()) {
            err.println("the graph does not conform to ontology/shapes.ttl; nothing written. SHACL report:");
            ShLib.printReport(err, report);
            return false;
        }
        try {
            Path absolute = target.toAbsolutePath();
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
            try (var stream = Files.newOutputStream(temp)) {
                RDFDataMgr.write(stream, dataset, Lang.TRIG);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            err.println(target + ": cannot be written (" + e.getMessage() + ")");
            return false;
        }
    }

    /** Files named, and the plan files inside folders named (.txt, .html, .htm, .docx, .doc, .pdf; sorted, recursively). */
    private List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(DocumentReader::isPlanFile)
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(path + ": cannot be listed (" + e.getMessage() + ")");
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

}
