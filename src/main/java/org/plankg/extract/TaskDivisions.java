package org.plankg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;
import org.plankg.extract.Responsibilities.Statement;
import org.plankg.plan.Role;

/**
 * An item's division of its tasks among units in prose that names the tasks in its clauses, in
 * either order and with {@code 分别} pairing units with tasks by position:
 * {@code 第一、二项分别由A、B牵头，C配合}, {@code A牵头负责第一项至第三项，B、C分别配合第一项、第二项，D配合以上各项},
 * {@code 以上三项任务分别由A、B、C负责}, {@code 第一、二项分别由A、B牵头，互为配合单位}. A clause that names no
 * task speaks of the tasks of the clause before it; a part (up to ；or 。) that names none at all is the
 * item's. Where units of a task take part, those that answer for it lead it.
 */
final class TaskDivisions {

    /** A task's units (null task: the item's), as a statement quoting its part. */
    record Assigned(Integer task, Statement statement) {
    }

    private static final Pattern LABEL = Pattern.compile("(?:责任|职责|任务)?分工[：:]");
    /** The forms that make a paragraph a division of this kind, besides a 分工： label (plain 第1项由X牵头 is {@link TaskReferences}'). */
    private static final Pattern DIVIDES = Pattern.compile(
            "分别|互为配合|(?:牵头|负责|配合|参与|协助)(?:负责|实施)?(?:第|以上|上述|各项)|(?:以上|上述)各项");
    private static final Pattern LEAD = Pattern.compile("牵头");
    private static final Pattern PARTICIPANT = Pattern.compile("配合|参与|协助|协同|支持");
    private static final Pattern RESPONSIBLE = Pattern.compile("负责");
    private static final Pattern MUTUAL = Pattern.compile("^互为配合(?:单位)?$");
    private static final Pattern CONNECTIVES = Pattern.compile("^(?:其中|另外|此外)?(?:分别)?由?(?:共同|具体)?");

    private TaskDivisions() {
    }

    /** Whether a paragraph divides tasks in this way, naming them. */
    static boolean divides(Text paragraph) {
        String n = paragraph.norm();
        if (n.indexOf('项') < 0 && n.indexOf('条') < 0 && !n.contains("以上") && !n.contains("上述")) return false;
        return DIVIDES.matcher(n).find() && TaskReferences.firstIn(n) != null
                || LABEL.matcher(n).find() && TaskReferences.namesTasks(n);
    }

    /** The assignments of a dividing paragraph; {@code before}: the item's tasks up to the paragraph, in order. */
    static List<Assigned> read(Text paragraph, List<Integer> before) {
        Text text = paragraph;
        java.util.regex.Matcher label = LABEL.matcher(text.norm());
        if (label.find()) text = text.sub(label.end());
        List<Assigned> out = new ArrayList<>();
        for (Text part : text.splitOutsideBrackets("；。")) {
            if (!part.strip().isEmpty()) out.addAll(clauses(part.strip(), before));
        }
        return out;
    }

    /** One part's clauses (第1项、第2项由A协同推进，第3项由B负责), read against the item's tasks {@code before}. */
    static List<Assigned> clauses(Text part, List<Integer> before) {
        if (TaskReferences.firstIn(part.norm()) == null) {
            return RoleClauses.prose(part).stream().map(s -> new Assigned(null, s)).toList();
        }
        Map<Integer, List<Mention>> leads = new LinkedHashMap<>();
        Map<Integer, List<Mention>> others = new LinkedHashMap<>();
        List<Integer> current = List.of();
        List<Mention> partLeads = new ArrayList<>();
        for (Text clause : RoleClauses.clauses(part)) {
            String n = clause.norm();
            TaskReferences.Reference ref = TaskReferences.firstIn(n);
            if (ref != null) current = tasks(ref, before);
            if (MUTUAL.matcher(n).matches()) {
                // each leads its own task and takes part in the others'
                for (int task : current) {
                    for (Mention lead : partLeads) {
                        if (!leads.getOrDefault(task, List.of()).contains(lead)) others.computeIfAbsent(task, k -> new ArrayList<>()).add(as(lead, Role.PARTICIPANT));
                    }
                }
                continue;
            }
            // names after the reference (第一项分别由A、B牵头) or before it (A牵头负责第一项)
            Text rest = ref != null && ref.start() == 0 ? clause.sub(ref.end()) : clause;
            rest = skipConnectives(rest);
            List<Mention> names = new ArrayList<>();
            int end = RoleClauses.names(rest, names);
            if (names.isEmpty()) continue;
            String cueText = rest.norm().substring(end, ref != null && ref.start() > 0 ? Math.max(end, ref.start() - (clause.length() - rest.length())) : rest.length());
            Role role = cue(cueText);
            if (role == null) continue;
            boolean respectively = n.contains("分别") && names.size() == current.size() && current.size() > 1;
            for (int i = 0; i < names.size(); i++) {
                List<Integer> to = respectively ? List.of(current.get(i)) : current;
                for (int task : to) {
                    if (role == Role.LEAD) {
                        leads.computeIfAbsent(task, k -> new ArrayList<>()).add(names.get(i));
                        partLeads.add(names.get(i));
                    } else {
                        others.computeIfAbsent(task, k -> new ArrayList<>()).add(as(names.get(i), role));
                    }
                }
            }
        }
        List<Assigned> out = new ArrayList<>();
        java.util.Set<Integer> tasks = new java.util.LinkedHashSet<>(leads.keySet());
        tasks.addAll(others.keySet());
        for (int task : tasks) {
            List<Mention> taskOthers = others.getOrDefault(task, List.of());
            List<Mention> taskLeads = new ArrayList<>(leads.getOrDefault(task, List.of()));
            boolean takePart = taskOthers.stream().anyMatch(m -> m.role() == Role.PARTICIPANT);
            List<Mention> rest = new ArrayList<>();
            for (Mention m : taskOthers) {
                // beside units that take part, one that answers leads (以上三项分别由A、B负责，C参与各项)
                if (m.role() == Role.RESPONSIBLE && takePart) taskLeads.add(as(m, null));
                else rest.add(m);
            }
            out.add(new Assigned(task, new Statement(part, taskLeads, rest, true)));
        }
        return out;
    }

    private static List<Integer> tasks(TaskReferences.Reference ref, List<Integer> before) {
        if (ref.all()) return before;
        if (ref.preceding() > 0) return before.subList(Math.max(0, before.size() - ref.preceding()), before.size());
        return ref.tasks().stream().filter(before::contains).toList();
    }

    private static Text skipConnectives(Text clause) {
        java.util.regex.Matcher m = CONNECTIVES.matcher(clause.norm());
        return m.lookingAt() ? clause.sub(m.end()) : clause;
    }

    private static Role cue(String text) {
        if (LEAD.matcher(text).find()) return Role.LEAD;
        if (PARTICIPANT.matcher(text).find()) return Role.PARTICIPANT;
        if (RESPONSIBLE.matcher(text).find()) return Role.RESPONSIBLE;
        return null;
    }

    private static Mention as(Mention m, Role role) {
        return new Mention(m.name(), m.groupPrefix(), role, m.alias());
    }
}
