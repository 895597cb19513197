package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.PlanLayout.ItemDraft;
import org.plankg.extract.PlanLayout.TaskDraft;
import org.plankg.extract.Responsibilities.Mention;
import org.plankg.extract.Responsibilities.Statement;
import org.plankg.plan.Role;
import org.plankg.vocab.Vocabulary.OutlineConcept;
import org.plankg.plan.Warning;

/**
 * Puts the rows of a division-of-labour table in the plan: a grouping row names the action or
 * project of the rows below it (matched to the body's item by name, else by the national item both
 * align to), a task row is matched to the item's task by name, else by number; a row whose task
 * or item the body lacks gets one of its own. Each row's unit cells become a task-level statement.
 */
final class TableTasks {

    /** The share of bigrams a row must have in common with a body task to be that task. */
    private static final double SIMILAR = 0.3;
    /** How much more a row must share with another task than with the one its number names. */
    private static final double CLEARLY_MORE = 0.15;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern NOT_NAME = Pattern.compile("[\\s。，、；：.（）“”《》]");

    /** A 序号 cell over several tasks: 1、2. */
    private static final Pattern SEVERAL = Pattern.compile("^\\d{1,2}(?:[、，,]\\d{1,2})+$");

    /** A table row's statement, placed on a task of an item (0: the item itself). */
    record Placed(ItemDraft item, int task, Statement statement) {
    }

    private TableTasks() {
    }

    static List<Placed> place(Table table, PlanLayout layout, List<ItemDraft> textItems, List<OutlineConcept> outline, List<Warning> warnings) {
        List<Placed> placed = new ArrayList<>();
        Table.Columns columns = table.columns();
        int itemColumn = itemColumn(table);
        int taskColumn = itemColumn >= 0 && itemColumn == columns.task() && columns.detail() >= 0 ? columns.detail() : columns.task();
        ItemDraft item = null;
        java.util.Map<ItemDraft, Integer> rowsOfItem = new java.util.HashMap<>();
        List<Table.Row> rows = table.rows();
        // items of the text, not of tables placed before this one (a plan with a table per item)
        boolean textHasItems = textItems.stream().anyMatch(i -> i.line < table.firstLine() || i.line > table.lastLine());
        Table.Row above = null;
        boolean rowPerItem = itemColumn >= 0 && rowPerItem(table, itemColumn);
        for (int r = 0; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            if (!row.isGroup()) {
                row = row.sameAsAbove(above);
                above = row;
            }
            if (!row.isGroup() && itemColumn >= 0 && !row.cell(itemColumn).isEmpty()) {
                Text name = row.cell(itemColumn);
                ItemDraft named = item(Table.Row.group(name, name), table, layout, outline, !textHasItems && itemColumn == columns.area());
                if (named != null) item = named;
            }
            if (row.isGroup()) {
                boolean overGroups = r + 1 < rows.size() && rows.get(r + 1).isGroup();
                if (countsItems(row) || overGroups) continue;
                item = item(row, table, layout, outline, !textHasItems && r + 1 < rows.size());
                if (item == null) warnings.add(new Warning(row.line(), "table group names no action or project: " + row.group().orig()));
                continue;
            }
            if (item == null) item = standingIn(table, layout);
            if (item == null) {
                warnings.add(new Warning(row.line(), "table row outside any action or project, not read"));
                continue;
            }
            if (rowPerItem) {
                placed.addAll(scoped(item, statement(row, columns)));
                continue;
            }
            int position = rowsOfItem.merge(item, 1, Integer::sum);
            // rows without numbers (工作内容 | 责任单位 | 配合单位 under each item) are the body's tasks by their wording
            boolean numbered = itemColumn < 0 && columns.number() >= 0;
            // a row of an item the table made keeps its printed 序号; a row of the text's item its place in it
            boolean tableItem = item.line >= table.firstLine() && item.line <= table.lastLine();
            Text number = itemColumn < 0 || tableItem && columns.number() >= 0 ? row.cell(columns.number()) : Text.line(String.valueOf(position), row.line());
            Matcher several = SEVERAL.matcher(number.norm().strip());
            if (numbered && several.matches()) {
                // 1、2 over two tasks' titles: the same units for each
                for (String n : number.norm().strip().split("[、，,]")) {
                    TaskDraft task = task(item, Text.EMPTY, Text.line(n, row.line()), row.line(), true);
                    placed.add(new Placed(item, task.number, statement(row, columns)));
                }
                continue;
            }
            TaskDraft task = task(item, row.cell(taskColumn), number, row.line(), numbered);
            placed.add(new Placed(item, task.number, statement(row, columns)));
        }
        return placed;
    }

