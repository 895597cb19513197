package org.plankg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conventions a plan states once for the tasks that name no lead: 未注明牵头单位的任务，均由旗科协牵头
 * (the lead of every such task), and 各项任务后括号内所列单位为配合单位 (a bracket of bare names lists
 * those who take part, not those who answer).
 */
final class DefaultLead {

    private static final Pattern LEAD = Pattern.compile(
            "未(?:注明|标注|标明|明确|列明|写明)(?:牵头单位|牵头部门)的(?:任务|工作|事项|项目)?[，,]?(?:均|一律|统一|都)?由([^，。；：]{2,30}?)牵头");
    private static final Pattern BRACKETS_TAKE_PART = Pattern.compile(
            "括号(?:内|中|里)(?:所)?(?:列|注明|标注|列明)?的?(?:单位|部门)?(?:均)?为(?:配合|参与|协助|协办)(?:单位|部门)");
    /** 旗科协（旗科学素质办）: the other name a bracket gives is no part of the unit's. */
    private static final Pattern ALIAS = Pattern.compile("（[^（）]*）$");

    /** The unit a plan's default lead names and the sentence that states it. */
    record Found(String name, Text quote) {
    }

    private DefaultLead() {
    }

    /** The plan's default lead, or null when it states none. */
    static Found of(List<Text> paragraphs) {
        for (Text paragraph : paragraphs) {
            String n = paragraph.norm();
            if (!n.contains("未") || !n.contains("牵头")) continue;
            Matcher m = LEAD.matcher(n);
            if (!m.find()) continue;
            String name = ALIAS.matcher(m.group(1).strip()).replaceFirst("");
            if (!UnitGrammar.isName(name)) continue;
            return new Found(name, paragraph.sub(sentenceStart(n, m.start()), sentenceEnd(n, m.end())));
        }
        return null;
    }

    /** Whether a plan states that its brackets of bare names list the units that take part. */
    static boolean bracketsTakePart(String document) {
        return document.contains("括号") && BRACKETS_TAKE_PART.matcher(document).find();
    }

    private static int sentenceStart(String n, int at) {
        int start = at;
        while (start > 0 && "。；".indexOf(n.charAt(start - 1)) < 0) start--;
        return start;
    }

    private static int sentenceEnd(String n, int at) {
        int end = at;
        while (end < n.length() && "。；".indexOf(n.charAt(end)) < 0) end++;
        return Math.min(n.length(), end + 1);
    }
}
