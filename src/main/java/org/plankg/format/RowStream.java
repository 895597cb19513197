package org.plankg.format;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table whose rows are produced while it is written, so that an answer of any size is sent
 * row by row without being held in memory. {@code total} is the number of rows of the whole
 * table when a page of it is written, or null.
 */
public record RowStream(List<String> columns, Consumer<Consumer<List<Object>>> rows, Long total) {
}
