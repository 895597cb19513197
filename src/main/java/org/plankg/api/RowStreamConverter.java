package org.plankg.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.plankg.format.RowStream;
import org.plankg.format.RowWriter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes a {@link RowStream} as JSON or CSV while its rows are produced. */
class RowStreamConverter extends AbstractHttpMessageConverter<RowStream> {

    RowStreamConverter() {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, TableConverter.TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return RowStream.class.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected RowStream readInternal(Class<? extends RowStream> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("tables are not read", input);
    }

    @Override
    protected void writeInternal(RowStream stream, HttpOutputMessage output) throws IOException {
        try (RowWriter writer = TableConverter.writer(output, stream.columns())) {
            stream.rows().accept(writer::row);
        }
    }
}
