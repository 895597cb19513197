package org.plankg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plan printed to PDF with PDFBox in a CJK TrueType font of a Debian package (fonts-wqy-zenhei
 * or fonts-arphic-uming, installed by .ci/run; characters it lacks, such as the superscript footnote
 * markers, in DejaVu Sans, as a word processor falls back): paragraphs indented and wrapped at the page width
 * (never inside a run of Latin letters and digits), a running header and a page number
 * (— 3 —) on every page; tables drawn as tables: each cell's text at its column, wrapped inside
 * it (names broken across lines), a merged cell printed once, a grouping row across the table.
 */
public final class PdfFiles {

    static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    static final Path FALLBACK = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final String RUNNING_HEADER = "全民科学素质行动规划纲要实施方案";
    private static final float SIZE = 12;
    private static final float LEADING = 20;
    private static final float MARGIN = 72;
    /** Space between a table cell's border and its text. */
    private static final float PADDING = 6;
    private static final float NARROW = 6 * SIZE;
    private static final Pattern TOKEN = Pattern.compile("[!-~]+|.", Pattern.DOTALL);

    private PdfFiles() {
    }

    static Path font() {
        return FONTS.stream().filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CJK TrueType font; install fonts-wqy-zenhei (see .ci/run)"));
    }

    public static byte[] pdf(List<PublishedForms.Part> parts) {
        return PublishedForms.bytes(out -> {
            try (TrueTypeCollection collection = new TrueTypeCollection(font().toFile()); PDDocument pdf = new PDDocument()) {
                List<TrueTypeFont> fonts = new ArrayList<>();
                collection.processAllFonts(fonts::add);
                Fonts font = new Fonts(PDType0Font.load(pdf, fonts.get(0), true), PDType0Font.load(pdf, FALLBACK.toFile()));
                List<Drawn> lines = new ArrayList<>();
                for (PublishedForms.Part part : parts) {
                    if (part instanceof PublishedForms.Heading h) wrap(font, h.text()).forEach(l -> lines.add(Drawn.text(l)));
                    else if (part instanceof PublishedForms.Para p) wrap(font, p.text().replace('\t', ' ')).forEach(l -> lines.add(Drawn.text(l)));
                    else if (part instanceof PublishedForms.Grid g) lines.addAll(table(font, g));
                }
                write(pdf, font, lines);
                pdf.save(out);
            }
        });
    }

    /** A line to draw: pieces of text at their x positions (a paragraph's line is one piece at the margin). */
    private record Drawn(List<String> texts, List<Float> xs) {
        static Drawn text(String line) {
            boolean indent = line.startsWith("\u0000");
            return new Drawn(List.of(indent ? line.substring(1) : line), List.of(MARGIN + (indent ? 2 * SIZE : 0)));
        }
    }

    /** A table's lines: the header, then each row's cells wrapped inside their columns, line by line. */
    private static List<Drawn> table(Fonts font, PublishedForms.Grid grid) throws IOException {
        int columns = grid.header().size();
        float[] weight = new float[columns];
        for (int c = 0; c < columns; c++) {
            float widest = font.width(grid.header().get(c), SIZE);
            for (List<String> row : grid.rows()) {
                if (row.size() == columns) widest = Math.max(widest, Math.min(font.width(row.get(c), SIZE), 18 * SIZE));
            }
            weight[c] = widest + 2 * PADDING;
        }
        // narrow columns (序号, 时限) keep their width; the wide ones share what is left of the page
        float available = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float narrow = 0;
        float wide = 0;
        for (float w : weight) {
            if (w <= NARROW) narrow += w;
            else wide += w;
        }
        float[] x = new float[columns];
        float[] width = new float[columns];
        float at = MARGIN;
        for (int c = 0; c < columns; c++) {
            width[c] = weight[c] <= NARROW ? weight[c] : (available - narrow) * weight[c] / wide;
            x[c] = at;
            at += width[c];
        }
        List<Drawn> lines = new ArrayList<>();
        float[] labels = x.clone();
        for (int c = 0; c < columns; c++) labels[c] += PADDING;
        lines.add(new Drawn(grid.header(), floats(labels)));
        for (int r = 0; r < grid.rows().size(); r++) {
            List<String> row = grid.rows().get(r);
            if (row.size() == 1) {
                lines.add(new Drawn(List.of(row.get(0)), List.of(x[0])));
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<String> wrapped = grid.isMerged(r, c) ? List.of() : cell(font, row.get(c), width[c] - 2 * PADDING);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            for (int l = 0; l < height; l++) {
                List<String> texts = new ArrayList<>();
                List<Float> xs = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    if (l < cells.get(c).size()) {
                        texts.add(cells.get(c).get(l));
                        xs.add(x[c] + PADDING);
                    }
                }
                lines.add(new Drawn(texts, xs));
            }
        }
        return lines;
    }

