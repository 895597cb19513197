package org.plankg.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.plankg.read.PdfLines.PdfLine;

/**
 * A PDF with a text layer (read with PDFBox). Page numbers (— 3 —, - 3 -, 第3页) and running
 * headers and footers (the same line at the top or bottom of most pages) are dropped; a line that
 * runs to the right margin is joined with the next unless that one is indented (a new paragraph),
 * across pages too, and a Latin word hyphenated at the line end is joined again. Locators:
 * {@code #page=P&line=L}, the L-th text line of page P.
 */
final class PdfReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*\\d{1,4}[-—–－\\s]*$|^第\\s*\\d{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?$|^\\d{1,4}\\s*/\\s*\\d{1,4}$");
    private static final int RUNNING_MAX_CHARS = 40;
    private static final int MIN_TEXT_CHARS = 10;

    /** A line kept, with its page and its number on the page. */
    private record Placed(PdfLine line, int page, int number) {
    }

    private PdfReader() {
    }

    static Document read(byte[] bytes) throws UnreadableException {
        List<List<PdfLine>> pages;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            pages = PdfLines.of(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("encrypted PDF: it needs its password removed first");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("corrupt or unreadable PDF (" + e.getMessage() + ")", e);
        }
        List<Placed> body = body(pages);
        if (body.stream().mapToInt(p -> p.line().text().strip().length()).sum() < MIN_TEXT_CHARS) {
            throw new UnreadableException("no text layer: it needs OCR first");
        }
        return paragraphs(body);
    }

    /** The lines of all pages without page numbers and running headers and footers. */
    private static List<Placed> body(List<List<PdfLine>> pages) {
        Set<String> running = running(pages);
        List<Placed> body = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLine> lines = pages.get(p);
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text().strip();
                boolean edge = i < 2 || i >= lines.size() - 2;
                if (edge && (PAGE_NUMBER.matcher(text).matches() || running.contains(key(text)))) continue;
                body.add(new Placed(lines.get(i), p + 1, i + 1));
            }
        }
        return body;
    }

    /** Short lines at the top or bottom of at least half the pages (and two): running headers and footers. */
    private static Set<String> running(List<List<PdfLine>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<PdfLine> lines : pages) {
            Set<String> edges = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text().strip();
                if ((i < 2 || i >= lines.size() - 2) && text.length() <= RUNNING_MAX_CHARS) edges.add(key(text));
            }
            edges.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= 2 && n * 2 >= pages.size()) running.add(k);
        });
        return running;
    }

    /** A line with its numbers blanked, so 第3页 and 第4页 are one running footer. */
    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }

    private static Document paragraphs(List<Placed> body) {
        float left = (float) body.stream().mapToDouble(p -> p.line().left()).min().orElse(0);
        float right = (float) body.stream().mapToDouble(p -> p.line().right()).max().orElse(0);
        Locators locators = new Locators();
        List<Document.Block> blocks = new ArrayList<>();
        List<Document.Line> current = new ArrayList<>();
        List<PdfLine> lines = body.stream().map(Placed::line).toList();
        for (int i = 0; i < body.size(); i++) {
            PdfTables.Found table = current.isEmpty() ? PdfTables.at(lines, i) : null;
            if (table != null) {
                List<Document.Row> rows = new ArrayList<>();
                for (int r = 0; r < table.rows().size(); r++) {
                    Placed first = body.get(table.firstLines().get(r));
                    rows.add(new Document.Row(table.rows().get(r), locators.add("#page=" + first.page() + "&line=" + first.number())));
                }
                blocks.add(new Document.Grid(rows));
                i = table.end() - 1;
                continue;
            }
            Placed placed = body.get(i);
            PdfLine line = placed.line();
            String text = line.text();
            Placed next = i + 1 < body.size() ? body.get(i + 1) : null;
            boolean wraps = next != null && line.right() >= right - 1.2f * line.fontSize()
                    && next.line().left() <= left + 0.5f * next.line().fontSize();
            if (wraps) text = rejoined(text, next.line().text());
            current.add(new Document.Line(text, locators.add("#page=" + placed.page() + "&line=" + placed.number())));
            if (!wraps) {
                blocks.add(new Document.Paragraph(List.copyOf(current)));
                current.clear();
            }
        }
        return new Document(Format.PDF, "application/pdf", blocks, locators.all(), Map.of());
    }

    /** The end of a wrapped line as it joins the next: a hyphen between Latin letters dropped, a space kept between words. */
    private static String rejoined(String line, String next) {
        if (line.isEmpty() || next.isEmpty()) return line;
        char end = line.charAt(line.length() - 1);
        char start = next.charAt(0);
        if (end == '-' && line.length() >= 2 && isLatin(line.charAt(line.length() - 2)) && Character.isLowerCase(start)) {
            return line.substring(0, line.length() - 1);
        }
        return isLatin(end) && isLatin(start) ? line + " " : line;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
