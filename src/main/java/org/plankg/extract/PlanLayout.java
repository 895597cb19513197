package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a plan's body: sections (一、), items (（一）…行动 / …工程) with the text before
 * their first task, numbered (1.) or bulleted (——) tasks with their text, and the paragraphs of the
 * 组织实施 section. Items are recognised by their heading's name, not by the section they sit in.
 */
final class PlanLayout {

    private static final Pattern ITEM_NAME =
            Pattern.compile("^（[一二三四五六七八九十]{1,3}）(?:[^，。：；]{2,14}，(?=实施))?(?:实施)?([^，。：；]{2,24}?(?:行动|工程))");
    private static final Pattern ORG_SECTION = Pattern.compile("组织实施|保障措施|组织领导|组织保障");
    /** Markup left in a heading by a copy from a web page: not part of the item's name. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]{0,200}>");
    private static final Pattern ITEM_WORD = Pattern.compile("行动|工程");

    final List<ItemDraft> items = new ArrayList<>();
    /** Lines of sub-headings that name an action or project but could not be read as one. */
    final List<Integer> unreadHeadings = new ArrayList<>();
    final List<Text> orgParagraphs = new ArrayList<>();

    static final class ItemDraft {
        final int ordinal;
        final String name;
        final Item.Kind kind;
        final int line;
        final List<Text> preamble = new ArrayList<>();
        final List<TaskDraft> tasks = new ArrayList<>();
        boolean numbered;

        ItemDraft(int ordinal, String name, int line) {
            this.ordinal = ordinal;
            this.name = name;
            this.kind = name.endsWith("行动") ? Item.Kind.ACTION : Item.Kind.PROJECT;
            this.line = line;
        }
    }

    static final class TaskDraft {
        final int number;
        final int line;
        final List<Text> parts = new ArrayList<>();

        TaskDraft(int number, int line) {
            this.number = number;
            this.line = line;
        }

        /** The task's first sentence, without its number or bullet. */
        String title() {
            Text text = Text.concat(parts);
            Matcher marker = Pattern.compile("^(?:\\d{1,2}[.、]|——|--)").matcher(text.norm());
            int start = marker.find() ? marker.end() : 0;
            int end = text.norm().indexOf('。', start);
            return text.sub(start, end < 0 ? text.length() : end + 1).strip().orig();
        }
    }

    /**
     * Walks the paragraphs. Headings and task numbers must follow on from the previous ones (（二）
     * after （一）, 3. after 2.; headings may also start again at one): a number that a line wrap happens to put at
     * the start of a line (…新华 194 / 9、天宁一号…) does not open anything.
     */
    static PlanLayout of(List<Text> paragraphs) {
        PlanLayout layout = new PlanLayout();
        boolean inOrgSection = false;
        int section = 0;
        int sub = 0;
        ItemDraft item = null;
        TaskDraft task = null;
        for (Text p : paragraphs) {
            String n = p.norm();
            Matcher sectionHeading = Paragraphs.SECTION.matcher(n);
            if (sectionHeading.find() && follows(chineseNumber(sectionHeading.group(1)), section)) {
                section = chineseNumber(sectionHeading.group(1));
                sub = 0;
                inOrgSection = ORG_SECTION.matcher(n.substring(0, Math.min(n.length(), 20))).find();
                item = null;
                task = null;
                if (inOrgSection) layout.orgParagraphs.add(p);
                continue;
            }
            Matcher subHeading = Paragraphs.ITEM.matcher(n);
            boolean isSubHeading = subHeading.find() && follows(chineseNumber(subHeading.group(1)), sub);
            if (isSubHeading) sub = chineseNumber(subHeading.group(1));
            if (inOrgSection) {
                layout.orgParagraphs.add(p);
                continue;
            }
            String untagged = TAG.matcher(n).replaceAll("");
            Matcher heading = ITEM_NAME.matcher(untagged);
            Matcher number = Paragraphs.TASK.matcher(n);
            if (isSubHeading && heading.find()) {
                item = new ItemDraft(layout.items.size() + 1, heading.group(1), p.firstLine());
                layout.items.add(item);
                task = null;
                item.preamble.add(p);
            } else if (isSubHeading) {
                if (ITEM_WORD.matcher(untagged.substring(0, Math.min(untagged.length(), 40))).find()) {
                    layout.unreadHeadings.add(p.firstLine());
                }
                item = null;
                task = null;
            } else if (item != null && number.find() && Integer.parseInt(number.group(1)) == item.tasks.size() + 1
                    && (item.numbered || item.tasks.isEmpty())) {
                item.numbered = true;
                task = new TaskDraft(Integer.parseInt(number.group(1)), p.firstLine());
                item.tasks.add(task);
                task.parts.add(p);
            } else if (item != null && !item.numbered && Paragraphs.DASH.matcher(n).find()) {
                task = new TaskDraft(item.tasks.size() + 1, p.firstLine());
                item.tasks.add(task);
                task.parts.add(p);
            } else if (task != null) {
                task.parts.add(p);
            } else if (item != null) {
                item.preamble.add(p);
            }
        }
        return layout;
    }

    /** Whether a heading number continues the count, or starts it again (a plan after its notice). */
    private static boolean follows(int number, int previous) {
        return number == previous + 1 || number == 1;
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
