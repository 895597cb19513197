package org.plankg.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text lines of a PDF's pages as PDFBox lays them out, each with where it starts and ends. */
final class PdfLines extends PDFTextStripper {

    /** A line of a page: its text, left and right edge, and the size of its font, in points. */
    record PdfLine(String text, float left, float right, float fontSize) {
    }

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float left = Float.NaN;
    private float right;
    private float fontSize;

    private PdfLines() {
        setSortByPosition(true);
    }

    static List<List<PdfLine>> of(PDDocument pdf) throws IOException {
        PdfLines lines = new PdfLines();
        lines.getText(pdf);
        return lines.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        pages.add(new ArrayList<>());
    }

    @Override
    protected void endPage(PDPage page) {
        endLine();
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        if (positions.isEmpty()) return;
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        if (Float.isNaN(left)) {
            left = first.getXDirAdj();
            fontSize = first.getFontSizeInPt();
        }
        right = last.getXDirAdj() + last.getWidthDirAdj();
        text.append(string);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (!text.toString().isBlank() && !pages.isEmpty()) {
            pages.get(pages.size() - 1).add(new PdfLine(text.toString().strip(), left, right, fontSize));
        }
        text.setLength(0);
        left = Float.NaN;
    }
}
