package org.plankg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names a plan introduces once for its units (区教育局简称“教育”; 各街道办事处、各镇人民政府合称“街镇”)
 * and then writes alone (第1项由教育牵头，科协配合实施): such a word is a name while the plan is read, and
 * stands for the full names it was given. Set for the reading of one plan, on its thread.
 */
final class ShortNames {

    private static final Pattern INTRODUCED = Pattern.compile("([^：；，。“”]{2,40}?)(?:简称|合称|统称)[“\"]([^”\"]{1,8})[”\"]");
    private static final List<String> WORDS = List.of("简称", "合称", "统称");

    private ShortNames() {
    }

    static Map<String, List<String>> of(List<Text> paragraphs) {
        Map<String, List<String>> names = new HashMap<>();
        for (Text paragraph : paragraphs) {
            String n = paragraph.norm();
            for (String word : WORDS) {
                for (int at = n.indexOf(word); at >= 0; at = n.indexOf(word, at + 1)) {
                    // from the clause's start to the quote after the word: 区教育局简称“教育”
                    int start = at;
                    while (start > 0 && "：；，。“”".indexOf(n.charAt(start - 1)) < 0 && at - start < 40) start--;
                    Matcher m = INTRODUCED.matcher(n).region(start, Math.min(n.length(), at + 14));
                    if (!m.lookingAt()) continue;
                    List<String> full = List.of(m.group(1).strip().split("、"));
                    // only names a unit's full name: 区教育局 is “教育”, not 以下 or 本方案
                    if (full.stream().allMatch(UnitGrammar::isName)) names.putIfAbsent(m.group(2), full);
                }
            }
        }
        return names;
    }

    /** The full names a short name stands for, or null. */
    static List<String> fullNames(String written) {
        return PlanConventions.current().shortNames().get(written);
    }

    /** The length of the longest short name a text opens with, 0 when none. */
    static int at(String n) {
        int longest = 0;
        for (String s : PlanConventions.current().shortNames().keySet()) {
            if (s.length() > longest && n.startsWith(s)) longest = s.length();
        }
        return longest;
    }
}
