package org.plankg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.PlanLayout.TaskDraft;
import org.plankg.extract.Responsibilities.Statement;

/**
 * Duties given after an item's tasks by the tasks' quoted names (以上任务中，“科学教育提质”计划由县教育局牵头，
 * 县科协参与；“A”和“B”计划由…；其余任务由…): each clause's units for the tasks whose title carries
 * one of its names, and 其余任务 for those no clause named.
 */
final class QuotedTasks {

    private static final Pattern QUOTED = Pattern.compile("“([^”]{2,30})”");
    private static final Pattern REST = Pattern.compile("^(?:以上任务中[，,])?其余(?:各项)?任务");

    /** A clause's statements and the tasks they are for. */
    record Duty(List<TaskDraft> tasks, List<Statement> statements) {
    }

    private QuotedTasks() {
    }

    /**
     * The duties of a paragraph that names at least one of the tasks by a quoted name from its title,
     * or an empty list when it is not written so (then nothing is taken from it here).
     */
    static List<Duty> read(Text paragraph, List<TaskDraft> tasks) {
        List<Duty> duties = new ArrayList<>();
        Set<TaskDraft> named = new LinkedHashSet<>();
        Text rest = null;
        for (Text clause : clauses(paragraph)) {
            String n = clause.norm();
            int by = n.indexOf('由');
            if (by < 0) continue;
            if (REST.matcher(n).lookingAt()) {
                rest = clause.sub(by);
                continue;
            }
            List<TaskDraft> found = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(n.substring(0, by));
            while (quoted.find()) {
                for (TaskDraft task : tasks) {
                    if (task.title().contains("“" + quoted.group(1)) && !found.contains(task)) found.add(task);
                }
            }
            if (found.isEmpty()) continue;
            named.addAll(found);
            duties.add(new Duty(found, RoleClauses.prose(clause.sub(by))));
        }
        if (duties.isEmpty()) return List.of();
        if (rest != null) {
            List<TaskDraft> others = tasks.stream().filter(t -> !named.contains(t)).toList();
            if (!others.isEmpty()) duties.add(new Duty(others, RoleClauses.prose(rest)));
        }
        return duties;
    }

    private static List<Text> clauses(Text paragraph) {
        List<Text> clauses = new ArrayList<>();
        String n = paragraph.norm();
        int start = 0;
        for (int i = 0; i <= n.length(); i++) {
            if (i == n.length() || n.charAt(i) == '；' || n.charAt(i) == '。') {
                if (i > start) clauses.add(paragraph.sub(start, i).strip());
                start = i + 1;
            }
        }
        return clauses;
    }
}
