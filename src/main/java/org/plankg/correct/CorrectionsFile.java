package org.plankg.correct;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plankg.format.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plankg.plan.Role;

/**
 * The corrections a researcher keeps beside a plan, in {@code <plan file>.corrections.csv}: CSV
 * with a header, {@code #} comments, one correction per row. A row whose {@code change} is empty
 * is a row as read, kept for reference (the template lists every assignment so); it changes nothing.
 */
public final class CorrectionsFile {

    public static final String SUFFIX = ".corrections.csv";
    public static final List<String> COLUMNS =
            List.of("change", "item", "task", "unit", "role", "to", "line", "quote", "reason", "by", "date");

    private CorrectionsFile() {
    }

    /** The corrections file of a plan file: beside it, named after it. */
    public static Path of(Path planFile) {
        return planFile.resolveSibling(planFile.getFileName() + SUFFIX);
    }

    public static boolean isCorrectionsFile(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /** The corrections of a file's rows, or every problem of its rows, each with the file's name and line. */
    public static List<Correction> read(String name, byte[] bytes) throws CorrectionException {
        List<Correction> corrections = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.parse(bytes)) {
            List<String> missing = CsvFiles.missing(parser, COLUMNS);
            if (!missing.isEmpty()) {
                throw new CorrectionException(List.of(name + ":1: the header lacks the columns " + missing
                        + " (a corrections file starts with the line " + String.join(",", COLUMNS) + ")"));
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) parser.getCurrentLineNumber();
                String change = value(record, "change");
                if (change.isEmpty()) continue;
                Row row = new Row(name, line, record, problems);
                row.correction(change).ifPresent(corrections::add);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(name + ": not readable as CSV (" + e.getMessage() + ")");
        }
        if (!problems.isEmpty()) throw new CorrectionException(problems);
        return corrections;
    }

    /** A cell's text; the ' a spreadsheet-safe copy put before a formula-like cell is taken off again. */
    private static String value(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column).strip() : "";
        return value.startsWith("'") && looksLikeFormula(value.substring(1)) ? value.substring(1) : value;
    }

    /** Whether a spreadsheet would run the text as a formula: it starts with =, +, -, @, a tab or a carriage return. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** Reads one row, noting what is wrong with it. */
    private record Row(String file, int line, CSVRecord record, List<String> problems) {

        Optional<Correction> correction(String changeKey) {
            int before = problems.size();
            Change change = Change.of(changeKey).orElse(null);
            if (change == null) {
                problem("unknown change '" + changeKey + "' (one of " + Arrays.stream(Change.values()).map(Change::key).toList() + ")");
                return Optional.empty();
            }
            String item = get("item");
            Integer task = number("task");
            String unit = get("unit");
            Role role = role("role");
            String to = get("to");
            Integer planLine = number("line");
            String quote = get("quote");
            String reason = required("reason", "why the row is corrected");
            String by = required("by", "who made the correction");
            LocalDate date = date();
            switch (change) {
                case ADD -> {
                    need(unit, "unit");
                    need(role, "role");
                    if (quote.isEmpty() && planLine == null) problem("an added assignment rests on a quote or a line of the plan");
                }
                case REMOVE -> {
                    need(unit, "unit");
                    need(role, "role");
                }
                case ROLE -> {
                    need(unit, "unit");
                    need(role, "role");
                    if (to.isEmpty() || roleOf(to).isEmpty()) problem("'to' names the new role (one of " + roles() + ")");
                }
                case ALIGN -> {
                    need(item, "item");
                    if (to.isEmpty()) problem("'to' names the national outline item (youth, farmers, …) or none");
                }
                case RENAME -> {
                    need(unit, "unit");
                    if (to.isEmpty()) problem("'to' gives the unit's right name");
                }
            }
            if (task != null && item.isEmpty()) problem("a task belongs to an item: the item is missing");
            if (problems.size() > before) return Optional.empty();
            return Optional.of(new Correction(file, line, change, item, task, unit, role,
                    change == Change.ROLE ? roleOf(to).orElseThrow().key() : to, planLine, quote, reason, by, date));
        }

        private String get(String column) {
            return value(record, column);
        }

        private String required(String column, String what) {
            String value = get(column);
            if (value.isEmpty()) problem("'" + column + "' is empty: it says " + what);
            return value;
        }

        private void need(Object value, String column) {
            if (value == null || value.toString().isEmpty()) problem("'" + column + "' is needed for this change");
        }

        private Integer number(String column) {
            String value = get(column);
            if (value.isEmpty()) return null;
            try {
                int n = Integer.parseInt(value);
                if (n >= 1) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            problem("'" + column + "' is not a number from 1: " + value);
            return null;
        }

        private Role role(String column) {
            String value = get(column);
            if (value.isEmpty()) return null;
            Optional<Role> role = roleOf(value);
            if (role.isEmpty()) problem("unknown role '" + value + "' (one of " + roles() + ")");
            return role.orElse(null);
        }

        private LocalDate date() {
            String value = get("date");
            if (value.isEmpty()) {
                problem("'date' is empty: it says when the correction was made (YYYY-MM-DD)");
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.isAfter(LocalDate.now().plusDays(1))) problem("the date " + value + " is in the future");
                return date;
            } catch (DateTimeParseException e) {
                problem("the date is not YYYY-MM-DD: " + value);
                return null;
            }
        }

        private void problem(String message) {
            problems.add(file + ":" + line + ": " + message);
        }
    }

    /** A role by its key (lead) or the words plans use for it (牵头, 参与, 配合, 责任单位). */
    static Optional<Role> roleOf(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Optional<Role> byKey = Arrays.stream(Role.values()).filter(r -> r.key().equals(v)).findFirst();
        if (byKey.isPresent()) return byKey;
        return Optional.ofNullable(switch (v) {
            case "牵头", "牵头单位" -> Role.LEAD;
            case "参与", "配合", "参与单位", "配合单位" -> Role.PARTICIPANT;
            case "责任", "责任单位" -> Role.RESPONSIBLE;
            default -> null;
        });
    }

    private static List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::key).toList();
    }
}
