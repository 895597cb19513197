package org.plankg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.plankg.format.RowStream;
import org.plankg.format.RowWriter;
import org.plankg.format.Table;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link Table} or a {@link RowStream} as a JSON array of objects or as CSV, whichever
 * was negotiated: a stream row by row as it is produced, a table from the bytes kept with it.
 */
class TableConverter extends AbstractHttpMessageConverter<Object> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    TableConverter() {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Table.class.isAssignableFrom(clazz) || RowStream.class.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("tables are not read", input);
    }

    /** Tables up to this size are written once and their bytes kept with them; larger ones are streamed. */
    private static final int RENDERED_ROWS = 20_000;

    @Override
    protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
        if (answer instanceof RowStream stream) {
            try (RowWriter writer = writer(output, stream.columns())) {
                stream.rows().accept(writer::row);
            }
            return;
        }
        Table table = (Table) answer;
        if (table.rows().size() > RENDERED_ROWS) {
            try (RowWriter writer = writer(output, table.columns())) {
                table.rows().forEach(writer::row);
            }
            return;
        }
        MediaType type = output.getHeaders().getContentType();
        boolean csv = type != null && TEXT_CSV.isCompatibleWith(type);
        byte[] bytes = table.renderings().get(csv ? "csv" : "json", () -> (csv ? table.csv() : table.json())
                .getBytes(StandardCharsets.UTF_8));
        output.getBody().write(bytes);
    }

    /** A row writer of the negotiated type onto the response body. */
    static RowWriter writer(HttpOutputMessage output, List<String> columns) throws IOException {
        MediaType type = output.getHeaders().getContentType();
        boolean csv = type != null && TEXT_CSV.isCompatibleWith(type);
        return csv ? RowWriter.csv(output.getBody(), columns) : RowWriter.json(output.getBody(), columns);
    }
}
