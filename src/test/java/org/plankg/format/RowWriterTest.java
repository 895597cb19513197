package org.plankg.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Hostile plan text comes out as data, never as markup or a spreadsheet formula. */
class RowWriterTest {

    private static final List<String> COLUMNS = List.of("unit", "quote", "line");
    private static final List<Object> HOSTILE = Arrays.asList("=HYPERLINK(\"http://evil\",\"x\")",
            "\"引号\", 逗号\n换行 </script><b>", null);

    @Test
    void csvKeepsCellsWholeAndDefusesFormulas() throws Exception {
        String csv = TableWriter.csv(COLUMNS, List.of(HOSTILE, Arrays.asList("-1+1", "@SUM(A1)", 42L)));
        List<CSVRecord> records = CSVParser.parse(csv, CSVFormat.RFC4180).getRecords();
        assertEquals(3, records.size(), csv);
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", records.get(1).get(0));
        assertEquals("\"引号\", 逗号\n换行 </script><b>", records.get(1).get(1), "quotes, commas and line breaks kept");
        assertEquals("", records.get(1).get(2));
        assertEquals("'-1+1", records.get(2).get(0));
        assertEquals("'@SUM(A1)", records.get(2).get(1));
        assertEquals("42", records.get(2).get(2), "numbers are not text");
    }

    @Test
    void jsonIsOneObjectPerRowWithTheTextAsWritten() throws Exception {
        String json = TableWriter.json(COLUMNS, List.of(HOSTILE));
        var tree = JsonMapper.builder().build().readTree(json);
        assertEquals(HOSTILE.get(0), tree.get(0).get("unit").asString());
        assertEquals(HOSTILE.get(1), tree.get(0).get("quote").asString());
        assertEquals(true, tree.get(0).get("line").isNull());
        assertEquals(3, json.split("\n").length, "[, one row, ]: " + json);
    }
}
