package org.plankg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out table cells that span columns or rows into a plain grid, repeating a spanned cell's
 * text in every column and row it covers, so a row's cells stand under their header's columns.
 */
final class SpanGrid {

    private final List<List<String>> rows = new ArrayList<>();
    /** Text carried down into later rows by row spans: column → (text, rows left). */
    private final Map<Integer, Object[]> carried = new HashMap<>();
    private List<String> current;

    void startRow() {
        current = new ArrayList<>();
        rows.add(current);
        fillCarried();
    }

    /** The next cell of the row, {@code colSpan} columns wide and {@code rowSpan} rows high. */
    void cell(String text, int colSpan, int rowSpan) {
        for (int c = 0; c < Math.max(1, colSpan); c++) {
            if (rowSpan > 1) carried.put(current.size(), new Object[] {text, rowSpan - 1});
            current.add(text);
            fillCarried();
        }
    }

    /** A cell continuing the one above it (Word's vertical merge). */
    void continueAbove(int colSpan) {
        List<String> above = rows.size() >= 2 ? rows.get(rows.size() - 2) : List.of();
        for (int c = 0; c < Math.max(1, colSpan); c++) {
            int column = current.size();
            current.add(column < above.size() ? above.get(column) : "");
        }
    }

    private void fillCarried() {
        Object[] down;
        while ((down = carried.get(current.size())) != null) {
            current.add((String) down[0]);
            int left = (Integer) down[1] - 1;
            if (left == 0) carried.remove(current.size() - 1);
            else down[1] = left;
        }
    }

    List<List<String>> rows() {
        return rows;
    }
}
