package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plankg.plan.Role;

/**
 * Finds responsibility statements in a run of text and splits them into lead and participating
 * units, or responsible units where the text makes no such split. A statement is a run of
 * labelled lists, in any order, each list running to the next label, a full stop or the closing
 * bracket: {@code 牵头单位：A、B。配合单位：C} (also 协同, 参与, 协办 and 责任单位 after a lead list),
 * {@code （牵头单位：A；责任单位：B、C）}, {@code 责任单位：A、B牵头，C，D等单位参加。},
 * {@code （分工：由A牵头，B…等单位共同参与。）} and {@code （责任单位：A、B）} (responsible, no split).
 */
final class Responsibilities {

    private static final String LEAD_LABELS = "牵头(?:单位|部门)?|主责(?:单位|部门)?|主要负责(?:单位|部门)|主要责任(?:单位|部门)|主办(?:单位|部门)?";
    /** A label, with a colon (责任单位：) or in lenticular brackets (【责任单位】). */
    private static final Pattern LABEL = Pattern.compile(
            "【?(" + LEAD_LABELS + "|(?:责任|承办|配合|参与|参加|协同|协办|协作|协助)(?:单位|部门|主体)|(?:配合|参与|参加|协同|协办|协助)(?=：|】)|责任(?=】)|(?:责任)?分工)(?:：|】：?)");
    private static final Pattern LEAD_LABEL = Pattern.compile(LEAD_LABELS);
    /** How far into a list a 由 may stand and still open its names (本项工作由…). */
    private static final int PROSE_SUBJECT_MAX = 8;
    /** A label of the units that carry a task out, leading only beside a label of those who assist. */
    private static final Pattern PRINCIPAL_LABEL = Pattern.compile("承办(?:单位|部门)");
    private static final Pattern HELPER_LABEL = Pattern.compile("配合|参与|参加|协同|协办|协作|协助");
    /** What may stand between two lists of one statement. */
    private static final Pattern JOINT = Pattern.compile("[。；，、 ]*");
    private static final Pattern TAIL =
            Pattern.compile("(?:等(?:单位|部门)?)?(?:共同)?(?:(?:参加|参与|配合|协助)(?:实施|落实|推进)?|负责)?[。）]*$");
    /** A field of a task's record that is not a unit list (完成时限：全年, 时间节点：…): a list ends where one begins. */
    private static final Pattern LENTICULAR_FIELD = Pattern.compile("【[\\u4e00-\\u9fa5]{2,8}】");
    private static final Pattern FIELD = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}：");
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^" + UnitNames.LEVEL + "委?");

    /** A statement: its verbatim extent and its unit lists, each name with its group's prefix. */
    record Statement(Text quote, List<Mention> leads, List<Mention> others, boolean split) {
    }

    /**
     * A unit as written, with the prefix (区, 区委) of the first name of its comma group, the role a
     * suffix gives it (市科协（牵头）; null: the list's) and the other name a bracket gives it
     * (区委宣传部（区文明办）; null: none).
     */
    record Mention(Text name, String groupPrefix, Role role, String alias) {
        Mention(Text name, String groupPrefix) {
            this(name, groupPrefix, null, null);
        }

        /** The same unit with the role its place gives it. */
        Mention withRole(Role given) {
            return new Mention(name, groupPrefix, given, alias);
        }
    }

    /** A short name the text introduces: 县科学技术协会（以下简称县科协）, （以下简称“市人社局”）. */
    private static final Pattern SHORT_NAME = Pattern.compile("^(?:以下)?简称[“\"]?([^”\"]+)[”\"]?$");
    private static final Pattern LEAD_SUFFIX = Pattern.compile("^(?:共同)?(?:牵头|主责|牵头单位|牵头部门|主责单位|主办)$");
    private static final Pattern OTHER_SUFFIX = Pattern.compile("^(?:配合|参与|协办|协同|配合单位|参与单位|协办单位)$");

    private Responsibilities() {
    }

    static List<Statement> find(Text text) {
        return find(text, false);
    }

    /** {@code firstLeads}: the document states that the first unit of a list leads. */
    static List<Statement> find(Text text, boolean firstLeads) {
        List<Statement> found = new ArrayList<>();
        String n = text.norm();
        if (n.indexOf('：') < 0 && n.indexOf('】') < 0) return found; // every label ends in one of them
        Matcher label = LABEL.matcher(n);
        int from = 0;
        while (from < n.length() && label.find(from)) {
            int start = label.start();
            // a statement in brackets, round or lenticular: （责任单位：…）, 【主要责任单位：…；协同单位：…】
            boolean lenticular = n.charAt(start) == '【' && !label.group().contains("】");
            boolean bracketed = lenticular || start > 0 && n.charAt(start - 1) == '（';
            // a label further inside a bracket (（本行动各项任务承办单位：…）) ends with the bracket too
            int open = bracketed ? -1 : unclosedBefore(n, start);
            int limit = open >= 0 ? closing(n, open) : !bracketed ? n.length() : lenticular ? lenticularClose(n, start) : closing(n, start - 1);
            bracketed |= open >= 0;
            List<Text> leadLists = new ArrayList<>();
            List<Text> otherLists = new ArrayList<>();
            List<Text> principalLists = new ArrayList<>();
            boolean helped = false;
            int end;
            boolean fieldEnded;
            while (true) {
                boolean lead = LEAD_LABEL.matcher(label.group(1)).matches();
                boolean principal = PRINCIPAL_LABEL.matcher(label.group(1)).matches();
                helped |= HELPER_LABEL.matcher(label.group(1)).lookingAt();
                int bodyStart = label.end();
                boolean more = label.find(bodyStart) && label.start() < limit;
                int nextLabel = more ? label.start() : limit;
                int stop = bracketed ? nextLabel : Math.min(nextLabel, stop(n, bodyStart));
                int field = fieldStart(text, bodyStart, stop);
                (lead ? leadLists : principal ? principalLists : otherLists).add(text.sub(bodyStart, field));
                end = field;
                fieldEnded = field < stop;
                if (fieldEnded || !more || !JOINT.matcher(n.substring(stop, nextLabel)).matches()) break;
            }
            // 承办单位：A；协办单位：B — A organises, B assists; 承办单位：A、B alone answer together
            (helped ? leadLists : otherLists).addAll(principalLists);
            if (bracketed && !lenticular && open < 0) start--;
            // a list a field ended (责任单位：A；完成时限：…) is quoted without the field
            int quoteEnd = bracketed && fieldEnded ? Math.min(limit + 1, n.length()) : fieldEnded ? end : Math.min(end + 1, n.length());
            found.add(statement(text.sub(start, quoteEnd), leadLists, otherLists, firstLeads));
            from = quoteEnd;
        }
        return found;
    }

    /**
     * A statement from a table row's cells by their columns' roles: 责任单位 beside a lead list take part,
     * without one they answer; 配合单位 ({@code helperLists}) take part.
     */
    static Statement statement(Text quote, List<Text> leadLists, List<Text> otherLists, List<Text> helperLists) {
        Statement read = statement(quote, leadLists, otherLists, false);
        List<Mention> helpers = new ArrayList<>();
        helperLists.forEach(list -> mentions(list).forEach(m -> helpers.add(m.role() != null ? m : new Mention(m.name(), m.groupPrefix(), Role.PARTICIPANT, m.alias()))));
        if (helpers.isEmpty()) return read;
        List<Mention> others = new ArrayList<>();
        for (Mention m : read.others()) {
            others.add(read.split() || m.role() != null ? m : new Mention(m.name(), m.groupPrefix(), Role.RESPONSIBLE, m.alias()));
        }
        others.addAll(helpers);
        return new Statement(quote, read.leads(), others, true);
    }

    /**
     * As above; where no lead is named, the first unit leads when the document states that rule
     * ({@code firstLeads}) or the list itself does (A、B、C，列第一位的为牵头单位) and names more than one.
     */
    static Statement statement(Text quote, List<Text> leadLists, List<Text> otherLists, boolean firstLeads) {
        boolean local = false;
        List<Text> lists = new ArrayList<>();
        for (Text list : otherLists) {
            Matcher rule = RoleClauses.FIRST_LEADS.matcher(list.norm());
            if (rule.find()) {
                local = true;
                int cut = Math.max(list.norm().lastIndexOf('，', rule.start()), list.norm().lastIndexOf('；', rule.start()));
                list = list.sub(0, Math.max(0, cut));
            }
            lists.add(list);
        }
        Statement read = byLabels(quote, leadLists, lists);
        boolean ruled = local ? read.others().size() >= 2 : firstLeads;
        if (!read.split() && read.leads().isEmpty() && ruled && !read.others().isEmpty()) {
            List<Mention> others = read.others();
            return new Statement(quote, List.of(others.get(0)), others.subList(1, others.size()), true);
        }
        return read;
    }

    private static Statement byLabels(Text quote, List<Text> leadLists, List<Text> otherLists) {
        List<Mention> leads = new ArrayList<>();
        leadLists.forEach(list -> leads.addAll(mentions(list)));
        List<Mention> others = new ArrayList<>();
        boolean split = !leadLists.isEmpty();
        for (Text list : otherLists) {
            int lead = list.norm().indexOf("牵头");
            List<Mention> listed = mentions(list);
            if (listed.stream().anyMatch(m -> m.role() != null)) {
                listed.forEach(m -> (m.role() == Role.LEAD ? leads : others).add(m));
                split = true;
            } else if (lead >= 0) {
                // （分工：由A牵头…）, 本行动由A、B牵头: the leads are named after the 由
                int by = list.norm().lastIndexOf('由', lead);
                leads.addAll(mentions(list.sub(by + 1, lead)));
                others.addAll(mentions(list.sub(lead + 2)));
                split = true;
            } else if (list.norm().indexOf('由') >= 0 && list.norm().indexOf('由') <= PROSE_SUBJECT_MAX) {
                // 分工：本项工作由A、B、C负责 — prose after the label: the names follow 由
                others.addAll(mentions(list.sub(list.norm().indexOf('由') + 1)));
            } else {
                others.addAll(mentions(list));
            }
        }
        return new Statement(quote, leads, others, split);
    }

    /** Splits a list into names: comma groups (，；) of names separated by 、. */
    static List<Mention> mentions(Text list) {
        List<Mention> out = new ArrayList<>();
        for (Text group : list.splitOutsideBrackets("，；")) {
            int before = out.size();
            if (!addGroup(group, out)) break;
            // 区卫健局牵头，区委组织部、宣传部，发改局、科技局: a group of bare names after named levels is of that level
            String level = out.isEmpty() || before == 0 ? "" : levelOf(out.get(before - 1).groupPrefix());
            if (!level.isEmpty()) {
                for (int i = before; i < out.size(); i++) {
                    Mention m = out.get(i);
                    if (m.groupPrefix().isEmpty()) out.set(i, new Mention(m.name(), level, m.role(), m.alias()));
                }
            }
        }
        return out;
    }

    private static String levelOf(String prefix) {
        return prefix.isEmpty() || UnitNames.LEVEL_CHARS.indexOf(prefix.charAt(0)) < 0 ? "" : prefix.substring(0, 1);
    }

    /** Adds a comma group's names; false when prose ran into the list, which ends there. */
    private static boolean addGroup(Text group, List<Mention> out) {
        String prefix = null;
        // A、B（共同牵头）: the suffix is the whole group's
        if (group.norm().strip().endsWith("（共同牵头）")) {
            List<Mention> joint = new ArrayList<>();
            boolean whole = addGroup(group.sub(0, group.norm().lastIndexOf("（共同牵头）")), joint);
            joint.forEach(m -> out.add(new Mention(m.name(), m.groupPrefix(), Role.LEAD, m.alias())));
            return whole;
        }
        for (Text part : group.splitOutsideBrackets("、")) {
            Text written = clean(part);
            String coded = UnitCodes.nameOf(written.norm().strip());
            if (coded != null) {
                // a code (07) stands for the name the plan's table of codes gives it
                Mention named = mention(Text.line(coded, written.firstLine()), "");
                if (prefix == null) prefix = prefixOf(coded);
                out.add(new Mention(named.name(), prefix, named.role(), named.alias()));
                continue;
            }
            if (written.norm().codePoints().noneMatch(Character::isIdeographic) || written.norm().matches("^(?:无|暂无)$")) continue;
            Text name = beforeProse(written);
            if (name.isEmpty()) return false;
            if (prefix == null) prefix = prefixOf(name.norm());
            out.add(mention(name, prefix));
            if (name.length() < written.length()) return false;
        }
        return true;
    }

    /** A name with its role suffix or alias bracket taken off: 市科协（牵头）, 区委宣传部（区文明办）. */
    static Mention mention(Text written, String prefix) {
        Text name = written;
        Role role = null;
        String alias = null;
        // a mark before or after the name is no part of it (★区教育局, 区科协☆); the plan's legend gives its role
        while (!name.isEmpty() && Marks.isMark(name.norm().charAt(0))) {
            if (role == null) role = Marks.roleOf(name.norm().charAt(0));
            name = name.sub(1).strip();
        }
        while (!name.isEmpty() && Marks.isMark(name.norm().charAt(name.length() - 1))) {
            if (role == null) role = Marks.roleOf(name.norm().charAt(name.length() - 1));
            name = name.sub(0, name.length() - 1).strip();
        }
        if (role == null) role = Marks.roleOfBold(name);
        while (name.norm().endsWith("）")) {
            int open = name.norm().lastIndexOf('（');
            if (open <= 0) break;
            String inside = name.norm().substring(open + 1, name.length() - 1).strip();
            Matcher shortName = SHORT_NAME.matcher(inside);
            if (shortName.matches()) inside = shortName.group(1);
            if (LEAD_SUFFIX.matcher(inside).matches()) role = Role.LEAD;
            else if (OTHER_SUFFIX.matcher(inside).matches()) role = Role.PARTICIPANT;
            else if (alias == null && UnitGrammar.isName(inside) && UnitGrammar.isName(name.norm().substring(0, open))) {
                alias = shortName.matches() ? inside : name.orig().substring(open + 1, name.length() - 1).strip();
            }
            else break;
            name = name.sub(0, open).strip();
        }
        return new Mention(name, prefix, role, alias);
    }

    /**
     * The name, or the part of it before a line break when prose ran on after a list that did not
     * end with a stop (…、各县（市、区）人民政府 / 为全面推进乡村振兴…): a name broken across lines
     * (区科 / 协) stays whole.
     */
    private static Text beforeProse(Text name) {
        String n = name.norm();
        // a mark (★区科协) is looked past: the name is what follows it
        int mark = 0;
        while (mark < n.length() && Marks.isMark(n.charAt(mark))) mark++;
        if (name.isEmpty() || name.lines()[0] == name.lines()[name.length() - 1] || UnitGrammar.isName(n.substring(mark))) return name;
        int longest = mark + UnitGrammar.namePrefix(n.substring(mark));
        for (int i = mark + 1; i < name.length(); i++) {
            if (name.lines()[i] != name.lines()[i - 1] && longest <= i && UnitGrammar.isName(n.substring(mark, i))) return name.sub(0, i);
        }
        return name;
    }

    /** The level prefix of a group's first name: 区委, 县委, 区, 县, 市 (not the 市 of 市场监管局); 团区委 is of 区. */
    private static String prefixOf(String first) {
        Matcher m = LEVEL_PREFIX.matcher(first.startsWith("团") ? first.substring(1) : first);
        return m.find() ? m.group().substring(0, 1) + (first.startsWith("团") ? "" : m.group().substring(1)) : "";
    }

    private static Text clean(Text name) {
        Text t = name.strip();
        if (t.norm().startsWith("由")) t = t.sub(1);
        Matcher tail = TAIL.matcher(t.norm());
        if (tail.find()) {
            Text cut = t.sub(0, tail.start());
            // a closing bracket that belongs to the name (市科协（牵头）, 各镇（街道）) stays
            while (!UnitGrammar.balanced(cut.norm()) && cut.length() < t.length()) cut = t.sub(0, cut.length() + 1);
            t = cut;
        }
        return t.strip();
    }

    private static int lenticularClose(String n, int from) {
        int close = n.indexOf('】', from);
        return close < 0 ? n.length() : close;
    }

    /** The bracket still open at {@code at} in its sentence, or -1. */
    private static int unclosedBefore(String n, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0 && n.charAt(i) != '。'; i--) {
            if (n.charAt(i) == '）') depth++;
            else if (n.charAt(i) == '（' && depth-- == 0) return i;
        }
        return -1;
    }

    /** The bracket that closes the one opened at {@code open}, brackets inside names (市委宣传部（市文明办）) nested. */
    private static int closing(String n, int open) {
        int depth = 0;
        for (int i = open; i < n.length(); i++) {
            if (n.charAt(i) == '（') depth++;
            else if (n.charAt(i) == '）' && --depth == 0) return i;
        }
        return n.length();
    }

    /**
     * Where a field that is not a unit list begins between {@code from} and {@code limit}: at a
     * separator, a closing bracket or a new line (区教育局（牵头） / 完成时限：全年); else {@code limit}.
     */
    private static int fieldStart(Text text, int from, int limit) {
        String n = text.norm();
        // 【牵头】07　【配合】01　【时限】全年: a lenticular label that is no unit list's ends it
        Matcher tag = LENTICULAR_FIELD.matcher(n).region(from, limit);
        if (tag.find()) limit = tag.start();
        int colon = n.indexOf('：', from);
        if (colon < 0 || colon >= limit) return limit;
        Matcher field = FIELD.matcher(n).region(from, limit);
        while (field.find()) {
            // the last unit may run into the field where a line ends (区科技局 / 完成时限：)
            int at = field.start();
            for (int i = field.start() + 1; i <= field.end() - 3; i++) {
                if (text.lines()[i] != text.lines()[i - 1]) at = i;
            }
            if (at == from || "；，。）、 ".indexOf(n.charAt(at - 1)) >= 0 || text.lines()[at] != text.lines()[at - 1]) {
                int end = at;
                while (end > from && "；，。、 ".indexOf(n.charAt(end - 1)) >= 0) end--;
                return end;
            }
        }
        return limit;
    }

    private static int stop(String n, int from) {
        int stop = n.indexOf('。', from);
        return stop < 0 ? n.length() : stop;
    }

}
