package org.plankg.format;

import java.util.List;

/**
 * Writes a table (named columns, rows of strings, numbers or nulls) as a JSON array of objects or
 * as CSV (RFC 4180, header row). Small on purpose: the CLI must not start a JSON framework.
 */
public final class TableWriter {

    private TableWriter() {
    }

    public static String json(List<String> columns, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("[");
        for (int r = 0; r < rows.size(); r++) {
            out.append(r == 0 ? "\n  {" : ",\n  {");
            List<Object> row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) out.append(", ");
                out.append(jsonString(columns.get(c))).append(": ").append(jsonValue(row.get(c)));
            }
            out.append('}');
        }
        return out.append(rows.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    public static String csv(List<String> columns, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        appendCsvRow(out, List.copyOf(columns));
        rows.forEach(row -> appendCsvRow(out, row));
        return out.toString();
    }

    private static void appendCsvRow(StringBuilder out, List<?> row) {
        for (int c = 0; c < row.size(); c++) {
            if (c > 0) out.append(',');
            Object v = row.get(c);
            String s = v == null ? "" : v.toString();
            boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
            out.append(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        out.append("\r\n");
    }

    private static String jsonValue(Object v) {
        if (v == null) return "null";
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        return jsonString(v.toString());
    }

    static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
