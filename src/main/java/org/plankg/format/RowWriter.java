package org.plankg.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * Writes a table row by row, as it is read: a JSON array of objects (Jackson's streaming
 * generator, one object a line) or CSV (Commons CSV, RFC 4180 with a header row). Nothing is
 * kept but the row being written.
 */
public interface RowWriter extends AutoCloseable {

    void row(List<?> values);

    /** Ends the table (closes the array) and flushes; the stream is left open. */
    @Override
    void close();

    static RowWriter json(OutputStream out, List<String> columns) {
        return new Json(out, columns);
    }

    static RowWriter csv(OutputStream out, List<String> columns) {
        return new Csv(new OutputStreamWriter(out, StandardCharsets.UTF_8), columns);
    }

    /** One object a line inside the array, as `extract` has always printed. */
    final class Json implements RowWriter {
        private static final JsonFactory FACTORY = new JsonFactory();
        private final JsonGenerator generator;
        private final List<String> columns;

        private Json(OutputStream out, List<String> columns) {
            this.columns = columns;
            PrettyPrinter lines = new MinimalPrettyPrinter() {
                @Override
                public void beforeArrayValues(JsonGenerator g) {
                    g.writeRaw("\n  ");
                }

                @Override
                public void writeArrayValueSeparator(JsonGenerator g) {
                    g.writeRaw(",\n  ");
                }

                @Override
                public void writeEndArray(JsonGenerator g, int values) {
                    g.writeRaw(values == 0 ? "]" : "\n]");
                }

                @Override
                public void writeObjectNameValueSeparator(JsonGenerator g) {
                    g.writeRaw(": ");
                }

                @Override
                public void writeObjectEntrySeparator(JsonGenerator g) {
                    g.writeRaw(", ");
                }
            };
            ObjectWriteContext context = new ObjectWriteContext.Base() {
                @Override
                public PrettyPrinter getPrettyPrinter() {
                    return lines;
                }

                @Override
                public boolean hasPrettyPrinter() {
                    return true;
                }
            };
            generator = FACTORY.createGenerator(context, new NonClosing(out));
            generator.writeStartArray();
        }

        @Override
        public void row(List<?> values) {
            generator.writeStartObject();
            for (int c = 0; c < columns.size(); c++) {
                generator.writeName(columns.get(c));
                Object v = values.get(c);
                if (v == null) generator.writeNull();
                else if (v instanceof Long l) generator.writeNumber(l);
                else if (v instanceof Integer i) generator.writeNumber(i);
                else if (v instanceof java.math.BigDecimal d) generator.writeNumber(d);
                else if (v instanceof Boolean b) generator.writeBoolean(b);
                else generator.writeString(v.toString());
            }
            generator.writeEndObject();
        }

        @Override
        public void close() {
            generator.writeEndArray();
            generator.writeRaw("\n");
            generator.close();
        }
    }

    final class Csv implements RowWriter {
        private final Writer writer;
        private final CSVPrinter printer;

        private Csv(Writer writer, List<String> columns) {
            this.writer = writer;
            try {
                printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                printer.printRecord(columns);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> values) {
            try {
                printer.printRecord(values.stream().map(Csv::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Text from a plan is untrusted: a cell a spreadsheet would run as a formula (=, +, -, @,
         * tab or carriage return first) is written with a leading apostrophe, as OWASP advises.
         */
        static Object cell(Object value) {
            if (value == null) return "";
            if (value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) return "'" + s;
            return value;
        }

        @Override
        public void close() {
            try {
                printer.flush();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Keeps the generator from closing the response stream it writes to. */
    final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
