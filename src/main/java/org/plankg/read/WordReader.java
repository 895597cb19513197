package org.plankg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document (.docx, read with POI): its body's paragraphs and tables in order. Headers and
 * footers (page numbers, running titles) are not part of the body and are not read. Merged cells
 * are repeated in the columns and rows they cover. Locators: {@code #p=N} for the N-th paragraph
 * of the body, {@code #table=T&row=R} for a table row.
 */
final class WordReader {

    private WordReader() {
    }

    static Document read(byte[] bytes) throws UnreadableException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Locators locators = new Locators();
            List<Document.Block> blocks = new ArrayList<>();
            int paragraphs = 0;
            int tables = 0;
            for (IBodyElement element : word.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String locator = "#p=" + ++paragraphs;
                    List<String> bold = emphasised(p);
                    for (String line : p.getText().split("\n", -1)) {
                        List<String> own = bold.stream().filter(line::contains).toList();
                        blocks.add(new Document.Paragraph(List.of(new Document.Line(line, locators.add(locator), own))));
                    }
                } else if (element instanceof XWPFTable t) {
                    blocks.add(grid(t, ++tables, locators));
                }
            }
            return new Document(Format.DOCX, DocumentReader.DOCX, blocks, locators.all(), Map.of());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("encrypted Word document: it needs its password removed first");
        } catch (IOException | RuntimeException e) {
            throw problem(e);
        }
    }

    private static Document.Grid grid(XWPFTable table, int number, Locators locators) {
        SpanGrid grid = new SpanGrid();
        for (XWPFTableRow row : table.getRows()) {
            grid.startRow();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.getGridSpan() != null
                        ? ((Number) properties.getGridSpan().getVal()).intValue() : 1;
                boolean continues = properties != null && properties.getVMerge() != null
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                if (continues) grid.continueAbove(span);
                else grid.cell(text(cell), span, 1);
            }
        }
        List<Document.Row> rows = new ArrayList<>();
        List<List<String>> cells = grid.rows();
        for (int r = 0; r < cells.size(); r++) {
            rows.add(new Document.Row(cells.get(r), locators.add("#table=" + number + "&row=" + (r + 1))));
        }
        return new Document.Grid(rows);
    }

    /** The paragraph's bold text, consecutive bold runs joined (a name may be split over runs). */
    private static List<String> emphasised(XWPFParagraph paragraph) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isEmpty()) continue;
            if (run.isBold()) {
                current.append(text);
            } else if (!current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) out.add(current.toString());
        return out;
    }

    /** A cell's paragraphs, one per line. */
    private static String text(XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(p -> p.getText().strip()).filter(t -> !t.isEmpty()).toList());
    }

    /** POI's reasons in words a user can act on; a zip bomb is named as one. */
    static UnreadableException problem(Exception e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).contains("Zip bomb")) {
                return new UnreadableException("refused as a zip bomb: it would expand far beyond its size", e);
            }
        }
        String first = message.lines().findFirst().orElse("");
        return new UnreadableException("corrupt or unreadable Word document (" + (first.length() > 160 ? first.substring(0, 160) + "…" : first) + ")", e);
    }
}
