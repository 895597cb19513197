package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plankg.read.Document;

/**
 * A task table whose units are its columns: a header cell such as 责任部门及分工 spans a column per
 * unit, the row below names them, and each task row marks a unit's part in its cell (●, ○, as the
 * plan's legend says). Rewritten as a table with one 责任单位 column listing each marked unit with its
 * mark before its name (●社会事业局、○党群工作部), which the reader of unit lists takes with the legend.
 */
final class UnitMatrix {

    private static final Pattern UNITS_LABEL = Pattern.compile("责任|分工|部门|单位");
    private static final int MIN_UNITS = 3;
    private static final int MARK_MAX_CHARS = 2;

    private UnitMatrix() {
    }

    /** The rows with a unit matrix's header and cells rewritten as a unit list, or the rows as they are. */
    static List<Document.Row> asLists(List<Document.Row> rows) {
        for (int h = 0; h + 1 < rows.size() && h < 3; h++) {
            List<String> top = rows.get(h).cells();
            List<String> names = rows.get(h + 1).cells();
            int[] span = unitSpan(top, names);
            if (span == null) continue;
            List<Document.Row> out = new ArrayList<>(rows.subList(0, h));
            out.add(new Document.Row(collapse(top, span, "责任单位"), rows.get(h).position()));
            for (Document.Row row : rows.subList(h + 2, rows.size())) {
                out.add(new Document.Row(collapse(row.cells(), span, marked(row.cells(), names, span)), row.position()));
            }
            return out;
        }
        return rows;
    }

    /** The columns [from, to) one units label spans over names in the row below, or null. */
    private static int[] unitSpan(List<String> top, List<String> names) {
        for (int c = 0; c < top.size(); c++) {
            String label = GridTables.joined(top.get(c));
            if (label.isEmpty() || !UNITS_LABEL.matcher(label).find()) continue;
            int end = c;
            while (end < top.size() && GridTables.joined(top.get(end)).equals(label)) end++;
            if (end - c < MIN_UNITS || names.size() < end) return null;
            List<String> spanned = names.subList(c, end).stream().map(GridTables::joined).toList();
            if (spanned.stream().anyMatch(String::isEmpty) || spanned.stream().distinct().count() < spanned.size()) return null;
            return new int[] {c, end, 0};
        }
        return null;
    }

    /** Each unit whose cell holds a mark, the mark before its name. */
    private static String marked(List<String> cells, List<String> names, int[] span) {
        List<String> units = new ArrayList<>();
        for (int c = span[0]; c < span[1] && c < cells.size(); c++) {
            String mark = GridTables.joined(cells.get(c));
            if (mark.isEmpty() || mark.length() > MARK_MAX_CHARS) continue;
            units.add(mark + GridTables.joined(names.get(c)));
        }
        return String.join("、", units);
    }

    /** The cells with the unit columns replaced by one. A group row (one text over all cells) stays one. */
    private static List<String> collapse(List<String> cells, int[] span, String units) {
        if (cells.stream().map(GridTables::joined).distinct().count() == 1) {
            return cells.subList(0, Math.min(cells.size(), cells.size() - (span[1] - span[0]) + 1));
        }
        List<String> out = new ArrayList<>(cells.subList(0, Math.min(span[0], cells.size())));
        out.add(units);
        if (span[1] < cells.size()) out.addAll(cells.subList(span[1], cells.size()));
        return out;
    }
}
