package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;
import org.plankg.plan.Item;
import org.plankg.plan.Role;

/**
 * A list of duties kept unit by unit (责任清单): a heading that is a unit's name alone (（一）旗科协),
 * then numbered entries tagged with a role, each naming the tasks it carries out by an item's short
 * name in quotes and their numbers (1.【牵头】…。（对应“设施”第1、2项，“领导干部”全部任务）). An
 * entry naming no task is the unit's duty for the whole plan.
 */
final class UnitEntries {

    private static final Pattern TAG = Pattern.compile("^【(牵头|主责|配合|参与|协同|协办|负责|责任)】");
    private static final Pattern REFERENCE = Pattern.compile("“([^”]{1,12})”(?:第([^项“”]{1,40})项|(全部|各项)任务)");

    private UnitEntries() {
    }

    static List<UnitDuties.Found> read(List<Text> paragraphs, List<Item> items) {
        List<UnitDuties.Found> found = new ArrayList<>();
        List<Mention> unit = List.of();
        for (Text paragraph : paragraphs) {
            Numbering.Marker marker = Numbering.at(paragraph.norm());
            Text body = marker == null ? paragraph.strip() : paragraph.sub(marker.length()).strip();
            List<Mention> names = new ArrayList<>();
            if (!body.isEmpty() && RoleClauses.names(body, names) == body.length() && !names.isEmpty()) {
                unit = names;
                continue;
            }
            // a heading that is one name the grammar does not know (（十九）旗乌兰牧骑)
            if (marker != null && body.length() >= 2 && UnitGrammar.listedName(body.norm()) == body.length()) {
                unit = List.of(Responsibilities.mention(body, ""));
                continue;
            }
            Matcher tag = TAG.matcher(body.norm());
            if (unit.isEmpty() || !tag.find()) continue;
            Role role = RoleClauses.roleOfWord(tag.group(1));
            Matcher reference = REFERENCE.matcher(body.norm());
            boolean named = false;
            while (reference.find()) {
                Item item = item(reference.group(1), items);
                if (item == null) continue;
                named = true;
                List<Integer> tasks = reference.group(2) == null ? List.of()
                        : TaskReferences.numbersIn("第" + reference.group(2) + "项").stream()
                                .filter(t -> item.tasks().stream().anyMatch(k -> k.number() == t)).toList();
                for (Mention m : unit) {
                    if (tasks.isEmpty()) found.add(new UnitDuties.Found(m, item, null, role, paragraph));
                    for (int t : tasks) found.add(new UnitDuties.Found(m, item, t, role, paragraph));
                }
            }
            if (!named) {
                Role whole = body.norm().contains("经费") ? Role.FUNDER : Role.RESPONSIBLE;
                for (Mention m : unit) found.add(new UnitDuties.Found(m, null, null, whole, paragraph));
            }
        }
        return found;
    }

    /** The one item whose name holds the short name (“设施” → 科普基础设施工程), or null. */
    private static Item item(String shortName, List<Item> items) {
        List<Item> holding = items.stream().filter(i -> i.name().contains(shortName)).toList();
        return holding.size() == 1 ? holding.get(0) : null;
    }

}
