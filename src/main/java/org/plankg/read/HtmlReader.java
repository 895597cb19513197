package org.plankg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page: decoded in the charset it declares, its site chrome dropped
 * ({@link PageChrome}), then its block elements read in order as paragraphs (a {@code <br>}
 * breaks a line) and its data tables as grids. Tables used for layout are read through.
 * Locators: {@code #p=N} for the N-th paragraph line, {@code #table=T&row=R} for a table row.
 */
final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "blockquote", "pre", "section", "article", "main", "center", "address", "ul", "ol", "dl", "tr", "td", "th",
            "tbody", "thead", "table", "hr", "body");
    private static final int CELL_MAX_CHARS = 300;

    private final Locators locators = new Locators();
    private final List<Document.Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int paragraphs;
    private int tables;

    private HtmlReader() {
    }

    static Document read(byte[] bytes) {
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlCharset.decode(bytes));
        Map<String, String> metadata = PageChrome.strip(page.body());
        if (!page.title().isBlank()) metadata.putIfAbsent("pageTitle", page.title().strip());
        HtmlReader reader = new HtmlReader();
        reader.walk(page.body());
        reader.flush();
        return new Document(Format.HTML, "text/html", reader.blocks, reader.locators.all(), metadata);
    }

    private void walk(Node node) {
        if (node instanceof TextNode t) {
            line.append(t.text());
            return;
        }
        if (!(node instanceof Element e)) return;
        if (e.normalName().equals("br")) {
            flush();
            return;
        }
        if (e.normalName().equals("table") && isDataTable(e)) {
            flush();
            grid(e);
            return;
        }
        boolean block = BLOCKS.contains(e.normalName());
        if (block) flush();
        for (Node child : e.childNodes()) walk(child);
        if (block) flush();
    }

    private void flush() {
        String text = line.toString();
        line.setLength(0);
        if (text.isBlank()) return;
        int position = locators.add("#p=" + ++paragraphs);
        blocks.add(new Document.Paragraph(List.of(new Document.Line(text.strip(), position))));
    }

    /** A table of data, not of layout: no tables inside, at least two rows and two columns, short cells. */
    private static boolean isDataTable(Element table) {
        if (!table.select("table table").isEmpty() || !table.select("td table, th table").isEmpty()) return false;
        List<Element> rows = table.select("tr");
        if (rows.size() < 2 || rows.stream().noneMatch(r -> r.select("> td, > th").size() >= 2)) return false;
        return table.select("td, th").stream().allMatch(c -> c.text().length() <= CELL_MAX_CHARS);
    }

    private void grid(Element table) {
        tables++;
        SpanGrid grid = new SpanGrid();
        List<Element> rows = table.select("tr");
        for (Element row : rows) {
            grid.startRow();
            for (Element cell : row.select("> td, > th")) {
                grid.cell(cellText(cell), span(cell, "colspan"), span(cell, "rowspan"));
            }
        }
        List<Document.Row> out = new ArrayList<>();
        List<List<String>> cells = grid.rows();
        for (int r = 0; r < cells.size(); r++) {
            out.add(new Document.Row(cells.get(r), locators.add("#table=" + tables + "&row=" + (r + 1))));
        }
        blocks.add(new Document.Grid(out));
    }

    /** A cell's text, its paragraphs and line breaks kept as lines. */
    private static String cellText(Element cell) {
        StringBuilder text = new StringBuilder();
        cellText(cell, text);
        return String.join("\n", text.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static void cellText(Element element, StringBuilder text) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) text.append(t.text().replace('\n', ' '));
            } else if (child instanceof Element e) {
                boolean block = e.normalName().equals("br") || BLOCKS.contains(e.normalName());
                if (block) text.append('\n');
                cellText(e, text);
                if (block) text.append('\n');
            }
        }
    }

    private static int span(Element cell, String attribute) {
        try {
            return Math.max(1, Math.min(100, Integer.parseInt(cell.attr(attribute).strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
