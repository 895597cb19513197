package org.plankg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.plankg.plan.Assignment;
import org.plankg.plan.Plan;
import org.plankg.plan.PlanMetadata;
import org.plankg.plan.Unit;

/**
 * Scores the reader on plans annotated by hand (fixtures/README.md) as an extraction paper would:
 * precision, recall and F1 of (item, unit, role) — the item level, tasks folded into their item —
 * and of (item, task, unit, role) for the task-level rows, recall of the organisation-level units,
 * and how many items were aligned to the national outline item the annotator chose.
 * {@code main(folder)} prints the table for every annotated plan of a folder.
 */
final class Evaluation {

    static final List<String> PLAN_FORMATS = List.of(".txt", ".html", ".htm", ".docx", ".doc", ".pdf");

    /** True positives, found and expected counts of one level. */
    record Score(int hits, int found, int expected) {
        double precision() {
            return found == 0 ? (expected == 0 ? 1 : 0) : (double) hits / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) hits / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(hits + other.hits, found + other.found, expected + other.expected);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f (%d/%d/%d)", precision(), recall(), f1(), hits, found, expected);
        }
    }

    /** The scores of one plan, with what was missed and what was extracted wrongly. */
    record Result(String plan, Score items, Score tasks, Score organisation, Score alignment,
                  Set<String> missed, Set<String> spurious, boolean flagged) {
    }

    private Evaluation() {
    }

    static Result score(Path planFile, Plan plan) {
        String name = baseName(planFile);
        Path folder = planFile.getParent();
        List<String[]> expected = rows(folder.resolve(name + ".expected.tsv"));
        Set<String> expectedItems = new LinkedHashSet<>();
        Set<String> expectedTasks = new LinkedHashSet<>();
        for (String[] e : expected) {
            expectedItems.add(key(e[0], null, e[2], e[3]));
            if (!e[1].equals("-")) expectedTasks.add(key(e[0], e[1], e[2], e[3]));
        }
        Set<String> foundItems = new LinkedHashSet<>();
        Set<String> foundTasks = new LinkedHashSet<>();
        for (Assignment a : plan.assignments()) {
            if (a.item() == null) continue;
            String item = itemName(a.item().name(), expected);
            String unit = spelling(a.unit(), item, a.task(), a.role().key(), expected);
            foundItems.add(key(item, null, unit, a.role().key()));
            if (a.task() != null) foundTasks.add(key(item, String.valueOf(a.task()), unit, a.role().key()));
        }
        Set<String> missed = new TreeSet<>(expectedTasks);
        missed.removeAll(foundTasks);
        Set<String> missedItems = new TreeSet<>(expectedItems);
        missedItems.removeAll(foundItems);
        missed.addAll(missedItems);
        Set<String> spurious = new TreeSet<>(foundItems);
        spurious.removeAll(expectedItems);
        Set<String> spuriousTasks = new TreeSet<>(foundTasks);
        spuriousTasks.removeAll(expectedTasks);
        spurious.addAll(spuriousTasks);
        header(folder.resolve(name + ".plan.tsv"), plan, missed);
        return new Result(name, score(foundItems, expectedItems), score(foundTasks, expectedTasks),
                organisation(folder.resolve(name + ".org.tsv"), plan, missed),
                alignment(folder.resolve(name + ".items.tsv"), plan, missed), missed, spurious,
                !plan.coverage().incomplete().isEmpty());
    }

    private static Score organisation(Path file, Plan plan, Set<String> missed) {
        if (!Files.exists(file)) return new Score(0, 0, 0);
        Set<String> expected = new LinkedHashSet<>();
        rows(file).forEach(r -> expected.add(r[0]));
        int hits = 0;
        for (String unit : expected) {
            boolean found = plan.assignments().stream().anyMatch(a -> a.item() == null && a.unit().spellings().contains(unit));
            if (found) hits++;
            else missed.add("organisation " + unit);
        }
        return new Score(hits, hits, expected.size());
    }

    /** The header facts (district, title, period, number, issue date) as annotated; differences go to {@code missed}. */
    private static void header(Path file, Plan plan, Set<String> missed) {
        if (!Files.exists(file)) return;
        for (String[] r : rows(file)) {
            String expected = r.length > 1 ? r[1].strip() : "";
            PlanMetadata m = plan.metadata();
            boolean annual = m.kind() == PlanMetadata.Kind.WORK_PLAN;
            // annotations give a work plan its year, and a five-year plan its start and end
            String read = switch (r[0]) {
                case "district" -> plan.district().name();
                case "title" -> m.title();
                case "kind" -> annual ? "annual" : "five-year";
                case "outline" -> m.outline();
                case "start" -> annual || m.startYear() == null ? "" : String.valueOf(m.startYear());
                case "end" -> annual || m.endYear() == null ? "" : String.valueOf(m.endYear());
                case "year" -> annual && m.startYear() != null ? String.valueOf(m.startYear()) : "";
                case "number" -> m.documentNumber() == null ? "" : m.documentNumber();
                case "issued" -> m.issued() == null ? "" : m.issued().toString();
                case "issuer" -> m.issuer();
                case "cites" -> m.cites();
                default -> expected;
            };
            if (!expected.equals(read == null ? "" : read)) missed.add("header " + r[0] + ": " + expected + ", read " + read);
        }
    }

    private static Score alignment(Path file, Plan plan, Set<String> missed) {
        if (!Files.exists(file)) return new Score(0, 0, 0);
        List<String[]> expected = rows(file);
        int hits = 0;
        for (String[] e : expected) {
            // an item's kind (action, project, other) and its national concept, as in items.tsv
            String read = plan.items().stream().filter(i -> sameItem(i.name(), e[0])).findFirst()
                    .map(i -> i.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + (i.national() == null ? "none" : i.national()))
                    .orElse("(no item)");
            if (read.equals(e[1] + " " + e[2])) hits++;
            else missed.add("alignment " + e[0] + " → " + e[1] + " " + e[2] + ", read " + read);
        }
        return new Score(hits, plan.items().size(), expected.size());
    }

    private static Score score(Set<String> found, Set<String> expected) {
        int hits = (int) found.stream().filter(expected::contains).count();
        return new Score(hits, found.size(), expected.size());
    }

    private static String key(String item, String task, String unit, String role) {
        // a task annotated as printed in words (一是, 第三) is its number
        if (task != null && task.matches("^第?[一二三四五六七八九十]{1,3}是?$")) {
            task = String.valueOf(PlanLayout.chineseNumber(task.replaceAll("[第是]", "")));
        }
        return item + (task == null ? "" : "/" + task) + "/" + unit + "/" + role;
    }

    /**
     * The spelling the annotation gives the unit in this row (区人社局 in one task, 区人力资源和社会保障局
     * in another: one unit, written two ways), else any annotated spelling of it, else its name.
     */
    private static String spelling(Unit unit, String item, Integer task, String role, List<String[]> expected) {
        String number = task == null ? "-" : String.valueOf(task);
        for (String[] e : expected) {
            if (e[0].equals(item) && e[3].equals(role) && (task == null || e[1].equals(number)) && unit.spellings().contains(e[2])) return e[2];
        }
        return spelling(unit, expected);
    }

    /** The annotated spelling of a unit when it has one, else its name. */
    private static String spelling(Unit unit, List<String[]> expected) {
        for (String[] e : expected) {
            if (unit.spellings().contains(e[2])) return e[2];
        }
        return unit.name();
    }

    /** The annotated name of an item when the read one is the same item (实施/深入实施 dropped), else the read name. */
    private static String itemName(String read, List<String[]> expected) {
        for (String[] e : expected) {
            if (sameItem(read, e[0])) return e[0];
        }
        return read;
    }

    /** An annotated plan is read as annotated (F1 at least 0.95 at item and task level) or its coverage says it looks read in part. */
    static void assertReadOrFlagged(Path file) {
        Result r = score(file, ShippedPlans.parse(file.getFileName().toString(), ShippedPlans.read(file)));
        boolean read = r.items().f1() >= 0.95 && r.tasks().f1() >= 0.95;
        org.junit.jupiter.api.Assertions.assertTrue(read || r.flagged(), r.plan() + " is misread without a word: items "
                + r.items() + ", tasks " + r.tasks() + "; missed " + r.missed() + "; wrong " + r.spurious());
        // a plan's title, kind, period, number, date, issuer and citation are read as annotated, flagged or not
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), r.missed().stream().filter(m -> m.startsWith("header ")).toList(), r.plan());
    }

    /** Every unit is a span of the text (各乡镇人民政府 never becomes 县人民政府), or a documented expansion of one. */
    static void assertUnitsAsWritten(Path file) {
        PlanWithText read;
        try {
            read = new PlanParser(ShippedPlans.VOCABULARY).read(file.getFileName().toString(), ShippedPlans.read(file));
        } catch (PlanFormatException e) {
            return; // a refused plan names no unit
        }
        Plan plan = read.plan();
        // the text as the document holds it (a Word file's runs, a page's cells), not its bytes
        String text = Text.fold(String.join("", read.text().lines().stream().map(org.plankg.plan.SourceText.Line::text).toList()))
                .replaceAll("<[^>]*>|\\s", "");
        List<String> unwritten = plan.units().stream()
                .filter(u -> !u.category().equals("finance") && !u.category().equals("steering-office"))
                .filter(u -> u.spellings().stream().noneMatch(s -> text.contains(Text.fold(s))))
                .map(Unit::name).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), unwritten, file.getFileName() + ": units whose name is nowhere in the text");
    }

    static boolean sameItem(String read, String annotated) {
        return read.equals(annotated) || (read.length() >= 4 && annotated.endsWith(read)) || (annotated.length() >= 4 && read.endsWith(annotated));
    }

    static List<String[]> rows(Path tsv) {
        try {
            return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(Path file) {
        String f = file.getFileName().toString();
        return f.substring(0, f.lastIndexOf('.'));
    }

    /** The annotated plans of a folder: every plan file with an {@code .expected.tsv} beside it. */
    static List<Path> annotated(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> PLAN_FORMATS.stream().anyMatch(x -> f.toString().endsWith(x)))
                    .filter(f -> Files.exists(folder.resolve(baseName(f) + ".expected.tsv"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the scores of every annotated plan of the folders given, and their sums; {@code -v} lists the differences. */
    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        Score items = new Score(0, 0, 0);
        Score tasks = items;
        Score org = items;
        Score aligned = items;
        for (String arg : args) {
            if (arg.equals("-v")) continue;
            for (Path file : annotated(Path.of(arg))) {
                Result r;
                try {
                    r = score(file, new PlanParser(ShippedPlans.VOCABULARY).parse(file.getFileName().toString(), Files.readAllBytes(file)));
                } catch (Exception e) {
                    System.out.println(file.getFileName() + ": not read: " + e);
                    continue;
                }
                System.out.printf(Locale.ROOT, "%-34s items %s | tasks %s | org R %.2f (%d/%d) | aligned %d/%d | %s%n",
                        r.plan(), r.items(), r.tasks(), r.organisation().recall(), r.organisation().hits(), r.organisation().expected(),
                        r.alignment().hits(), r.alignment().expected(), r.flagged() ? "flagged incomplete" : "not flagged");
                if (verbose) {
                    r.missed().forEach(m -> System.out.println("   - " + m));
                    r.spurious().forEach(s -> System.out.println("   + " + s));
                }
                items = items.plus(r.items());
                tasks = tasks.plus(r.tasks());
                org = org.plus(r.organisation());
                aligned = aligned.plus(r.alignment());
            }
        }
        System.out.printf(Locale.ROOT, "ALL items %s | tasks %s | org recall %.2f (%d/%d) | aligned %d/%d%n",
                items, tasks, org.recall(), org.hits(), org.expected(), aligned.hits(), aligned.expected());
    }
}
