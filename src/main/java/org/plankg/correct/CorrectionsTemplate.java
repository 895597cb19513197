package org.plankg.correct;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plankg.plan.Assignment;
import org.plankg.plan.Plan;

/**
 * A plan's corrections file to start from: its corrections so far, then every assignment as read
 * with an empty change (a row that changes nothing until its change is filled in), ready to edit
 * in a spreadsheet or a text editor.
 */
public final class CorrectionsTemplate {

    private CorrectionsTemplate() {
    }

    public static String csv(Plan asRead, List<Correction> corrections) {
        StringWriter out = new StringWriter();
        out.write("# corrections of " + asRead.source() + " (" + asRead.district().name() + " " + asRead.period() + ")\n"
                + "# save as " + asRead.source() + CorrectionsFile.SUFFIX + " beside the plan; one correction per row\n"
                + "# change: add, remove, role (to: the new role), align (to: youth, farmers, …, or none), rename (to: the right name)\n"
                + "# a row whose change is empty is the plan as read and changes nothing\n");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CorrectionsFile.COLUMNS.toArray(String[]::new))
                .setRecordSeparator('\n').get())) {
            for (Correction c : corrections) {
                csv.printRecord(cells(c.change().key(), c.item(), c.task(), c.unit(), c.role() == null ? "" : c.role().key(), c.to(),
                        c.planLine(), c.quote(), c.reason(), c.by(), c.date()));
            }
            for (Assignment a : asRead.assignments()) {
                csv.printRecord(cells("", a.item() == null ? "" : a.item().name(), a.task(), a.unit().name(), a.role().key(), "",
                        a.line(), a.quote(), "", "", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Cells as text; one a spreadsheet would run as a formula is prefixed with ' (CorrectionsFile reads it back without). */
    private static Object[] cells(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            String text = values[i] == null ? "" : values[i].toString();
            cells[i] = CorrectionsFile.looksLikeFormula(text) ? "'" + text : text;
        }
        return cells;
    }
}
