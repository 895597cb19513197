package org.plankg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes a plan names its units by in its lists (【牵头】07　【配合】01、08), resolved through the
 * table of codes it prints (责任单位代码对照表: 01　地区科协　02　地委宣传部 …). A code stands for the
 * name the table gives it; without a table a number is no unit. Set for the reading of one plan.
 */
final class UnitCodes {

    private static final Pattern TABLE_TITLE = Pattern.compile("代码(?:对照|对应)?表");
    private static final Pattern ENTRY = Pattern.compile("(\\d{2,3})([^\\d，。；：、]{2,30}?)(?=\\d{2,3}[^\\d]|$|抄送|印发|附件)");
    private static final int MIN_ENTRIES = 3;

    private UnitCodes() {
    }

    /** The code table of a plan's paragraphs: the entries of the paragraphs from its title on, numbered in order. */
    static Map<String, String> of(List<Text> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String n = paragraphs.get(i).norm().replace(" ", "");
            Matcher title = TABLE_TITLE.matcher(n);
            // the title, then the entries at once (附件：责任单位代码对照表 in the notice is not the table)
            if (!title.find() || !n.substring(title.end()).matches("^\\d{2,3}[^\\d].*")) continue;
            // the table: its entries from the title on, up to the first paragraph without any
            Map<String, String> codes = new LinkedHashMap<>();
            String rest = n.substring(title.end());
            for (int k = i; k < paragraphs.size(); k++) {
                if (k > i) rest = paragraphs.get(k).norm().replace(" ", "");
                int before = codes.size();
                Matcher entry = ENTRY.matcher(rest);
                while (entry.find()) codes.putIfAbsent(entry.group(1), entry.group(2));
                if (codes.size() == before && k > i) break;
            }
            if (codes.size() >= MIN_ENTRIES) return codes;
        }
        return Map.of();
    }

    /** The name a code stands for in this plan, or null. */
    static String nameOf(String code) {
        return PlanConventions.current().codes().get(code);
    }
}
