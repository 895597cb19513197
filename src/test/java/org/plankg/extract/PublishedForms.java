package org.plankg.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's text as its publishers would put it out: as lines and headings with its
 * division-of-labour tables as real tables. The writers (web page, Word, PDF) take this form, so
 * every one of them says the same as the text.
 */
public final class PublishedForms {

    /** A heading, a paragraph or a table of the published form. */
    public sealed interface Part permits Heading, Para, Grid {
    }

    public record Heading(String text) implements Part {
    }

    public record Para(String text) implements Part {
    }

    /** A table: header cells, then rows; a row of one cell is a grouping row spanning all columns. */
    public record Grid(List<String> header, List<List<String>> rows) implements Part {
    }

    private PublishedForms() {
    }

    /** The parts of a text plan: Markdown headings as headings, its text tables as grids, rules and blank lines dropped. */
    public static List<Part> of(String text) {
        List<Text> lines = Paragraphs.lines(text);
        List<Table> tables = TextTable.find(lines);
        List<Part> parts = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            Table table = starting(tables, n);
            if (table != null) {
                parts.add(grid(table));
                n = table.lastLine();
                continue;
            }
            String line = lines.get(n - 1).orig().strip();
            if (line.isEmpty() || line.matches("^[-—=*_ ]{3,}$")) continue;
            if (line.startsWith("#")) parts.add(new Heading(line.replaceFirst("^#+\\s*", "")));
            else parts.add(new Para(line));
        }
        return parts;
    }

    private static Table starting(List<Table> tables, int line) {
        return tables.stream().filter(t -> t.firstLine() == line).findFirst().orElse(null);
    }

    private static Grid grid(Table table) {
        Table.Columns c = table.columns();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < c.count(); i++) {
            header.add(i == c.number() ? "序号" : i == c.task() ? "重点任务" : i == c.lead() ? "牵头单位"
                    : c.others().contains(i) ? (c.others().indexOf(i) == 0 ? "责任单位" : "配合单位") : "备注");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (row.isGroup()) {
                rows.add(List.of(row.group().orig()));
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < c.count(); i++) cells.add(row.cell(i).orig().strip());
            rows.add(cells);
        }
        return new Grid(header, rows);
    }

    static byte[] bytes(IoWriter writer) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface IoWriter {
        void write(ByteArrayOutputStream out) throws IOException;
    }
}
