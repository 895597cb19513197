package org.plankg.extract;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A plan written as a Word document with POI: headings bold, tables as real Word tables, grouping rows merged. */
public final class WordFiles {

    private WordFiles() {
    }

    public static byte[] docx(List<PublishedForms.Part> parts) {
        return PublishedForms.bytes(out -> {
            try (XWPFDocument word = new XWPFDocument()) {
                word.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("— 1 —");
                for (PublishedForms.Part part : parts) {
                    if (part instanceof PublishedForms.Heading h) {
                        var run = word.createParagraph().createRun();
                        run.setBold(true);
                        run.setText(h.text());
                    } else if (part instanceof PublishedForms.Para p) {
                        word.createParagraph().createRun().setText(p.text());
                    } else if (part instanceof PublishedForms.Grid g) {
                        table(word, g);
                    }
                }
                word.write(out);
            }
        });
    }

    private static void table(XWPFDocument word, PublishedForms.Grid grid) {
        int columns = grid.header().size();
        XWPFTable table = word.createTable(1, columns);
        fill(table.getRow(0), grid.header());
        for (int r = 0; r < grid.rows().size(); r++) {
            List<String> cells = grid.rows().get(r);
            XWPFTableRow row = table.createRow();
            if (cells.size() == 1) {
                while (row.getTableCells().size() > 1) row.removeCell(1);
                XWPFTableCell cell = row.getCell(0);
                cell.setText(cells.get(0));
                var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
            } else {
                fill(row, cells);
                for (int c = 0; c < cells.size(); c++) merge(grid, r, c, row.getCell(c));
            }
        }
    }

    /** A cell continued from the one above is a vMerge continuation, empty; the first of a run restarts it. */
    private static void merge(PublishedForms.Grid grid, int r, int c, XWPFTableCell cell) {
        boolean continues = grid.isMerged(r, c);
        boolean starts = !continues && grid.isMerged(r + 1, c);
        if (!continues && !starts) return;
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var vMerge = properties.addNewVMerge();
        if (starts) vMerge.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
        if (continues) {
            cell.removeParagraph(0);
            cell.addParagraph();
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) row.getCell(c).setText(cells.get(c));
    }
}
