package org.plankg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plankg.plan.Item;

/**
 * Reads an action's or project's name from a heading: the phrase ending in 行动 or 工程 of its first
 * clause, without the verbs that introduce it (深入实施, 大力开展 …); or, among headings that do name
 * items, a heading that names no 行动/工程 but is about one (着力提升农民科学素质,
 * 加快推进数字科普建设). A phrase that counts items (五大重点工程, 五项提升行动) names a group, not one.
 */
final class ItemNames {

    private static final String VERB = "(?:(?:深入|大力|全面|着力|持续|扎实|积极|继续|重点|组织|统筹)?(?:实施|开展|推进|推动|落实|抓好))";
    private static final Pattern INTRO = Pattern.compile("^(?:[^，。：；（]{2,14}，(?=" + VERB + "))?" + VERB + "?");
    private static final Pattern ITEM_WORD = Pattern.compile("行动|工程");
    private static final int NAME_MAX = 26;
    private static final Pattern COUNTED = Pattern.compile("^(?:[一二三四五六七八九十两几多]|\\d)+(?:大|项|个|类)");
    /** The subjects an item without 行动/工程 is about: the groups of the actions, the fields of the projects. */
    private static final Pattern ACTION_SUBJECT = Pattern.compile("(?:青少年|未成年|农民|产业工人|职工|劳动者|老年|领导干部|公务员|社区居民|妇女)[^，。；]{0,6}科学素质");
    private static final Pattern PROJECT_SUBJECT = Pattern.compile("科普|科技资源|科学素质交流|科技交流");
    private static final int SUBJECT_HEADING_MAX = 24;
    /** Two short clauses and nothing else: 聚焦青少年群体，激发科学兴趣. */
    private static final Pattern THEME = Pattern.compile("[^，。：；（）]{2,14}，[^，。：；（）]{2,14}");

    private ItemNames() {
    }

    /** The item a heading's title names with 行动 or 工程, or null. */
    static String of(String title) {
        return of(Text.line(title, 1));
    }

    /**
     * The item a heading names: the first 行动/工程 of its first clause that closes the phrase — at
     * the end, before punctuation, or where the heading's line ends (科学素质提升行动 / 激发…, or a
     * heading wrapped inside its name: 科普化工 / 程).
     */
    static String of(Text title) {
        String n = title.norm();
        Matcher intro = INTRO.matcher(n);
        int start = intro.lookingAt() ? intro.end() : 0;
        Matcher word = ITEM_WORD.matcher(n);
        word.region(start, n.length());
        while (word.find()) {
            int end = word.end();
            String name = n.substring(start, end);
            if (name.length() > NAME_MAX || name.matches(".*[，。：；、《》“”].*")) return null;
            boolean closes = end == n.length() || !Character.isIdeographic(n.charAt(end)) || title.lines()[end] != title.lines()[end - 1];
            if (closes && name.length() >= 4) return COUNTED.matcher(name).find() ? null : name;
        }
        return null;
    }

    /**
     * A heading as an item's name: one short clause (加强统筹协调), or a short heading of two clauses
     * standing alone (聚焦青少年群体，激发科学兴趣); null for a heading run into its text (加强组织领导。…).
     */
    static String ofHeading(String title) {
        String whole = title.strip();
        if (whole.length() <= NAME_MAX && THEME.matcher(whole).matches()) return whole;
        String clause = title.split("[，。：；]", 2)[0].strip();
        if (clause.length() < 2 || clause.length() > NAME_MAX || clause.length() < whole.length() - 1) return null;
        return clause;
    }

    /** The item a short heading is about without naming 行动/工程 (its first clause), or null. */
    static String bySubject(String title) {
        String clause = title.split("[，。：；]", 2)[0].strip();
        if (clause.isEmpty() || clause.length() > SUBJECT_HEADING_MAX || clause.length() < title.strip().length() - 1) return null;
        if (ACTION_SUBJECT.matcher(clause).find() || PROJECT_SUBJECT.matcher(clause).find()) return clause;
        return null;
    }

    /**
     * The kind an item's words give it, or null when they give none (加强统筹协调, 围绕办好重大科普活动:
     * 科普 alone names no project; the outline's concepts decide).
     */
    static Item.Kind kind(String name) {
        if (name.endsWith("行动")) return Item.Kind.ACTION;
        if (name.endsWith("工程")) return Item.Kind.PROJECT;
        return ACTION_SUBJECT.matcher(name).find() ? Item.Kind.ACTION : null;
    }
}
