package org.plankg.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.plankg.format.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plankg.plan.Reform;

/**
 * The researchers' file of institutional reforms, {@code reforms.csv} in the plans folder: one row
 * per unit renamed or merged ({@code district,before,after,note}; a merge is a row per old unit),
 * for the reforms a plan does not state itself. {@code district} is the district as its IRIs and
 * answers name it with its city (汀栎市芷湾区). Comparisons across periods read {@code before} as
 * {@code after}.
 */
final class ReformsFile {

    static final String NAME = "reforms.csv";
    private static final List<String> COLUMNS = List.of("district", "before", "after", "note");

    /** A district's reform, with the file's line as where it was stated. */
    record Entry(String district, Reform reform) {
    }

    /** Every problem of a file's rows, each with its line. */
    static final class ProblemsException extends Exception {
        final List<String> problems;

        ProblemsException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = problems;
        }
    }

    private ReformsFile() {
    }

    static List<Entry> read(byte[] bytes) throws ProblemsException {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.parse(bytes)) {
            List<String> missing = CsvFiles.missing(parser, COLUMNS);
            if (!missing.isEmpty()) {
                throw new ProblemsException(List.of(NAME + ":1: the header lacks the columns " + missing
                        + " (the file starts with the line " + String.join(",", COLUMNS) + ")"));
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) parser.getCurrentLineNumber();
                String district = value(record, "district");
                String before = value(record, "before");
                String after = value(record, "after");
                if (district.isEmpty() || before.isEmpty() || after.isEmpty()) {
                    problems.add(NAME + ":" + line + ": district, before and after are all needed");
                } else if (before.equals(after)) {
                    problems.add(NAME + ":" + line + ": " + before + " is its own successor");
                } else {
                    String note = value(record, "note");
                    entries.add(new Entry(district, new Reform(before, after, note.isEmpty() ? NAME : note, line)));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(NAME + ": not readable as CSV (" + e.getMessage() + ")");
        }
        if (!problems.isEmpty()) throw new ProblemsException(problems);
        return entries;
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).strip() : "";
    }
}
