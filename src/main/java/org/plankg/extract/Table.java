package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A division-of-labour table (重点任务分工表): which column holds the task number, the task and
 * the lead, participating or responsible units, and its rows, each either a grouping row naming an
 * action or project or a task row with its cells by column. Lines are source lines.
 */
record Table(Columns columns, List<Row> rows, int firstLine, int lastLine) {

    /** 牵头单位, or 牵头 alone under a spanning 责任分工. */
    private static final Pattern LEAD = Pattern.compile("^(?:(?:牵头|主责|主办|主要责任|主要负责)(?:单位|部门)|牵头|主责)$");
    private static final Pattern OTHER = Pattern.compile("^(?:(?:责任|配合|参与|参加|协同|协办|协作|协助|配合参与)(?:单位|部门)|配合|参与|协办)$");
    private static final Pattern HELPER = Pattern.compile("^(?:配合|参与|参加|协同|协办|协作|协助)");
    private static final Pattern NUMBER = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern TASK = Pattern.compile("任务|工作|内容|措施|事项");
    /** A column that names the item of its rows: 重点领域, 类别. */
    private static final Pattern AREA = Pattern.compile("领域|类别|板块|方面");
    private static final int LABEL_MAX_CHARS = 10;
    /** A column that gives each row's units their role in a word (责任类别: 牵头, 配合, 共同负责). */
    private static final Pattern KIND = Pattern.compile("^(?:责任|职责|分工)(?:类别|类型|性质|方式)$");
    /** A column of remarks, which may name the lead among a row's units (X牵头). */
    private static final Pattern REMARKS = Pattern.compile("^(?:备注|说明|附注)$");
    private static final Pattern SAME_AS_ABOVE = Pattern.compile("同上|同前|同上栏");

    /**
     * The columns of a header row; {@code -1} where the table has no such column. {@code others}: the
     * unit columns besides the lead's; {@code helpers}: those of them whose label says they take part
     * (配合单位), not that they answer (责任单位); {@code area}: a column that names its rows' item by its
     * header (重点领域); {@code remarks}: a 备注 column; {@code kind}: a column giving the row's units their role
     * in a word (责任类别), one unit a row.
     */
    record Columns(int count, int number, int task, int lead, List<Integer> others, int detail, List<Integer> helpers, int area, int remarks,
                   int kind) {

        /** The columns if these header cells name at least one unit column, else null. */
        static Columns of(List<String> cells) {
            if (cells.size() < 2 || cells.stream().anyMatch(c -> c.length() > LABEL_MAX_CHARS)) return null;
            int number = -1;
            int task = -1;
            int lead = -1;
            int detail = -1;
            List<Integer> others = new ArrayList<>();
            List<Integer> helpers = new ArrayList<>();
            int area = -1;
            int remarks = -1;
            int kind = -1;
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i).replace(" ", "");
                if (LEAD.matcher(c).matches()) lead = i;
                else if (kind < 0 && KIND.matcher(c).matches()) kind = i;
                else if (area < 0 && AREA.matcher(c).find() && !TASK.matcher(c).find()) area = i;
                else if (OTHER.matcher(c).matches()) {
                    others.add(i);
                    if (HELPER.matcher(c).find()) helpers.add(i);
                }
                else if (NUMBER.matcher(c).matches()) number = i;
                else if (task < 0 && TASK.matcher(c).find()) task = i;
                else if (detail < 0 && TASK.matcher(c).find()) detail = i;
                else if (remarks < 0 && REMARKS.matcher(c).matches()) remarks = i;
            }
            return lead < 0 && others.isEmpty() ? null : new Columns(cells.size(), number, task, lead, others, detail, helpers, area, remarks, kind);
        }

        /** Whether a column's label says what it holds. */
        boolean claims(int column) {
            return column == number || column == task || column == lead || others.contains(column) || column == detail || column == area
                    || column == remarks || column == kind;
        }
    }

    /**
     * This table with its one answering column (责任单位) as the lead column, where the plan says so
     * (“责任单位”为牵头落实单位) and the table has no lead column of its own; else this table.
     */
    Table answeringLeads() {
        List<Integer> answering = columns.others().stream().filter(c -> !columns.helpers().contains(c)).toList();
        if (columns.lead() >= 0 || answering.size() != 1) return this;
        List<Integer> others = columns.others().stream().filter(c -> !c.equals(answering.get(0))).toList();
        Columns led = new Columns(columns.count(), columns.number(), columns.task(), answering.get(0), others,
                columns.detail(), columns.helpers(), columns.area(), columns.remarks(), columns.kind());
        return new Table(led, rows, firstLine, lastLine);
    }

    /** A grouping row ({@code group} set) or a task row ({@code cells} by column, null where empty). */
    record Row(Text group, Text[] cells, Text quote, int line) {

        static Row group(Text name, Text line) {
            return new Row(name, null, line, line.firstLine());
        }

        /** A task row from its cells and the lines it was read from, quoted as published. */
        static Row of(Text[] cells, List<Text> lines) {
            List<Text> quoted = new ArrayList<>();
            for (Text line : lines) {
                if (!quoted.isEmpty()) quoted.add(Text.line("\n", line.firstLine()));
                quoted.add(line.strip());
            }
            return new Row(null, cells, Text.concat(quoted), lines.get(0).firstLine());
        }

        /** This row with each cell that says 同上 (as above) holding the cell above it. */
        Row sameAsAbove(Row above) {
            if (above == null) return this;
            Text[] filled = cells.clone();
            boolean changed = false;
            for (int c = 0; c < filled.length; c++) {
                if (filled[c] != null && SAME_AS_ABOVE.matcher(filled[c].norm().strip()).matches()) {
                    filled[c] = above.cell(c);
                    changed = true;
                }
            }
            return changed ? new Row(group, filled, quote, line) : this;
        }

        boolean isGroup() {
            return group != null;
        }

        Text cell(int column) {
            return column < 0 || column >= cells.length || cells[column] == null ? Text.EMPTY : cells[column];
        }
    }
}
