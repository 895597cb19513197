package org.plankg.read;

import java.util.List;
import java.util.Map;

/**
 * A file as the plan reader sees it, whatever its format: paragraphs and tables in reading order.
 * Every line of a paragraph and every table row has a position (1, 2, …) in one numbering, and
 * {@code locators} says where each position is in the original file ({@code #page=3&line=12},
 * {@code #p=4}); a text file has none, its positions are its line numbers. {@code metadata} holds
 * what the file says about itself outside its text (a web page's 发布机构, 发布日期, …).
 */
public record Document(Format format, String mediaType, List<Block> blocks, List<String> locators,
                       Map<String, String> metadata) {

    /** A paragraph or a table. */
    public sealed interface Block permits Paragraph, Grid {
    }

    /**
     * One line of text at a position; {@code emphasised}: the runs of it set in bold, consecutive
     * runs joined (a document may say what bold means: 字体加黑的为牵头单位).
     */
    public record Line(String text, int position, List<String> emphasised) {

        public Line(String text, int position) {
            this(text, position, List.of());
        }
    }

    /** A paragraph: one line, or the lines a PDF wrapped it into, to be read joined. */
    public record Paragraph(List<Line> lines) implements Block {
    }

    /**
     * A table row: its cells by column (spanned cells repeated in every column they span). A cell's
     * paragraphs and line breaks are kept as {@code \n}: whether a break separates two names or wraps
     * one is for the reader of the cell to say.
     */
    public record Row(List<String> cells, int position) {
    }

    /** A table with real rows and cells. */
    public record Grid(List<Row> rows) implements Block {
    }

}
