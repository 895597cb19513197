package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;

import org.plankg.read.Document;

/**
 * A real table (Word, HTML) read as a division-of-labour table: its header row names the columns
 * (no guessing from spaces), a row whose cells all hold one text that names an action or project
 * (a merged row: 一、青少年科学素质提升行动) groups the rows below it, the others are task rows
 * with their cells. A table without such a header is not one; its rows are read as lines of text.
 */
final class GridTables {

    private static final int HEADER_WITHIN_ROWS = 3;

    private GridTables() {
    }

    /** The table, or null when no header row names a unit column. */
    static Table of(Document.Grid grid) {
        // a table turned sideways: its first column holds the labels (任务序号 / 工作内容 / 牵头单位 …), a task per column
        if (sideways(grid)) {
            Table table = read(transposed(grid));
            if (table != null) return table;
        }
        return read(grid);
    }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("序号|任务|内容|措施|单位|部门|时限|分工|牵头|配合");

    /** Whether labels run down the first column (three or more) rather than along the first row. */
    private static boolean sideways(Document.Grid grid) {
        List<Document.Row> rows = grid.rows();
        if (rows.size() < 3) return false;
        long down = rows.stream().filter(r -> !r.cells().isEmpty() && label(r.cells().get(0))).count();
        long along = rows.get(0).cells().stream().filter(GridTables::label).map(GridTables::joined).distinct().count();
        return down >= 3 && along <= 1;
    }

    private static boolean label(String cell) {
        String n = joined(cell);
        return n.length() <= 8 && LABEL.matcher(n).find();
    }

    private static Document.Grid transposed(Document.Grid grid) {
        List<Document.Row> rows = grid.rows();
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<Document.Row> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> cells = new ArrayList<>();
            for (Document.Row row : rows) cells.add(c < row.cells().size() ? row.cells().get(c) : "");
            // a column keeps the position of the table's first row: its cells come from every row
            columns.add(new Document.Row(cells, rows.isEmpty() ? 0 : rows.get(0).position()));
        }
        return new Document.Grid(columns);
    }

    private static Table read(Document.Grid grid) {
        List<Document.Row> rows = UnitMatrix.asLists(grid.rows());
        for (int h = 0; h < Math.min(rows.size(), HEADER_WITHIN_ROWS); h++) {
            List<String> header = rows.get(h).cells().stream().map(GridTables::joined).toList();
            Table.Columns columns = Table.Columns.of(header);
            if (columns == null) continue;
            List<Table.Row> read = new ArrayList<>();
            for (Document.Row row : rows.subList(h + 1, rows.size())) {
                List<String> cells = row.cells().stream().map(GridTables::cell).toList();
                if (cells.equals(header) || cells.stream().allMatch(String::isEmpty)) continue;
                read.add(row(cells, row.position(), columns.count()));
            }
            if (read.stream().noneMatch(r -> !r.isGroup())) return null;
            return new Table(columns, read, rows.get(h).position(), rows.get(rows.size() - 1).position());
        }
        return null;
    }

    /** 表一　青少年科学素质提升行动 above a table whose rows name no item: the caption names the rows' item. */
    static Table captioned(Table table, Document.Paragraph caption) {
        if (caption.lines().size() != 1 || table.rows().isEmpty() || table.rows().get(0).isGroup()) return table;
        Document.Line line = caption.lines().get(0);
        java.util.regex.Matcher m = CAPTION.matcher(Text.fold(line.text()).strip());
        if (!m.matches()) return table;
        Text name = Text.line(line.text().strip(), line.position()).sub(m.start(1));
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.group(name, name));
        rows.addAll(table.rows());
        return new Table(table.columns(), rows, table.firstLine(), table.lastLine());
    }

    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "^(?:附)?表\\s*[一二三四五六七八九十\\d]{1,3}[\\s、：:.]*([\\u4e00-\\u9fa5].{1,30})$");

    private static Table.Row row(List<String> cells, int position, int columns) {
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).distinct().toList();
        if (filled.size() == 1 && names(filled.get(0))) {
            Text group = Text.line(filled.get(0), position);
            return Table.Row.group(group, group);
        }
        Text[] placed = new Text[columns];
        List<Text> quote = new ArrayList<>();
        for (int c = 0; c < Math.min(columns, cells.size()); c++) {
            if (cells.get(c).isEmpty()) continue;
            placed[c] = Text.line(cells.get(c), position);
            if (!quote.isEmpty()) quote.add(Text.line("\t", position));
            quote.add(placed[c]);
        }
        return new Table.Row(null, placed, Text.concat(quote), position);
    }

    private static boolean names(String cell) {
        String n = Text.fold(cell);
        return TextTable.GROUP.matcher(n).find() || n.endsWith("行动") || n.endsWith("工程");
    }

    /** A table's rows as lines of text, cells separated by tabs, for tables that are not division-of-labour tables. */
    static List<Text> lines(Document.Grid grid) {
        return grid.rows().stream().map(r -> Text.line(String.join("\t", r.cells().stream().map(GridTables::joined).toList()), r.position())).toList();
    }

    /** A cell's lines run together, as a wrapped cell reads (牵头 / 单位). */
    static String joined(String cell) {
        return cell.replace("\n", "").strip();
    }

    /**
     * A cell's lines run together, except where a line ends a unit's name and the next begins one
     * (市委宣传部 / 市科协: two units, read as 市委宣传部、市科协); a name a wrap cut (市人力资源和 /
     * 社会保障局) stays whole.
     */
    static String cell(String cell) {
        StringBuilder out = new StringBuilder();
        for (String line : cell.split("\n")) {
            String piece = line.strip();
            if (piece.isEmpty()) continue;
            if (out.length() > 0 && endsWithName(out) && UnitGrammar.namePrefix(piece) > 0) out.append('、');
            out.append(piece);
        }
        return out.toString();
    }

    private static boolean endsWithName(StringBuilder text) {
        String t = text.toString();
        int start = Math.max(Math.max(t.lastIndexOf('、'), t.lastIndexOf('，')), t.lastIndexOf('；')) + 1;
        return UnitGrammar.isName(Text.fold(t.substring(start)));
    }
}
