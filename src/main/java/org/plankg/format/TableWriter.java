package org.plankg.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A whole table (named columns, rows of strings, numbers or nulls) as JSON or CSV text. */
public final class TableWriter {

    private TableWriter() {
    }

    public static String json(List<String> columns, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriter.json(out, columns)) {
            rows.forEach(writer::row);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String csv(List<String> columns, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriter.csv(out, columns)) {
            rows.forEach(writer::row);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
