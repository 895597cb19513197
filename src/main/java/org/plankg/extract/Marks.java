package org.plankg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.plan.Role;

/**
 * Marks a document sets before unit names (★区教育局，☆区科协) and the roles its legend gives them,
 * stated once: 标注“★”的为牵头单位 … 标注“☆”的为配合单位. A mark is never part of a name; without a
 * legend it gives no role. The legend is set for the reading of one plan, on its thread.
 */
final class Marks {

    /** Symbols a document may mark names with. */
    static final String SYMBOLS = "★☆※△▲○●◆◇■□";
    private static final Pattern LEGEND = Pattern.compile(
            "([" + SYMBOLS + "])[”\"]?号?的?(?:单位)?为(牵头|主责|配合|协同|参与|协办|协助|责任)(?:单位|部门)");
    /** 字体加黑的为牵头单位: bold type as a mark, stated in words. */
    private static final Pattern BOLD_LEGEND = Pattern.compile(
            "(?:加黑|加粗|黑体|粗体)(?:显示|标注)?的?(?:单位|部门)?为(牵头|主责|配合|协同|参与|责任)(?:单位|部门)");
    /** Stands in the legend for bold type, which has no character of its own. */
    private static final char BOLD = '\uE000';

    private Marks() {
    }

    /** The roles a document's legend gives its marks. */
    static Map<Character, Role> legend(String document) {
        Map<Character, Role> roles = new HashMap<>();
        Matcher bold = BOLD_LEGEND.matcher(document);
        boolean mentionsBold = document.contains("加黑") || document.contains("加粗") || document.contains("黑体") || document.contains("粗体");
        if (mentionsBold && bold.find()) roles.put(BOLD, RoleClauses.roleOfWord(bold.group(1)));
        if (document.chars().noneMatch(c -> isMark((char) c))) return roles;
        Matcher m = LEGEND.matcher(document);
        while (m.find()) {
            roles.putIfAbsent(m.group(1).charAt(0), RoleClauses.roleOfWord(m.group(2)));
        }
        return roles;
    }


    /** Per source line, the names a plan sets in bold, when its legend gives bold type a role. */
    static Map<Integer, java.util.Set<String>> boldNames(Map<Character, Role> legend, Map<Integer, List<String>> bold) {
        if (!legend.containsKey(BOLD)) return Map.of();
        Map<Integer, java.util.Set<String>> names = new HashMap<>();
        bold.forEach((line, runs) -> {
            for (String run : runs) {
                for (String piece : Text.line(run, line).norm().split("[、，；]")) {
                    String name = piece.replaceAll("[\\s。：]", "");
                    if (!name.isEmpty()) names.computeIfAbsent(line, k -> new java.util.HashSet<>()).add(name);
                }
            }
        });
        return names;
    }

    /** The role the legend gives a name set in bold where it stands (区科协, or 区委宣传部（区文明办） as a whole), or null. */
    static Role roleOfBold(Text name) {
        java.util.Set<String> bold = PlanConventions.current().boldNames().get(name.firstLine());
        if (bold == null) return null;
        String n = name.norm().strip();
        for (String piece : bold) {
            if (piece.equals(n) || piece.startsWith(n + "（")) return PlanConventions.current().marks().get(BOLD);
        }
        return null;
    }

    static boolean isMark(char c) {
        return SYMBOLS.indexOf(c) >= 0;
    }

    /** The role the plan's legend gives a mark, or null. */
    static Role roleOf(char mark) {
        return PlanConventions.current().marks().get(mark);
    }
}
