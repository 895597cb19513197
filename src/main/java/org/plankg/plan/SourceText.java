package org.plankg.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan's text as it was read, position by position (a text file's lines; a Word file's
 * paragraphs and table rows, cells separated by tabs; a PDF's lines): what a preview shows and
 * what a correction's quote must still be found in.
 */
public final class SourceText {

    /** The text at one position. */
    public record Line(int position, String text) {
    }

    private final List<Line> lines;
    /** The text without whitespace, and for each of its characters the position it came from. */
    private final String compact;
    private final int[] positions;

    public SourceText(List<Line> lines) {
        this.lines = List.copyOf(lines);
        StringBuilder text = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (Line line : this.lines) {
            line.text().codePoints().filter(c -> !isSpace(c)).forEach(c -> {
                int before = text.length();
                text.appendCodePoint(c);
                for (int i = before; i < text.length(); i++) at.add(line.position());
            });
        }
        this.compact = text.toString();
        this.positions = at.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<Line> lines() {
        return lines;
    }

    /** The text at a position, if there is one. */
    public Optional<String> at(int position) {
        return lines.stream().filter(l -> l.position() == position).map(Line::text).findFirst();
    }

    /** The positions at which the quote starts, whitespace ignored on both sides (a quote may run over lines). */
    public List<Integer> find(String quote) {
        String wanted = quote.codePoints().filter(c -> !isSpace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<Integer> found = new ArrayList<>();
        if (wanted.isEmpty()) return found;
        for (int i = compact.indexOf(wanted); i >= 0; i = compact.indexOf(wanted, i + 1)) {
            if (found.isEmpty() || found.get(found.size() - 1) != positions[i]) found.add(positions[i]);
        }
        return found;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
