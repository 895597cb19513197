package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;
import org.plankg.extract.Responsibilities.Statement;
import org.plankg.plan.Item;

/**
 * A division of labour by items, in a section of its own: each paragraph names one or more items
 * (科普资源开发与共享工程、科普信息化工程; 农民、城镇劳动者科学素质行动, sharing an ending) and says in
 * prose who leads and takes part (由市科协牵头，市科技局参与; 分别由A、B牵头 pairs leads with the items
 * in order), then perhaps tasks apart (其中，农民科学素质行动第2项由市扶贫办牵头；第3项由…).
 */
final class ItemDivisions {

    /** Units given to an item, or to one of its tasks. */
    record Assigned(Item item, Integer task, Statement statement) {
    }

    private static final Pattern OPENER = Pattern.compile("^(?:其中|另外|此外)[，,]?");

    private ItemDivisions() {
    }

    static List<Assigned> read(Text paragraph, List<Item> items) {
        Numbering.Marker marker = Numbering.at(paragraph.norm());
        Text text = marker == null ? paragraph : paragraph.sub(marker.length());
        List<Item> named = List.of();
        List<Assigned> out = new ArrayList<>();
        for (Text part : text.splitOutsideBrackets("。；")) {
            Text p = part.strip();
            Matcher opener = OPENER.matcher(p.norm());
            if (opener.find()) p = p.sub(opener.end()).strip();
            int[] end = new int[1];
            List<Item> here = itemsAt(p.norm(), items, end);
            if (!here.isEmpty()) {
                named = here;
                p = p.sub(end[0]).strip();
                if (p.norm().startsWith("，")) p = p.sub(1).strip();
            } else if (named.isEmpty()) {
                return List.of();
            }
            if (TaskReferences.namedAt(p.norm(), 0).isEmpty()) {
                out.addAll(itemLevel(p, named, part));
            } else if (named.size() == 1) {
                // 第1项、第2项由A协同推进，第3项由B负责: the item's tasks, clause by clause
                Item item = named.get(0);
                List<Integer> tasks = item.tasks().stream().map(t -> t.number()).toList();
                for (TaskDivisions.Assigned a : TaskDivisions.clauses(p, tasks)) {
                    if (a.task() != null) out.add(new Assigned(item, a.task(),
                            new Statement(part, a.statement().leads(), a.statement().others(), a.statement().split())));
                }
            }
        }
        return out;
    }

    /** 由A牵头，B参与 for each item named; 分别由A、B牵头 gives each item its own lead. */
    private static List<Assigned> itemLevel(Text prose, List<Item> named, Text quote) {
        List<Assigned> out = new ArrayList<>();
        for (Statement s : RoleClauses.prose(prose)) {
            boolean respectively = quote.norm().contains("分别") && s.leads().size() == named.size() && named.size() > 1;
            for (int i = 0; i < named.size(); i++) {
                List<Mention> leads = respectively ? List.of(s.leads().get(i)) : s.leads();
                out.add(new Assigned(named.get(i), null, new Statement(quote, leads, s.others(), s.split())));
            }
        }
        return out;
    }

    /** The items a text opens with, whole names or names sharing an ending (农民、城镇劳动者科学素质行动); {@code end[0]}: where they end. */
    private static List<Item> itemsAt(String n, List<Item> items, int[] end) {
        int cut = n.indexOf('由');
        int comma = n.indexOf('，');
        int stop = cut < 0 ? comma : comma < 0 ? cut : Math.min(cut, comma);
        if (stop <= 0) return List.of();
        // 未成年人科学素质行动第3项由…: one item, its tasks named after it
        for (Item item : items) {
            if (n.startsWith(item.name()) && n.startsWith("第", item.name().length())) {
                end[0] = item.name().length();
                return List.of(item);
            }
        }
        String head = n.substring(0, stop).replaceFirst("(?:分别|均|都)$", "");
        Item tail = longest(items.stream().filter(i -> head.endsWith(i.name())).toList());
        if (tail == null) return List.of();
        int shared = tail.name().indexOf("科学素质");
        String ending = shared > 0 ? tail.name().substring(shared) : "";
        List<Item> found = new ArrayList<>();
        int at = 0;
        while (at < head.length()) {
            final int from = at;
            Item whole = longest(items.stream().filter(i -> head.startsWith(i.name(), from)).toList());
            if (whole != null) {
                at += whole.name().length();
            } else {
                int separator = at;
                while (separator < head.length() && SEPARATORS.indexOf(head.charAt(separator)) < 0) separator++;
                whole = byName(head.substring(at, separator) + ending, items);
                at = separator;
            }
            if (whole == null) return List.of();
            found.add(whole);
            if (at < head.length() && SEPARATORS.indexOf(head.charAt(at++)) < 0) return List.of();
        }
        end[0] = stop;
        return found;
    }

    private static final String SEPARATORS = "、和及与";

    private static Item longest(List<Item> items) {
        return items.stream().max(java.util.Comparator.comparingInt(i -> i.name().length())).orElse(null);
    }

    private static Item byName(String name, List<Item> items) {
        return items.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

}
