package org.plankg.plan;

import java.util.List;
import java.util.Map;

/**
 * What a researcher reads before trusting a new plan's data: which format the file was read as, with
 * how many paragraphs and division-of-labour table rows, how many items and tasks were found,
 * the assignments by level (item, task, appendix table, organisation) and role, the unit names the
 * vocabulary does not know (with the line each first appears on) and the lines that read like a
 * responsibility statement but gave no assignment; {@code incomplete} says why the plan looks read only
 * in part (empty when nothing suggests it); {@code alignments}, each item's national outline item and
 * the words that aligned it.
 */
public record Coverage(String format, int paragraphs, int tableRows, int items, int tasks, Map<String, Map<String, Integer>> assignments,
                       Map<String, Integer> unknownUnits, List<Integer> unreadLines, List<String> incomplete,
                       List<String> alignments) {

    public static final List<String> LEVELS = List.of("item", "task", "appendix", "organisation");

    /** One line: the figures without the lists. */
    public String summary() {
        StringBuilder s = new StringBuilder(items + " items, " + tasks + " tasks, assignments");
        for (String level : LEVELS) {
            int n = assignments.getOrDefault(level, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            s.append(' ').append(level).append(' ').append(n);
        }
        s.append("; ").append(unknownUnits.size()).append(" units not in the vocabulary, ")
                .append(unreadLines.size()).append(" statement-like lines unread");
        if (!incomplete.isEmpty()) s.append("; LOOKS INCOMPLETELY READ: ").append(String.join("; ", incomplete));
        return s.toString();
    }

    /** The report {@code extract --report} prints for a plan read from {@code file}. */
    public String report(String heading, PlanFile file) {
        StringBuilder s = new StringBuilder("== ").append(heading).append('\n');
        s.append("read as ").append(format).append(": ").append(paragraphs).append(" paragraphs, ")
                .append(tableRows).append(" table rows").append('\n');
        s.append("items ").append(items).append(", tasks ").append(tasks).append('\n');
        alignments.forEach(a -> s.append("  ").append(a).append('\n'));
        for (String level : LEVELS) {
            Map<String, Integer> roles = assignments.getOrDefault(level, Map.of());
            s.append(String.format("%-13s", level));
            if (roles.isEmpty()) s.append(" -");
            roles.forEach((role, n) -> s.append(' ').append(role).append(' ').append(n));
            s.append('\n');
        }
        s.append("units not in the vocabulary: ").append(unknownUnits.isEmpty() ? "none" : "").append('\n');
        unknownUnits.forEach((name, line) -> s.append("  ").append(file.describe(line)).append(": ").append(name).append('\n'));
        s.append("read completely: ").append(incomplete.isEmpty() ? "no sign otherwise" : "NO").append('\n');
        incomplete.forEach(reason -> s.append("  ").append(reason).append('\n'));
        s.append("statement-like lines that gave no assignment: ")
                .append(unreadLines.isEmpty() ? "none" : unreadLines.stream().map(n -> file.isText() ? String.valueOf(n) : file.locate(n)).toList().toString()).append('\n');
        return s.toString();
    }
}
