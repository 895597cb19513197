package org.plankg.read;

import java.util.ArrayList;
import java.util.List;

import org.plankg.read.PdfLines.Chunk;
import org.plankg.read.PdfLines.PdfLine;

/**
 * Rebuilds a PDF's tables from where PDFBox puts their text, not from the flattened lines (where
 * cells are one space apart): a header is a line of at least three short labels; each later
 * line's words go to the column whose header they stand under (overlapping it, else nearest); a
 * line with text in the first column opens a row, the others continue its cells (a name broken
 * across lines, 团 / 区委, is joined again); a header repeated on the next page is skipped; a line
 * alone in the first column between rows is a grouping row. A merged cell printed once stays in
 * its first row. The table ends at the first line that fits none of this (a paragraph).
 */
final class PdfTables {

    private static final int MIN_COLUMNS = 3;
    private static final int LABEL_MAX_CHARS = 10;

    /** A table found: its rows (each the lines it was read from) and the index after its last line. */
    record Found(List<List<String>> rows, List<Integer> firstLines, int end) {
    }

    private PdfTables() {
    }

    /** The table whose header is line {@code at}, or null when that line is not a header. */
    static Found at(List<PdfLine> lines, int at) {
        PdfLine header = lines.get(at);
        if (!isHeader(header) || !rowFollows(lines, at)) return null;
        List<Chunk> columns = header.chunks();
        float left = columns.get(0).left() - header.fontSize();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> firstLines = new ArrayList<>();
        String[] open = null;
        int i = at + 1;
        for (; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (sameLabels(line, header)) continue;
            List<Chunk> chunks = line.chunks();
            if (chunks.isEmpty() || chunks.get(0).left() < left) break;
            // a line alone that starts before the second column is a grouping row across the table
            boolean alone = chunks.size() == 1 && chunks.get(0).left() < columns.get(1).left();
            String[] cells = alone ? fill(chunks.get(0).text().strip(), columns.size()) : place(chunks, columns);
            if (alone && !(i + 1 < lines.size() && lines.get(i + 1).chunks().size() >= 2)) break;
            if (cells[0] != null || open == null) {
                if (open != null) rows.add(java.util.Arrays.asList(open));
                open = cells;
                firstLines.add(i);
                if (alone) {
                    rows.add(java.util.Arrays.asList(open));
                    open = null;
                }
                continue;
            }
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) open[c] = open[c] == null ? cells[c] : open[c] + cells[c];
            }
        }
        if (open != null) rows.add(java.util.Arrays.asList(open));
        List<List<String>> out = new ArrayList<>();
        out.add(columns.stream().map(c -> c.text().strip()).toList());
        for (List<String> row : rows) out.add(row.stream().map(c -> c == null ? "" : c.strip()).toList());
        List<Integer> starts = new ArrayList<>(List.of(at));
        starts.addAll(firstLines);
        return rows.isEmpty() ? null : new Found(out, starts, i);
    }

    private static boolean isHeader(PdfLine line) {
        List<Chunk> chunks = line.chunks();
        if (chunks.size() < MIN_COLUMNS) return false;
        for (Chunk c : chunks) {
            String t = c.text().strip();
            if (t.isEmpty() || t.length() > LABEL_MAX_CHARS || t.matches(".*[。，；：,;:].*|\\d+")) return false;
        }
        return true;
    }

    /** Whether a row of several cells follows a header, right away or after a grouping row. */
    private static boolean rowFollows(List<PdfLine> lines, int header) {
        for (int i = header + 1; i < Math.min(lines.size(), header + 3); i++) {
            if (lines.get(i).chunks().size() >= 2) return true;
        }
        return false;
    }

    private static boolean sameLabels(PdfLine line, PdfLine header) {
        return line.chunks().stream().map(c -> c.text().strip()).toList()
                .equals(header.chunks().stream().map(c -> c.text().strip()).toList());
    }

    /** The words of a line by column: the header label a word overlaps most, else the nearest one. */
    private static String[] place(List<Chunk> chunks, List<Chunk> columns) {
        String[] cells = new String[columns.size()];
        for (Chunk chunk : chunks) {
            int best = -1;
            float most = 0;
            for (int c = 0; c < columns.size(); c++) {
                Chunk label = columns.get(c);
                float overlap = Math.min(chunk.right(), label.right()) - Math.max(chunk.left(), label.left());
                if (overlap > most) {
                    best = c;
                    most = overlap;
                }
            }
            if (best < 0) {
                float nearest = Float.MAX_VALUE;
                for (int c = 0; c < columns.size(); c++) {
                    float distance = Math.abs(centre(chunk) - centre(columns.get(c)));
                    if (distance < nearest) {
                        best = c;
                        nearest = distance;
                    }
                }
            }
            String text = chunk.text().strip();
            cells[best] = cells[best] == null ? text : cells[best] + text;
        }
        return cells;
    }

    private static float centre(Chunk chunk) {
        return (chunk.left() + chunk.right()) / 2;
    }

    private static String[] fill(String text, int columns) {
        String[] row = new String[columns];
        java.util.Arrays.fill(row, text);
        return row;
    }
}