    /** A row's units with the roles their columns' labels give: 牵头 leads, 配合 takes part, 责任 answers (takes part beside a lead). */
    private static Statement statement(Table.Row row, Table.Columns columns) {
        Statement kind = kinded(row, columns);
        if (kind != null) return kind;
        List<Text> leads = columns.lead() >= 0 ? List.of(row.cell(columns.lead())) : List.of();
        List<Text> answering = columns.others().stream().filter(c -> !columns.helpers().contains(c)).map(row::cell).toList();
        List<Text> helping = columns.helpers().stream().map(row::cell).toList();
        Statement listed = Responsibilities.statement(row.quote(), leads, answering, helping);
        return columns.remarks() < 0 ? listed : remarked(listed, row.cell(columns.remarks()));
    }

    /** Whether each row of the table is an item of its own (its item column never repeats). */
    private static boolean rowPerItem(Table table, int itemColumn) {
        List<String> names = table.rows().stream().filter(r -> !r.isGroup()).map(r -> r.cell(itemColumn).norm()).toList();
        return names.size() >= 2 && names.stream().distinct().count() == names.size();
    }

    /** 区科协（第2、3项）: a unit whose bracket names the item's tasks it has its role in. */
    private static final Pattern SCOPE = Pattern.compile("（(第\\d{1,2}(?:[、，,至—-]第?\\d{1,2})*项)）$");

    /**
     * A row of an item's units: those written bare have their role in the whole item (task 0), those
     * with a bracket of task numbers (区科协（第2、3项）) in those tasks only.
     */
    private static List<Placed> scoped(ItemDraft item, Statement row) {
        List<Placed> placed = new ArrayList<>();
        for (Mention m : concat(row.leads(), row.others())) {
            boolean leads = row.leads().contains(m);
            Matcher scope = SCOPE.matcher(m.name().norm());
            List<Integer> tasks = List.of(0);
            Mention unit = m;
            if (scope.find()) {
                tasks = TaskReferences.numbersIn(scope.group(1));
                unit = new Mention(m.name().sub(0, scope.start()).strip(), m.groupPrefix(), m.role(), m.alias());
            }
            for (int task : tasks) {
                placed.add(new Placed(item, task, leads ? new Statement(row.quote(), List.of(unit), List.of(), true)
                        : new Statement(row.quote(), List.of(), List.of(unit), row.split())));
            }
        }
        return placed;
    }

    /** 县科协 | 配合: a row whose role column gives its units their role in a word; null without one. */
    private static Statement kinded(Table.Row row, Table.Columns columns) {
        if (columns.kind() < 0) return null;
        Matcher word = KIND_WORD.matcher(row.cell(columns.kind()).norm().strip());
        if (!word.matches()) return null;
        List<Text> units = new ArrayList<>();
        if (columns.lead() >= 0) units.add(row.cell(columns.lead()));
        columns.others().forEach(c -> units.add(row.cell(c)));
        return switch (RoleClauses.roleOfWord(word.group(1))) {
            case LEAD -> Responsibilities.statement(row.quote(), units, List.of(), List.of());
            case PARTICIPANT -> Responsibilities.statement(row.quote(), List.of(), List.of(), units);
            default -> Responsibilities.statement(row.quote(), List.of(), units, List.of());
        };
    }

    /** A role column's word: 牵头, 配合, 共同负责. */
    private static final Pattern KIND_WORD = Pattern.compile("^(?:共同)?(牵头|主责|负责|责任|配合|参与|参加|协助|协同|协办)(?:单位|部门)?$");

