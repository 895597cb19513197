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

    /**
     * A table: header cells, then rows; a row of one cell is a grouping row spanning all columns.
     * {@code merged} holds the cells ("row:column") that continue the cell above them (a rowspan,
     * a Word vMerge): their text repeats the one above, and a PDF prints it once.
     */
    public record Grid(List<String> header, List<List<String>> rows, java.util.Set<String> merged) implements Part {
        public Grid(List<String> header, List<List<String>> rows) {
            this(header, rows, java.util.Set.of());
        }

        boolean isMerged(int row, int column) {
            return merged.contains(row + ":" + column);
        }
    }

    /** The parts of a web page: its paragraphs and headings, and its tables with their row spans. */
    public static List<Part> ofPage(String html) {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        List<Part> parts = new ArrayList<>();
        for (org.jsoup.nodes.Element e : page.body().select("p, h1, h2, h3, h4, table")) {
            if (!e.tagName().equals("table") && e.closest("table") != null) continue;
            if (e.tagName().equals("table")) {
                parts.add(grid(e));
            } else if (!e.text().isBlank()) {
                parts.add(e.tagName().startsWith("h") ? new Heading(e.text().strip()) : new Para(e.text().strip()));
            }
        }
        return parts;
    }

    private static Grid grid(org.jsoup.nodes.Element table) {
        List<List<String>> rows = new ArrayList<>();
        java.util.Set<String> merged = new java.util.HashSet<>();
        java.util.Map<Integer, Object[]> carried = new java.util.HashMap<>();
        for (org.jsoup.nodes.Element tr : table.select("tr")) {
            List<String> row = new ArrayList<>();
            int r = rows.size() - 1;
            java.util.Iterator<org.jsoup.nodes.Element> cells = tr.select("td, th").iterator();
            while (cells.hasNext() || carried.containsKey(row.size())) {
                Object[] above = carried.get(row.size());
                if (above != null) {
                    merged.add(r + ":" + row.size());
                    row.add((String) above[0]);
                    if ((int) above[1] <= 1) carried.remove(row.size() - 1);
                    else above[1] = (int) above[1] - 1;
                    continue;
                }
                org.jsoup.nodes.Element td = cells.next();
                int span = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan")) : 1;
                if (span > 1) carried.put(row.size(), new Object[] {td.text().strip(), span - 1});
                row.add(td.text().strip());
            }
            rows.add(row);
        }
        return new Grid(rows.get(0), rows.subList(1, rows.size()), merged);
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
