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

    /** A line of a page: its text, left and right edge, the size of its font and its baseline (from the top), in points, and its words as PDFBox separated them. */
    record PdfLine(String text, float left, float right, float fontSize, float y, List<Chunk> chunks) {
    }

    /** A run of text between two gaps, with its left and right edge. */
    record Chunk(String text, float left, float right) {
    }

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float left = Float.NaN;
    private float right;
    private float fontSize;
    private float y;
    private final List<Chunk> chunks = new ArrayList<>();

    private PdfLines() {
        setSortByPosition(true);
        // a gap of a few points is a gap: table cells a column apart are separate words, whatever the font's space
        setSpacingTolerance(SPACING_TOLERANCE);
        setAverageCharTolerance(CHAR_TOLERANCE);
    }

    private static final float SPACING_TOLERANCE = 0.3f;
    private static final float CHAR_TOLERANCE = 0.15f;

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
            y = first.getYDirAdj();
        }
        right = last.getXDirAdj() + last.getWidthDirAdj();
        text.append(string);
        chunks.add(new Chunk(string, first.getXDirAdj(), right));
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
            pages.get(pages.size() - 1).add(new PdfLine(text.toString().strip(), left, right, fontSize, y,
                    chunks.stream().filter(c -> !c.text().isBlank()).toList()));
        }
        text.setLength(0);
        chunks.clear();
        left = Float.NaN;
    }
}
