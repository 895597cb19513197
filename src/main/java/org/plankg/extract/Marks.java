package org.plankg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
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
    private static final ThreadLocal<Map<Character, Role>> ROLES = ThreadLocal.withInitial(Map::of);

    private Marks() {
    }

    /** The roles a document's legend gives its marks. */
    static Map<Character, Role> legend(String document) {
        Map<Character, Role> roles = new HashMap<>();
        if (document.chars().noneMatch(c -> isMark((char) c))) return roles;
        Matcher m = LEGEND.matcher(document);
        while (m.find()) {
            Role role = switch (m.group(2)) {
                case "牵头", "主责" -> Role.LEAD;
                case "责任" -> Role.RESPONSIBLE;
                default -> Role.PARTICIPANT;
            };
            roles.putIfAbsent(m.group(1).charAt(0), role);
        }
        return roles;
    }

    /** Runs {@code reading} with the plan's legend. */
    static <T> T withLegend(Map<Character, Role> legend, Supplier<T> reading) {
        ROLES.set(legend);
        try {
            return reading.get();
        } finally {
            ROLES.remove();
        }
    }

    static boolean isMark(char c) {
        return SYMBOLS.indexOf(c) >= 0;
    }

    /** The role the plan's legend gives a mark, or null. */
    static Role roleOf(char mark) {
        return ROLES.get().get(mark);
    }
}
