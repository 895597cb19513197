package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.PlanLayout.ItemDraft;
import org.plankg.extract.PlanLayout.TaskDraft;
import org.plankg.extract.Responsibilities.Statement;
import org.plankg.vocab.Vocabulary;

/**
 * Puts the rows of a division-of-labour table in the plan: a grouping row names the action or
 * project of the rows below it (matched to the body's item by name, else by the national item both
 * align to), a task row is matched to the item's task by name, else by number; a row whose task
 * or item the body lacks gets one of its own. Each row's unit cells become a task-level statement.
 */
final class TableTasks {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern NOT_NAME = Pattern.compile("[\\s。，、；：.（）“”《》]");

    /** A table row's statement, placed on a task of an item. */
    record Placed(ItemDraft item, int task, Statement statement) {
    }

    private TableTasks() {
    }

    static List<Placed> place(Table table, PlanLayout layout, Vocabulary vocabulary, List<String> warnings, String source) {
        List<Placed> placed = new ArrayList<>();
        Table.Columns columns = table.columns();
        ItemDraft item = null;
        for (Table.Row row : table.rows()) {
            if (row.isGroup()) {
                item = item(row, layout, vocabulary);
                if (item == null) warnings.add(source + ":" + row.line() + ": table group names no action or project: " + row.group().orig());
                continue;
            }
            if (item == null) {
                warnings.add(source + ":" + row.line() + ": table row outside any action or project, not read");
                continue;
            }
            TaskDraft task = task(item, row.cell(columns.task()), row.cell(columns.number()), row.line());
            List<Text> others = columns.others().stream().map(row::cell).toList();
            Statement statement = Responsibilities.statement(row.quote(), List.of(row.cell(columns.lead())), others);
            placed.add(new Placed(item, task.number, statement));
        }
        return placed;
    }

    private static ItemDraft item(Table.Row row, PlanLayout layout, Vocabulary vocabulary) {
        Matcher numbering = TextTable.GROUP.matcher(row.group().norm());
        String name = bare(numbering.find() ? row.group().norm().substring(numbering.end()) : row.group().norm());
        if (!(name.endsWith("行动") || name.endsWith("工程"))) return null;
        for (ItemDraft draft : layout.items) {
            if (draft.name.equals(name)) return draft;
        }
        for (ItemDraft draft : layout.items) {
            if (draft.name.contains(name) || name.contains(draft.name)) return draft;
        }
        ItemDraft created = new ItemDraft(layout.items.size() + 1, name, row.line());
        String national = Outline.align(vocabulary, name, created.kind);
        for (ItemDraft draft : layout.items) {
            if (national != null && national.equals(Outline.align(vocabulary, draft.name, draft.kind))) return draft;
        }
        layout.items.add(created);
        return created;
    }

    private static TaskDraft task(ItemDraft item, Text title, Text number, int line) {
        String wanted = bare(title.norm());
        if (wanted.length() >= 4) {
            for (TaskDraft task : item.tasks) {
                String body = bare(task.title());
                if (body.contains(wanted) || (body.length() >= 4 && wanted.contains(body))) return task;
            }
        }
        Matcher digits = NUMBER.matcher(number.norm());
        int n = digits.find() ? Integer.parseInt(digits.group()) : item.tasks.size() + 1;
        for (TaskDraft task : item.tasks) {
            if (task.number == n) return task;
        }
        TaskDraft created = new TaskDraft(n, line);
        created.parts.add(title.isEmpty() ? number : title);
        item.tasks.add(created);
        return created;
    }

    private static String bare(String s) {
        return NOT_NAME.matcher(s).replaceAll("");
    }
}
