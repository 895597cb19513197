package org.plankg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.plan.Item;
import org.plankg.plan.Role;
import org.plankg.read.Document;

/**
 * A table of units, each row giving the tasks one unit leads or takes part in by the numbers the plan
 * prints (责任单位 | 牵头任务 | 参与任务: 盟科协 | 3.1.2、4.1.2 | 3.2.1—3.2.3、3.5). A decimal number names
 * a task (3.1.2) or a whole item (3.5) by the numbering of the plan's own headings; a plain number
 * names a task where the plan numbers its tasks once across items.
 */
final class UnitTaskTable {

    /** One unit's role in the tasks a cell names, with the row it was read from. */
    record Entry(String unit, Role role, String references, Text quote) {
    }

    /** A task, or a whole item ({@code task} null), that a number names. */
    record Target(Item item, Integer task) {
    }

    private static final Pattern UNIT_LABEL = Pattern.compile("^(?:责任|牵头)?(?:单位|部门)(?:名称)?$");
    private static final Pattern ROLE_LABEL = Pattern.compile("^(牵头|参与|配合|协办|协助|负责|责任)(?:的)?(?:任务|事项|工作)");
    private static final Pattern REFERENCE = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})*)(?:[—\\-－–~至到](\\d{1,2}(?:\\.\\d{1,2})*))?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)");
    private static final int HEADER_WITHIN_ROWS = 3;

    private UnitTaskTable() {
    }

    /** The entries of such a table, or none when the grid is not one. */
    static List<Entry> of(Document.Grid grid) {
        List<Document.Row> rows = grid.rows();
        for (int h = 0; h < Math.min(rows.size(), HEADER_WITHIN_ROWS); h++) {
            List<String> header = rows.get(h).cells().stream().map(c -> Text.fold(GridTables.joined(c)).replace(" ", "")).toList();
            int unit = -1;
            Map<Integer, Role> roles = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                Matcher role = ROLE_LABEL.matcher(header.get(c));
                if (unit < 0 && UNIT_LABEL.matcher(header.get(c)).matches()) unit = c;
                else if (role.find()) roles.put(c, RoleClauses.roleOfWord(role.group(1)));
            }
            if (unit < 0 || roles.isEmpty()) continue;
            List<Entry> entries = new ArrayList<>();
            for (Document.Row row : rows.subList(h + 1, rows.size())) {
                if (row.cells().size() <= unit) continue;
                String name = GridTables.joined(row.cells().get(unit));
                Text quote = Text.line(String.join("\t", row.cells().stream().map(GridTables::joined).toList()), row.position());
                for (var column : roles.entrySet()) {
                    if (column.getKey() >= row.cells().size()) continue;
                    String cell = Text.fold(row.cells().get(column.getKey()).replace("\n", "、"));
                    if (!name.isEmpty() && REFERENCE.matcher(cell).find()) entries.add(new Entry(name, column.getValue(), cell, quote));
                }
            }
            return entries;
        }
        return List.of();
    }

    /** What each printed number names: 3.1 an item, 3.1.2 its task; plain numbers where tasks are numbered once across items. */
    static Map<String, Target> targets(List<PlanLayout.ItemDraft> drafts, List<Item> items) {
        Map<String, Target> targets = new HashMap<>();
        Map<Integer, Integer> plain = new HashMap<>();
        boolean unique = true;
        for (int i = 0; i < drafts.size(); i++) {
            PlanLayout.ItemDraft draft = drafts.get(i);
            Item item = items.get(i);
            if (!draft.preamble.isEmpty()) number(draft.preamble.get(0)).ifPresent(n -> targets.put(n, new Target(item, null)));
            for (PlanLayout.TaskDraft task : draft.tasks) {
                number(task.parts.get(0)).ifPresent(n -> targets.put(n, new Target(item, task.number)));
                unique &= plain.put(task.number, i) == null;
            }
        }
        if (unique) plain.forEach((task, i) -> targets.putIfAbsent(String.valueOf(task), new Target(items.get(i), task)));
        return targets;
    }

    /** The targets a cell's references name: 3.1.2、3.2.1—3.2.3、3.5; a range runs over its last number. */
    static List<Target> resolve(String references, Map<String, Target> targets) {
        List<Target> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(references);
        while (m.find()) {
            String from = m.group(1);
            if (m.group(2) == null) {
                if (targets.containsKey(from)) out.add(targets.get(from));
                continue;
            }
            int cut = from.lastIndexOf('.');
            String prefix = cut < 0 ? "" : from.substring(0, cut + 1);
            String to = m.group(2).contains(".") ? m.group(2) : prefix + m.group(2);
            if (!to.startsWith(prefix)) continue;
            int first = Integer.parseInt(from.substring(cut + 1));
            int last = Integer.parseInt(to.substring(prefix.length()));
            for (int k = first; k <= last && k - first < 100; k++) {
                Target t = targets.get(prefix + k);
                if (t != null) out.add(t);
            }
        }
        return out;
    }

    private static java.util.Optional<String> number(Text paragraph) {
        Matcher m = LEADING_NUMBER.matcher(paragraph.norm().strip());
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

}
