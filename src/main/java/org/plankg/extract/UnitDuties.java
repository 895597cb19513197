package org.plankg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;
import org.plankg.plan.Item;
import org.plankg.plan.Role;

/**
 * Reads a division of labour written unit by unit — {@code 市科协：牵头负责青少年科学素质提升行动、科普基础设施工程；
 * 参与农民科学素质提升行动。} — in a section of its own: each clause names items after a role cue, and
 * the unit the paragraph opens with has that role in each item it names. A plan that numbers its tasks
 * once across all items may name them by number alone ({@code 牵头第2、5、24至26项}); a clause naming
 * neither is the unit's duty for the whole plan ({@code 负责全民科学素质工作经费保障}).
 */
final class UnitDuties {

    /** A unit's role in an item, with the paragraph it was read from. */
    record Found(Mention unit, Item item, Integer task, Role role, Text quote) {
    }

    private static final int HEADING_MAX = 12;
    private static final Pattern LEAD = Pattern.compile("牵头|主责|主办|抓总");
    private static final Pattern PARTICIPANT = Pattern.compile("参与|配合|协助|协办|协同");
    private static final Pattern RESPONSIBLE = Pattern.compile("负责");

    private UnitDuties() {
    }

    static List<Found> read(Text paragraph, List<Item> items) {
        List<Found> found = new ArrayList<>();
        Map<Integer, Item> numbered = numberedAcross(items);
        Text p = paragraph;
        Numbering.Marker marker = Numbering.at(p.norm());
        if (marker != null) p = p.sub(marker.length()).strip();
        // an entry opens the paragraph, follows the section's heading that ran into it (二、职责分工 / 县科协：…),
        // or opens a line of it (an introduction without a stop ran into the first entry)
        List<Integer> starts = new ArrayList<>();
        for (int at = 0; at < p.length() - 2; at++) {
            boolean lineStart = at > 0 && p.lines()[at] != p.lines()[at - 1];
            if (!(at <= HEADING_MAX || lineStart) || (at > 0 && !UnitGrammar.opensWithPrefix(p.norm().substring(at)))) continue;
            List<Mention> names = new ArrayList<>();
            int e = at + RoleClauses.names(p.sub(at), names);
            if (!names.isEmpty() && e < p.length() && p.norm().charAt(e) == '：') {
                starts.add(at);
                at = e;
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            Text entry = p.sub(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : p.length());
            List<Mention> names = new ArrayList<>();
            int e = RoleClauses.names(entry, names);
            found.addAll(entry(names, entry.sub(e + 1), items, numbered, paragraph));
        }
        return found;
    }

    private static List<Found> entry(List<Mention> names, Text duties, List<Item> items, Map<Integer, Item> numbered, Text quote) {
        List<Found> found = new ArrayList<>();
        Role role = null;
        for (Text clause : duties.splitOutsideBrackets("，；。")) {
            String n = clause.norm();
            Role cue = cue(n);
            if (cue != null) role = cue;
            if (role == null) continue;
            Role clauseRole = role;
            int before = found.size();
            for (Item item : items) {
                for (int at = n.indexOf(item.name()); at >= 0; at = n.indexOf(item.name(), at + 1)) {
                    // 牵头实施科普基础设施工程第2项任务, …行动（第11、12项）: the tasks the item has that are named, else the item
                    int after = at + item.name().length();
                    if (n.startsWith("（", after)) after++;
                    List<Integer> tasks = TaskReferences.namedAt(n, after).stream()
                            .filter(t -> item.tasks().stream().anyMatch(k -> k.number() == t)).toList();
                    for (Mention unit : names) {
                        if (tasks.isEmpty()) found.add(new Found(unit, item, null, clauseRole, quote));
                        tasks.forEach(t -> found.add(new Found(unit, item, t, clauseRole, quote)));
                    }
                }
            }
            if (found.size() > before) continue;
            List<Integer> tasks = TaskReferences.numbersIn(n).stream().filter(numbered::containsKey).toList();
            for (Mention unit : names) {
                tasks.forEach(t -> found.add(new Found(unit, numbered.get(t), t, clauseRole, quote)));
            }
            if (tasks.isEmpty() && cue != null && !TaskReferences.namesTasks(n)) {
                Role whole = n.contains("经费") ? Role.FUNDER : Role.RESPONSIBLE;
                names.forEach(unit -> found.add(new Found(unit, null, null, whole, quote)));
            }
        }
        return found;
    }

    /** Each task number with its item, when the plan numbers its tasks once across items; else none. */
    private static Map<Integer, Item> numberedAcross(List<Item> items) {
        Map<Integer, Item> numbered = new HashMap<>();
        for (Item item : items) {
            for (var task : item.tasks()) {
                if (numbered.put(task.number(), item) != null) return Map.of();
            }
        }
        return numbered;
    }

    /** The role a clause's cue gives; the first cue word decides (牵头负责 leads, 配合…负责 takes part). */
    private static Role cue(String clause) {
        int lead = first(LEAD, clause);
        int participant = first(PARTICIPANT, clause);
        int responsible = first(RESPONSIBLE, clause);
        int min = Math.min(lead, Math.min(participant, responsible));
        if (min == Integer.MAX_VALUE) return null;
        return min == lead ? Role.LEAD : min == participant ? Role.PARTICIPANT : Role.RESPONSIBLE;
    }

    private static int first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }
}
