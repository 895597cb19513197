package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plankg.plan.Item;

/**
 * The outline of a plan's body: sections (一、), items (（一）…行动 / …工程) with the text before
 * their first task, numbered (1.) or bulleted (——) tasks with their text, and the paragraphs of the
 * 组织实施 section. Items are recognised by their heading's name, not by the section they sit in.
 */
final class PlanLayout {

    private static final Pattern ORG_SECTION = Pattern.compile("组织实施|保障措施|组织领导|组织保障|工作保障|工作要求");
    /** A labelled unit list or a lead suffix: the plainest sign that the parts under a heading are tasks with duties. */
    private static final Pattern DUTY_LABEL = Pattern.compile("(?:责任|牵头|配合|参与|协同|协办)(?:单位|部门)?：|（牵头）");
    /** Markup left in a heading by a copy from a web page: not part of the item's name. */
    private static final Pattern ROLE_CUE = Pattern.compile("牵头|负责|配合|参与|会同|联合");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]{0,200}>");
    /** A heading that names an action or project ends a clause with the word (not 《…行动计划纲要》). */
    private static final Pattern ITEM_WORD = Pattern.compile("(?:行动|工程)(?=[，。；：（]|$)");

    final List<ItemDraft> items = new ArrayList<>();
    /** Lines of sub-headings that name an action or project but could not be read as one. */
    final List<Integer> unreadHeadings = new ArrayList<>();
    final List<Text> orgParagraphs = new ArrayList<>();
    /** Paragraphs of the body outside items and the organisation section (a 职责分工 section, say). */
    final List<Text> otherParagraphs = new ArrayList<>();
    /** Every paragraph read, in order (for conventions a document states once). */
    private final List<Text> paragraphs = new ArrayList<>();

    List<Text> allParagraphs() {
        return paragraphs;
    }

    /** Where an item's task numbers skip (3 after 1): a sign that tasks were missed. */
    final List<String> numberingGaps = new ArrayList<>();

    static final class ItemDraft {
        final int ordinal;
        final String name;
        /** As its words give it; null when they give none, and the outline decides. */
        final Item.Kind kind;
        final int line;
        final List<Text> preamble = new ArrayList<>();
        final List<TaskDraft> tasks = new ArrayList<>();

        ItemDraft(int ordinal, String name, int line) {
            this(ordinal, name, line, name.endsWith("行动") ? Item.Kind.ACTION : Item.Kind.PROJECT);
        }

        ItemDraft(int ordinal, String name, int line, Item.Kind kind) {
            this.ordinal = ordinal;
            this.name = name;
            this.kind = kind;
            this.line = line;
        }
    }

    static final class TaskDraft {
        final int number;
        final int line;
        final List<Text> parts = new ArrayList<>();
        /** In a plan listed by lead unit, the heading of the section the task is listed under (（一）市科协（8项）); else null. */
        Text leadHeading;

        TaskDraft(int number, int line) {
            this.number = number;
            this.line = line;
        }

        /** The task's first sentence, without its number or bullet. */
        String title() {
            Text text = Text.concat(parts);
            Numbering.Marker marker = Numbering.at(text.norm());
            Matcher dash = Paragraphs.DASH.matcher(text.norm());
            int start = marker != null ? marker.length() : dash.find() ? dash.end() : 0;
            int end = text.norm().indexOf('。', start);
            return text.sub(start, end < 0 ? text.length() : end + 1).strip().orig();
        }
    }

    /** A numbered part of the document: its marker, its own paragraphs (the first opens it) and its parts. */
    private static final class Node {
        final Numbering.Marker marker;
        final List<Text> own = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final int depth;
        String itemName;
        /** Worked out once: whether the part is or holds a named item with tasks, and whether it carries tasks with units. */
        Boolean holdsNamedItem;
        Boolean carriesTasks;
        Boolean hasDuties;

        Node(Numbering.Marker marker, int depth) {
            this.marker = marker;
            this.depth = depth;
        }

        /** The paragraph that opens the part, after its marker. */
        Text heading() {
            return own.get(0).sub(marker.length());
        }

        /** The heading after its marker: the first line alone when the heading stands on a line of its own. */
        String title() {
            if (own.isEmpty()) return "";
            Text first = own.get(0);
            int end = first.length();
            for (int i = marker.length(); i < first.length(); i++) {
                if (first.lines()[i] != first.firstLine()) {
                    end = i;
                    break;
                }
            }
            String n = first.norm();
            boolean ownLine = end < first.length() && "。；：".indexOf(n.charAt(end - 1)) < 0;
            return TAG.matcher(n.substring(marker.length(), ownLine ? end : n.length())).replaceAll("").strip();
        }

        void allParagraphs(List<Text> out) {
            out.addAll(own);
            children.forEach(c -> c.allParagraphs(out));
        }
    }

    /**
     * Reads the outline whatever numbering the document uses: a marker opens a part when it
     * continues the count of its scheme among the open parts (（二） after （一）, 3. after 2.),
     * starts a scheme afresh (1.), or continues a count that runs through the whole document
     * (工作要点 numbering its tasks 1…30 across sections). A scheme met first opens a level below
     * the part it stands in, so levels follow the order the document uses its schemes in. A number
     * that a line wrap put at the start of a line (…新华 194 / 9、天宁一号…) opens nothing.
     */
    static PlanLayout of(List<Text> paragraphs) {
        PlanLayout layout = new PlanLayout();
        layout.paragraphs.addAll(paragraphs);
        Node root = new Node(null, 0);
        List<Node> open = new ArrayList<>(List.of(root));
        java.util.Map<Numbering, Integer> last = new java.util.EnumMap<>(Numbering.class);
        for (Text paragraph : paragraphs) {
            for (Text p : Numbering.runIn(paragraph)) {
                Numbering.Marker marker = Numbering.at(p.norm());
                int parent = marker == null ? -1 : parentOf(marker, open, last);
                if (parent < 0 && marker != null) layout.noteSkip(marker, open, p);
                if (parent < 0) {
                    open.get(open.size() - 1).own.add(p);
                    continue;
                }
                open.subList(parent + 1, open.size()).clear();
                Node node = new Node(marker, parent + 1);
                node.own.add(p);
                open.get(parent).children.add(node);
                open.add(node);
                last.put(marker.scheme(), marker.number());
            }
            Node top = open.get(open.size() - 1);
            if (top.marker != null && top.marker.scheme().runsInOnly()) open.remove(open.size() - 1);
        }
        layout.read(root);
        return layout;
    }

    /** A marker that skips numbers of an open count (3. after 1.): parts between may have been lost. */
    private void noteSkip(Numbering.Marker marker, List<Node> open, Text p) {
        for (int i = open.size() - 1; i > 0; i--) {
            Numbering.Marker m = open.get(i).marker;
            if (m.scheme() != marker.scheme()) continue;
            if (marker.number() > m.number() + 1 && marker.number() <= m.number() + 3) {
                numberingGaps.add("line " + p.firstLine() + ": " + marker.number() + " after " + m.number());
            }
            return;
        }
    }

    /** The index among the open parts of the part a marker opens a child of, or -1 when it opens nothing. */
    private static int parentOf(Numbering.Marker marker, List<Node> open, java.util.Map<Numbering, Integer> last) {
        for (int i = open.size() - 1; i > 0; i--) {
            Numbering.Marker m = open.get(i).marker;
            if (m.scheme() == marker.scheme()) {
                return marker.number() == m.number() + 1 || marker.number() == 1 ? i - 1 : -1;
            }
        }
        boolean continues = marker.number() == last.getOrDefault(marker.scheme(), -1) + 1;
        return marker.number() == 1 || continues ? open.size() - 1 : -1;
    }

    private void read(Node root) {
        nameTaggedItems(root);
        List<Node> candidates = new ArrayList<>();
        collect(root, candidates, false);
        // without items in the text (a plan kept in a table) its organisation section is still read
        int itemDepth = candidates.isEmpty() ? -1 : mostCommonDepth(candidates);
        readItems(root, itemDepth, false);
    }

    /**
     * Where at least {@link #TAGS_NAMING_ITEMS} parts name their item in a tag (1.【青少年科学素质提升行动】…),
     * every tag that reads as a name names its part's item (【重大科普活动】 too, which names no 行动 or 工程).
     */
    private static void nameTaggedItems(Node root) {
        List<Node> tagged = new ArrayList<>();
        tagged(root, tagged);
        if (tagged.stream().filter(n -> ItemNames.of(tag(n)) != null).count() < TAGS_NAMING_ITEMS) return;
        for (Node node : tagged) {
            String tag = tag(node);
            String named = ItemNames.of(tag);
            node.itemName = named != null ? named : tag.matches("[^，。：；、]{4,15}") ? tag : null;
        }
    }

    private static final int TAGS_NAMING_ITEMS = 3;

    private static void tagged(Node node, List<Node> out) {
        for (Node child : node.children) {
            if (!tag(child).isEmpty()) out.add(child);
            tagged(child, out);
        }
    }

    /** What a part's heading opens with in a tag, or empty. */
    private static String tag(Node node) {
        if (node.own.isEmpty() || node.heading().norm().indexOf('【') < 0) return "";
        Matcher tag = TAGGED.matcher(untagged(node.heading()).norm());
        return tag.lookingAt() ? tag.group(1).strip() : "";
    }

    /** Marks the parts whose heading names an action or project, outside the organisation section. */
    private static void collect(Node node, List<Node> candidates, boolean inOrg) {
        for (Node child : node.children) {
            boolean org = inOrg || isOrgSection(child) && !names(child);
            if (!org && names(child)) candidates.add(child);
            collect(child, candidates, org);
        }
        if (!inOrg) {
            boolean partsOfTasks = node.children.stream().filter(PlanLayout::carriesTasks).count() >= 2;
            for (Node child : node.children) {
                if (child.itemName == null && siblingItems(node) >= 2) child.itemName = ItemNames.bySubject(child.title());
                if (child.itemName == null && partsOfTasks && carriesTasks(child)) child.itemName = ItemNames.ofHeading(child.title());
                if (WorkingGroups.namesGroup(child.title())) child.itemName = null;
                if (child.itemName != null && !candidates.contains(child)) candidates.add(child);
            }
        }
    }

    /**
     * A part whose numbered or bulleted parts are tasks with their units (（责任单位：…）, 牵头单位：…,
     * X（牵头）, 由X牵头，Y配合) and which holds no named action or project with tasks: among two or more
     * such parts, each is an item whatever its heading says (a work plan's 提升农民科学素质, 围绕…).
     */
    private static boolean carriesTasks(Node node) {
        if (node.carriesTasks == null) {
            node.carriesTasks = node.marker != null
                    && !isOrgSection(node)
                    && node.children.stream().noneMatch(PlanLayout::holdsNamedItem)
                    && (node.children.stream().anyMatch(PlanLayout::hasDuties) || bulletsWithDuties(node));
        }
        return node.carriesTasks;
    }

    /** Tasks bulleted (——) in the part's own text rather than numbered, with units given among them. */
    private static boolean bulletsWithDuties(Node node) {
        return node.children.isEmpty()
                && node.own.stream().skip(1).anyMatch(p -> Paragraphs.DASH.matcher(p.norm()).find())
                && node.own.stream().skip(1).anyMatch(PlanLayout::statesDuties);
    }

    private static boolean hasDuties(Node node) {
        if (node.hasDuties == null) {
            node.hasDuties = node.own.stream().anyMatch(PlanLayout::statesDuties)
                    || node.children.stream().anyMatch(PlanLayout::hasDuties);
        }
        return node.hasDuties;
    }

    /** A labelled unit list, a lead suffix, or units with a role cue in a bracket or a sentence (由X牵头，Y配合). */
    private static boolean statesDuties(Text paragraph) {
        String n = paragraph.norm();
        if (DUTY_LABEL.matcher(n).find()) return true;
        return (ROLE_CUE.matcher(n).find() || n.indexOf('（') >= 0) && Statements.statesDuties(paragraph);
    }

    /** A part named as an action or project with numbered parts of its own (a task that names one, 实施职业技能提升行动, is not). */
    private static boolean holdsNamedItem(Node node) {
        if (node.holdsNamedItem == null) {
            node.holdsNamedItem = !node.children.isEmpty() && ItemNames.of(untagged(node.heading())) != null
                    || node.children.stream().anyMatch(PlanLayout::holdsNamedItem);
        }
        return node.holdsNamedItem;
    }

    private static boolean names(Node node) {
        if (node.itemName == null) {
            Text heading = untagged(node.heading());
            // 五、第五专项工作组（社区与科普资源组）: a group that carries out items is none of them
            if (WorkingGroups.namesGroup(heading.norm())) return false;
            String name = ItemNames.of(heading);
            // 未成年人科学素质行动和科技教育与培训基础工程，由…; 科普资源开发与共享工程、科普信息化工程由…:
            // a part about several items (a division of labour) is none of them
            if (name != null && !severalItems(heading, name)) node.itemName = name;
        }
        return node.itemName != null;
    }

    private static final Pattern JOINED_ITEMS = Pattern.compile("(?:行动|工程)[、和及与][^，。；]{2,30}?(?:行动|工程)");

    private static boolean severalItems(Text heading, String name) {
        String n = heading.norm().strip();
        int start = n.indexOf(name.substring(0, Math.min(2, name.length())));
        Matcher joined = JOINED_ITEMS.matcher(n);
        return start >= 0 && joined.find() && joined.start() <= start + name.length();
    }

    private static long siblingItems(Node parent) {
        return parent.children.stream().filter(c -> c.itemName != null && ItemNames.of(untagged(c.heading())) != null).count();
    }

    private static int mostCommonDepth(List<Node> candidates) {
        java.util.Map<Integer, Integer> byDepth = new java.util.TreeMap<>();
        candidates.forEach(c -> byDepth.merge(c.depth, 1, Integer::sum));
        return byDepth.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private void readItems(Node node, int itemDepth, boolean inOrg) {
        for (Node child : node.children) {
            boolean org = inOrg || (isOrgSection(child) && child.itemName == null);
            if (org) {
                child.allParagraphs(orgParagraphs);
                continue;
            }
            boolean isItem = child.itemName != null && (child.depth == itemDepth || (child.depth < itemDepth && !hasItemAt(child, itemDepth)));
            if (isItem && !tag(child).isEmpty()) {
                addTagged(child, node);
            } else if (isItem) {
                addItem(child);
            } else {
                otherParagraphs.addAll(child.own);
                String firstSentence = child.title().split("。", 2)[0];
                if (child.depth == itemDepth && ITEM_WORD.matcher(head(firstSentence, 40)).find()) unreadHeadings.add(child.own.get(0).firstLine());
                readItems(child, itemDepth, false);
            }
        }
    }

    private static boolean hasItemAt(Node node, int depth) {
        for (Node child : node.children) {
            if ((child.depth == depth && child.itemName != null) || hasItemAt(child, depth)) return true;
        }
        return false;
    }

    private void addItem(Node node) {
        ItemDraft item = new ItemDraft(items.size() + 1, node.itemName, node.own.get(0).firstLine(), ItemNames.kind(node.itemName));
        items.add(item);
        item.preamble.addAll(node.own);
        List<Node> children = new ArrayList<>(node.children);
        // 责任分工： under the heading, its numbered lines before the tasks: the item's duties, not its tasks
        if (ShareLines.isLabel(item.preamble.get(item.preamble.size() - 1))) {
            while (!children.isEmpty() && ShareLines.isLine(children.get(0).own.get(0))) {
                Node line = children.remove(0);
                item.preamble.addAll(line.own);
                // the tasks after the last line were counted as its parts
                children.addAll(0, line.children);
            }
        }
        Numbering scheme = null;
        for (Node child : children) {
            if (scheme != null && child.marker.scheme() != scheme) {
                item.tasks.get(item.tasks.size() - 1).parts.add(child.own.get(0));
                child.children.forEach(c -> c.allParagraphs(item.tasks.get(item.tasks.size() - 1).parts));
                child.own.stream().skip(1).forEach(item.tasks.get(item.tasks.size() - 1).parts::add);
                continue;
            }
            if (scheme != null && !item.tasks.isEmpty() && child.marker.number() <= item.tasks.get(item.tasks.size() - 1).number) {
                // a count that starts again inside an item (专栏：1.…2.…) is a list within the last task, not tasks
                child.allParagraphs(item.tasks.get(item.tasks.size() - 1).parts);
                continue;
            }
            scheme = child.marker.scheme();
            TaskDraft task = new TaskDraft(child.marker.number(), child.own.get(0).firstLine());
            child.allParagraphs(task.parts);
            if (!item.tasks.isEmpty() && task.number != item.tasks.get(item.tasks.size() - 1).number + 1) {
                numberingGaps.add(item.name + ": task " + task.number + " after " + item.tasks.get(item.tasks.size() - 1).number);
            }
            item.tasks.add(task);
        }
        if (item.tasks.isEmpty()) dashTasks(item);
    }

    /** A task that names its item in a tag (1.【青少年科学素质提升行动】…) rather than standing under its heading. */
    private static final Pattern TAGGED = Pattern.compile("^【([^】]{2,30})】");
    /** 另：与X共同牵头第24项 — an aside pointing to a task listed elsewhere, not part of this one. */
    private static final Pattern ASIDE = Pattern.compile("^另[：:]");

    /**
     * A task of a plan listed by lead unit, its item only a tag: the task joins the item of that name
     * (made when first met), and keeps the heading of the section it is listed under, which names its lead.
     */
    private void addTagged(Node node, Node section) {
        String name = node.itemName;
        ItemDraft item = items.stream().filter(i -> i.name.equals(name)).findFirst().orElse(null);
        if (item == null) {
            item = new ItemDraft(items.size() + 1, name, node.own.get(0).firstLine(), ItemNames.kind(name));
            items.add(item);
        }
        TaskDraft task = new TaskDraft(node.marker.number(), node.own.get(0).firstLine());
        List<Text> all = new ArrayList<>();
        node.allParagraphs(all);
        all.stream().filter(p -> !ASIDE.matcher(p.norm().strip()).lookingAt()).forEach(task.parts::add);
        task.leadHeading = section.marker == null ? null : section.heading();
        item.tasks.add(task);
    }

    /** Bulleted (——) paragraphs of an item without numbered parts are its tasks, counted. */
    private static void dashTasks(ItemDraft item) {
        List<Text> own = new ArrayList<>(item.preamble);
        item.preamble.clear();
        TaskDraft task = null;
        for (Text p : own) {
            if (p != own.get(0) && Paragraphs.DASH.matcher(p.norm()).find()) {
                task = new TaskDraft(item.tasks.size() + 1, p.firstLine());
                item.tasks.add(task);
                task.parts.add(p);
            } else if (task != null) {
                task.parts.add(p);
            } else {
                item.preamble.add(p);
            }
        }
    }

    /** A heading without markup left by a copy from a web page (tags are not part of a name). */
    private static Text untagged(Text heading) {
        Matcher tag = TAG.matcher(heading.norm());
        java.util.BitSet drop = new java.util.BitSet();
        while (tag.find()) drop.set(tag.start(), tag.end());
        return heading.without(drop::get).strip();
    }

    /**
     * Whether a part's heading names the organisation section (六、组织实施, （一）加强组织领导): the
     * words start on the heading's own line (which a hard wrap may have cut: 加强组织 / 领导), so
     * 四、重点工程 / 聚焦…，组织实施四项重点工程 is not one.
     */
    private static boolean isOrgSection(Node node) {
        Matcher words = ORG_SECTION.matcher(head(node.heading().norm(), 20));
        return words.find() && words.start() < node.title().length();
    }

    private static String head(String s, int chars) {
        return s.substring(0, Math.min(s.length(), chars));
    }

    /** 一 … 九十九 as a number; 0 for anything else. */
    static int chineseNumber(String numeral) {
        String digits = "一二三四五六七八九";
        int ten = numeral.indexOf('十');
        if (ten < 0) return numeral.length() == 1 ? digits.indexOf(numeral.charAt(0)) + 1 : 0;
        int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0)) + 1;
        int units = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }
}