    private static List<Float> floats(float[] values) {
        List<Float> out = new ArrayList<>();
        for (float v : values) out.add(v);
        return out;
    }

    /** A cell's text wrapped at its width, character by character (a name may break across lines). */
    private static List<String> cell(Fonts font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String candidate = line.toString() + text.charAt(i);
            if (font.width(candidate, SIZE) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(text.charAt(i));
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** A paragraph's lines; the first starts with two ideographic spaces of indent (drawn as an offset). */
    private static List<String> wrap(Fonts font, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("\u0000");
        Matcher token = TOKEN.matcher(text.strip());
        while (token.find()) {
            String t = token.group();
            String candidate = line + t;
            if (width(font, candidate) > width && line.length() > 1) {
                lines.add(line.toString());
                line = new StringBuilder(t.isBlank() ? "" : t);
            } else {
                line.append(t);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(Fonts font, String line) throws IOException {
        boolean indent = line.startsWith("\u0000");
        String text = indent ? line.substring(1) : line;
        return font.width(text, SIZE) + (indent ? 2 * SIZE : 0);
    }

    private static void write(PDDocument pdf, Fonts font, List<Drawn> lines) throws IOException {
        float top = PDRectangle.A4.getHeight() - MARGIN;
        int perPage = (int) ((top - MARGIN) / LEADING);
        for (int from = 0, page = 1; from < lines.size(); from += perPage, page++) {
            PDPage p = new PDPage(PDRectangle.A4);
            pdf.addPage(p);
            try (PDPageContentStream content = new PDPageContentStream(pdf, p)) {
                centred(content, font, 9, RUNNING_HEADER, PDRectangle.A4.getHeight() - 40);
                centred(content, font, 10, "— " + page + " —", 36);
                float y = top;
                for (Drawn line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                    for (int t = 0; t < line.texts().size(); t++) text(content, font, SIZE, line.texts().get(t), line.xs().get(t), y);
                    y -= LEADING;
                }
            }
        }
    }

    private static void centred(PDPageContentStream content, Fonts font, float size, String text, float y) throws IOException {
        float w = font.width(text, size);
        text(content, font, size, text, (PDRectangle.A4.getWidth() - w) / 2, y);
    }

    private static void text(PDPageContentStream content, Fonts font, float size, String text, float x, float y) throws IOException {
        if (text.isEmpty()) return;
        content.beginText();
        content.newLineAtOffset(x, y);
        for (String run : font.runs(text)) {
            content.setFont(font.of(run.charAt(0)), size);
            content.showText(run);
        }
        content.endText();
    }

    /** The CJK font, and the fallback for the characters it has no glyph for. */
    private record Fonts(PDType0Font cjk, PDType0Font fallback) {

        PDType0Font of(char c) {
            try {
                cjk.encode(String.valueOf(c));
                return cjk;
            } catch (IllegalArgumentException | IOException e) {
                return fallback;
            }
        }

        /** The text cut where the font changes. */
        List<String> runs(String text) {
            List<String> runs = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                boolean same = !runs.isEmpty() && of(text.charAt(i)) == of(text.charAt(i - 1));
                if (same) runs.set(runs.size() - 1, runs.get(runs.size() - 1) + text.charAt(i));
                else runs.add(String.valueOf(text.charAt(i)));
            }
            return runs;
        }

        float width(String text, float size) throws IOException {
            float w = 0;
            for (String run : runs(text)) w += of(run.charAt(0)).getStringWidth(run) / 1000 * size;
            return w;
        }
    }
}
