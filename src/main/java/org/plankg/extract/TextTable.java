package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds division-of-labour tables in plain text as converters render them: a header row naming a
 * responsibility column (序号 | 重点任务 | 牵头单位 | 责任单位), cells separated by tabs, by {@code |} or
 * by runs of two or more spaces, grouping rows (一、青少年科学素质提升行动) standing alone, and
 * continuation lines (a cell wrapped onto the next line, indented or with empty leading cells)
 * that are joined to the cell above them. Space-aligned cells are put in the header column they
 * stand under, measuring Chinese characters as two columns wide.
 */
final class TextTable {

    private static final Pattern SEPARATOR = Pattern.compile("\\t| *\\| *|[ \\u3000]{2,}");
    private static final Pattern RULE_ROW = Pattern.compile("^[|:：\\-+ ]+$");
    /** A grouping row opens like a section (一、) or an item (（一）) heading of the body. */
    static final Pattern GROUP = Pattern.compile(Paragraphs.SECTION.pattern() + "|" + Paragraphs.ITEM.pattern());

    private TextTable() {
    }

    /** A cell as written, with the display column it starts at. */
    private record Cell(Text text, int column) {
    }

    static List<Table> find(List<Text> lines) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Cell> header = cells(lines.get(i));
            Table.Columns columns = Table.Columns.of(header.stream().map(c -> c.text().norm().strip()).toList());
            if (columns == null) continue;
            int end = readRows(lines, i + 1, header, columns, tables);
            i = end - 1;
        }
        return tables;
    }

    /** Reads the rows after a header; answers the index of the first line after the table. */
    private static int readRows(List<Text> lines, int from, List<Cell> header, Table.Columns columns, List<Table> out) {
        List<Table.Row> rows = new ArrayList<>();
        Text[] open = null;
        List<Text> openLines = null;
        int i = from;
        for (; i < lines.size(); i++) {
            Text line = lines.get(i);
            String n = line.norm();
            if (n.isBlank() || RULE_ROW.matcher(n.strip()).matches() || CONTINUED.matcher(n.strip()).matches()) continue;
            List<Cell> cells = cells(line);
            if (sameLabels(cells, header)) continue; // the header repeated on the next page
            boolean indented = Character.isWhitespace(line.orig().charAt(0)) || line.orig().startsWith("|");
            boolean continuation = open != null && (leadingEmpty(line) || (indented && cells.size() < header.size()));
            if (!continuation && Table.Columns.of(cells.stream().map(c -> c.text().norm().strip()).toList()) != null) break;
            if (continuation) {
                Text[] more = unfinished(open, place(cells, header, line));
                for (int c = 0; c < more.length; c++) {
                    if (more[c] != null) open[c] = open[c] == null ? more[c] : Text.concat(List.of(open[c], more[c]));
                }
                openLines.add(line);
                continue;
            }
            if (open != null) rows.add(Table.Row.of(open, openLines));
            open = null;
            List<Cell> filled = cells.stream().filter(c -> !c.text().norm().isBlank()).toList();
            if (filled.size() == 1 && GROUP.matcher(filled.get(0).text().norm().strip()).find()) {
                rows.add(Table.Row.group(filled.get(0).text().strip(), line));
                continue;
            }
            if (cells.size() < 2 || n.strip().startsWith("附件")) break;
            open = place(cells, header, line);
            openLines = new ArrayList<>(List.of(line));
        }
        if (open != null) rows.add(Table.Row.of(open, openLines));
        if (rows.stream().anyMatch(r -> !r.isGroup())) {
            out.add(new Table(columns, rows, from, i)); // line numbers: the header's, the last row's
        }
        return i;
    }

    /** A page's 续表 (continued table) line, or a page number between the pages of a table. */
    private static final Pattern CONTINUED = Pattern.compile("^(?:续表|续上表|（续表）|续)\\s*\\d*$|^[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+$");

    private static boolean sameLabels(List<Cell> cells, List<Cell> header) {
        List<String> labels = cells.stream().map(c -> c.text().norm().strip()).filter(t -> !t.isEmpty()).toList();
        return labels.equals(header.stream().map(c -> c.text().norm().strip()).filter(t -> !t.isEmpty()).toList());
    }

    /**
     * A wrapped line of one cell goes to the one cell above it that is unfinished (a list ending in
     * 、), wherever its indentation puts it: alignment is approximate, an open list is not.
     */
    private static Text[] unfinished(Text[] open, Text[] more) {
        int filled = -1;
        for (int c = 0; c < more.length; c++) {
            if (more[c] != null) {
                if (filled >= 0) return more;
                filled = c;
            }
        }
        if (filled < 0 || (open[filled] != null && open[filled].norm().strip().endsWith("、"))) return more;
        int target = -1;
        for (int c = 0; c < open.length; c++) {
            if (open[c] != null && open[c].norm().strip().endsWith("、")) {
                if (target >= 0) return more;
                target = c;
            }
        }
        if (target < 0) return more;
        Text[] moved = new Text[more.length];
        moved[target] = more[filled];
        return moved;
    }

    private static boolean leadingEmpty(Text line) {
        String o = line.orig();
        return o.startsWith("\t") || o.matches("^\\s*\\|\\s*\\|.*");
    }

    /** The cells of a row, each in the header column it belongs to. */
    private static Text[] place(List<Cell> cells, List<Cell> header, Text line) {
        Text[] placed = new Text[header.size()];
        boolean positional = line.orig().contains("\t") || line.orig().contains("|") || cells.size() == header.size();
        for (int k = 0; k < cells.size(); k++) {
            Cell cell = cells.get(k);
            if (cell.text().norm().isBlank()) continue;
            int column = positional ? Math.min(k, header.size() - 1) : nearest(header, cell.column());
            Text text = cell.text().strip();
            placed[column] = placed[column] == null ? text : Text.concat(List.of(placed[column], text));
        }
        return placed;
    }

    private static int nearest(List<Cell> header, int column) {
        int best = 0;
        for (int h = 1; h < header.size(); h++) {
            if (Math.abs(header.get(h).column() - column) < Math.abs(header.get(best).column() - column)) best = h;
        }
        return best;
    }

    /** Splits a line at tabs, bars and runs of spaces; tab- and bar-separated lines keep their empty cells. */
    private static List<Cell> cells(Text line) {
        List<Cell> cells = new ArrayList<>();
        String o = line.orig();
        boolean keepEmpty = o.contains("\t") || o.contains("|");
        String body = o;
        int offset = 0;
        if (o.contains("|")) {
            int s = o.indexOf('|');
            int e = o.lastIndexOf('|');
            if (o.substring(0, s).isBlank()) { offset = s + 1; body = o.substring(s + 1); }
            if (e > s && o.substring(e + 1).isBlank()) body = o.substring(offset, e);
        }
        Matcher m = SEPARATOR.matcher(body);
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : body.length();
            Text cell = line.sub(offset + start, offset + end);
            if (keepEmpty || !cell.norm().isBlank()) cells.add(new Cell(cell, width(o, offset + start)));
            if (!found) break;
            start = m.end();
        }
        return cells;
    }

    /** Display width of the first {@code end} characters: Chinese and full-width characters count two. */
    private static int width(String s, int end) {
        int w = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                    || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
        }
        return w;
    }
}
