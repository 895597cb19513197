package org.plankg.plan;

import java.util.List;

/**
 * The file a plan was read from: its format ({@code text}, {@code html}, {@code docx}, {@code doc},
 * {@code pdf}), media type, how many paragraphs and division-of-labour table rows were read from
 * it, and where each of its positions is. A text file's positions are its line numbers.
 */
public record PlanFile(String format, String mediaType, int paragraphs, int tableRows, List<String> locators) {

    public boolean isText() {
        return format.equals("text");
    }

    /** Where a position is, to append to the file's name: {@code :12}, {@code #page=3&line=12}, {@code #p=4}. */
    public String locate(int position) {
        return position >= 1 && position <= locators.size() ? locators.get(position - 1) : ":" + position;
    }

    /** A position in words for reports: {@code line 12} or {@code #page=3&line=12}. */
    public String describe(int position) {
        return isText() ? "line " + position : locate(position);
    }
}