    /**
     * A row whose remarks name its lead (林区科协牵头; A、B共同牵头，C配合): the lead is that unit, the
     * row's other units take part; remarks that name no lead leave the row as its columns give it.
     */
    private static Statement remarked(Statement listed, Text remarks) {
        if (remarks.isEmpty()) return listed;
        List<Mention> leads = new ArrayList<>();
        List<Mention> stated = new ArrayList<>();
        for (Statement s : RoleClauses.prose(remarks)) {
            leads.addAll(s.leads());
            s.others().forEach(m -> stated.add(m.role() != null ? m : new Mention(m.name(), m.groupPrefix(), Role.PARTICIPANT, m.alias())));
        }
        if (leads.isEmpty()) return listed;
        java.util.Set<String> named = new java.util.HashSet<>();
        leads.forEach(m -> named.add(m.name().norm()));
        List<Mention> others = new ArrayList<>();
        for (Mention m : concat(listed.leads(), listed.others())) {
            if (named.add(m.name().norm())) others.add(new Mention(m.name(), m.groupPrefix(), Role.PARTICIPANT, m.alias()));
        }
        for (Mention m : stated) if (named.add(m.name().norm())) others.add(m);
        return new Statement(listed.quote(), leads, others, true);
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A grouping row over groups (一、五大提升行动): the items are named by the rows below it. */
    private static boolean countsItems(Table.Row row) {
        Matcher numbering = TextTable.GROUP.matcher(row.group().norm());
        String name = bare(numbering.find() ? row.group().norm().substring(numbering.end()) : row.group().norm());
        return (name.endsWith("行动") || name.endsWith("工程")) && ItemNames.of(name) == null;
    }

    /** The item a table without grouping stands in, in the body (a table per item), or null. */
    private static ItemDraft standingIn(Table table, PlanLayout layout) {
        int orgStart = layout.orgParagraphs.isEmpty() ? Integer.MAX_VALUE : layout.orgParagraphs.get(0).firstLine();
        if (table.firstLine() > orgStart) return null;
        ItemDraft in = null;
        for (ItemDraft item : layout.items) {
            if (item.line < table.firstLine()) in = item;
        }
        return in;
    }

    /** The column whose cells name the items, one name over several rows (a merged 重点任务 cell), or -1. */
    private static int itemColumn(Table table) {
        if (table.columns().area() >= 0) return table.columns().area();
        List<Table.Row> rows = table.rows().stream().filter(r -> !r.isGroup()).toList();
        // the task columns first (重点任务 merged over its rows), then a column no label claimed (行动)
        List<Integer> candidates = new ArrayList<>(List.of(table.columns().task(), table.columns().detail()));
        for (int c = 0; c < table.columns().count(); c++) if (!table.columns().claims(c)) candidates.add(c);
        for (int c : candidates) {
            if (c < 0) continue;
            final int column = c;
            // a merged cell is repeated down its rows (HTML, Word) or printed once (PDF): count the filled ones
            List<String> filled = rows.stream().map(r -> r.cell(column).norm()).filter(t -> !t.isBlank()).toList();
            // a task column names its items in full (青少年科学素质提升行动); tasks name their subjects too (开展老年健康科普)
            boolean taskColumn = c == table.columns().task() || c == table.columns().detail();
            long naming = filled.stream().filter(t -> ItemNames.of(t) != null || !taskColumn && ItemNames.bySubject(t) != null).count();
            long distinct = filled.stream().distinct().count();
            if (!filled.isEmpty() && naming * 2 > filled.size() && distinct * 2 <= rows.size()) return c;
            // one row per item (行动（工程） | 主要任务 | 牵头单位 | 参与单位): every row names its own
            if (!taskColumn && filled.size() == rows.size() && filled.size() >= 2 && naming == filled.size() && distinct == naming) return c;
        }
        return -1;
    }

    /**
     * The item a group names: the body's of that name or national item, else one of its own. A group
     * that names no action or project is an item only when it stands over task rows in a plan whose text
     * has no items ({@code overTasks}): a work plan kept as one table (十、办好重大科普活动).
     */
    private static ItemDraft item(Table.Row row, Table table, PlanLayout layout, List<OutlineConcept> outline, boolean overTasks) {
        Matcher numbering = TextTable.GROUP.matcher(row.group().norm());
        // the name as written, its numbering and spaces off (聚焦“新农人”，助力乡村振兴 keeps its punctuation)
        String name = (numbering.find() ? row.group().norm().substring(numbering.end()) : row.group().norm()).replaceAll("\\s", "");
        String bareName = bare(name);
        boolean named = bareName.endsWith("行动") || bareName.endsWith("工程");
        if (!named && !overTasks) return null;
        for (ItemDraft draft : layout.items) {
            if (bare(draft.name).equals(bareName)) return draft;
        }
        for (ItemDraft draft : layout.items) {
            if (bare(draft.name).contains(bareName) || bareName.contains(bare(draft.name))) return draft;
        }
        if (named) name = bareName;
        ItemDraft created = named ? new ItemDraft(layout.items.size() + 1, name, row.line())
                : new ItemDraft(layout.items.size() + 1, name, row.line(), ItemNames.kind(name));
        String national = Outline.align(outline, name, Outline.kind(outline, name, created.kind));
        for (ItemDraft draft : layout.items) {
            // the text's item about the same national item (the table's own items are each their own)
            boolean fromText = draft.line < table.firstLine() || draft.line > table.lastLine();
            if (fromText && national != null && national.equals(Outline.align(outline, draft.name, Outline.kind(outline, draft.name, draft.kind)))) return draft;
        }
        layout.items.add(created);
        return created;
    }

    /**
     * The body task a row describes: by its name, then by its number where the table numbers rows
     * within their item ({@code numbered}), then by shared wording; else a task of its own, numbered
     * by its position among its item's rows.
     */
    private static TaskDraft task(ItemDraft item, Text title, Text number, int line, boolean numbered) {
        String wanted = bare(title.norm());
        if (wanted.length() >= 4) {
            for (TaskDraft task : item.tasks) {
                String body = bare(task.title());
                if (body.contains(wanted) || (body.length() >= 4 && wanted.contains(body))) return task;
            }
        }
        Matcher digits = NUMBER.matcher(number.norm());
        int n = digits.find() ? Integer.parseInt(digits.group()) : item.tasks.size() + 1;
        TaskDraft byNumber = item.tasks.stream().filter(t -> t.number == n).findFirst().orElse(null);
        TaskDraft byWording = wanted.length() >= 4 ? mostSimilar(item, wanted) : null;
        if (numbered && byNumber != null) {
            // a row whose wording is plainly another task's (rows in another order than the body) is that task
            boolean other = byWording != null && byWording != byNumber
                    && dice(wanted, words(byWording)) > dice(wanted, words(byNumber)) + CLEARLY_MORE;
            return other ? byWording : byNumber;
        }
        if (!numbered && byWording != null) return byWording;
        if (byNumber != null) return byNumber;
        TaskDraft created = new TaskDraft(n, line);
        created.parts.add(title.isEmpty() ? number : title);
        item.tasks.add(created);
        return created;
    }

    private static TaskDraft mostSimilar(ItemDraft item, String wanted) {
        TaskDraft best = null;
        double bestScore = SIMILAR;
        for (TaskDraft task : item.tasks) {
            double score = dice(wanted, words(task));
            if (score > bestScore) {
                best = task;
                bestScore = score;
            }
        }
        return best;
    }

    private static String words(TaskDraft task) {
        return bare(Text.concat(task.parts).norm());
    }

    /** Dice coefficient of two texts' character bigrams: how much of a row's wording a body task shares. */
    private static double dice(String a, String b) {
        java.util.Set<String> x = bigrams(a);
        java.util.Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        long common = x.stream().filter(y::contains).count();
        return 2.0 * common / (x.size() + Math.min(y.size(), x.size() * 2));
    }

    private static java.util.Set<String> bigrams(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) out.add(s.substring(i, i + 2));
        return out;
    }

    private static String bare(String s) {
        return NOT_NAME.matcher(s).replaceAll("");
    }
}
