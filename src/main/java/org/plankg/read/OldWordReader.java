package org.plankg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97–2003 document (.doc, read with POI's HWPF): paragraphs and tables of the main text,
 * with the same locators as a .docx ({@code #p=N}, {@code #table=T&row=R}). Merged cells are not
 * repeated: HWPF does not expose the merge.
 */
final class OldWordReader {

    private OldWordReader() {
    }

    static Document read(byte[] bytes) throws UnreadableException {
        try (HWPFDocument word = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = word.getRange();
            Locators locators = new Locators();
            List<Document.Block> blocks = new ArrayList<>();
            int paragraphs = 0;
            int tables = 0;
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    blocks.add(grid(table, ++tables, locators));
                    i += table.numParagraphs() - 1;
                    continue;
                }
                String locator = "#p=" + ++paragraphs;
                for (String line : clean(p.text()).split("\n", -1)) {
                    blocks.add(new Document.Paragraph(List.of(new Document.Line(line, locators.add(locator)))));
                }
            }
            return new Document(Format.DOC, "application/msword", blocks, locators.all(), Map.of());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("encrypted Word document: it needs its password removed first");
        } catch (IOException | RuntimeException e) {
            throw WordReader.problem(e);
        }
    }

    private static Document.Grid grid(Table table, int number, Locators locators) {
        List<Document.Row> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) cells.add(clean(row.getCell(c).text()).replace("\n", "").strip());
            rows.add(new Document.Row(cells, locators.add("#table=" + number + "&row=" + (r + 1))));
        }
        return new Document.Grid(rows);
    }

    /** Word's paragraph, cell and line-break marks: a vertical tab is a line break. */
    private static String clean(String text) {
        return text.replace('\u000b', '\n').replaceAll("[\\r\\u0007\\f]", "").replaceAll("\\n$", "");
    }
}
