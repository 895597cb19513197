package org.plankg.format;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The researchers' CSV files (corrections, reforms): UTF-8 with or without a BOM, a header line,
 * {@code #} comments, blank lines and spaces around cells ignored, as a spreadsheet saves them.
 */
public final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private CsvFiles() {
    }

    public static CSVParser parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get();
    }

    /** The columns of {@code wanted} the file's header lacks. */
    public static List<String> missing(CSVParser parser, List<String> wanted) {
        return wanted.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
    }
}
