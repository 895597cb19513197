package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.plan.Reform;

/**
 * Reforms a plan states in a sentence: a unit whose duties pass to another (原区文广新局承担的有关
 * 职责由区文化和旅游局承担, 将区老龄办的职责划入区卫生健康局), a unit renamed (区安监局更名为区应急管理局),
 * or units merged into one (区卫计局、区老龄办整合组建区卫生健康局). Both sides must read as unit names.
 */
final class Reforms {

    private static final String NAME = "([\\u4e00-\\u9fa5（）]{2,20}?)";
    private static final String NAMES = "([\\u4e00-\\u9fa5（）、和及]{2,60}?)";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("原" + NAME + "(?:承担|负责)的(?:有关|相关)?(?:职责|工作)由" + NAME + "(?:承担|负责)"),
            Pattern.compile("将(?:原)?" + NAME + "的(?:有关|相关)?(?:职责|工作)划入" + NAME + "(?=[，。；]|$)"),
            Pattern.compile("(?:原)?" + NAME + "更名为" + NAME + "(?=[，。；]|$)"),
            Pattern.compile("(?:原)?" + NAMES + "(?:合并|整合)(?:组建|为|成立)" + NAME + "(?=[，。；]|$)"));

    private Reforms() {
    }

    /** Words every form has: a paragraph with none of them is not read further (most are not). */
    private static final Pattern CUE = Pattern.compile("职责|更名为|合并|整合");

    static List<Reform> find(List<Text> paragraphs) {
        List<Reform> out = new ArrayList<>();
        for (Text paragraph : paragraphs) {
            String n = paragraph.norm();
            if (!CUE.matcher(n).find()) continue;
            for (Pattern form : FORMS) {
                Matcher m = form.matcher(n);
                while (m.find()) {
                    String after = m.group(2);
                    if (!UnitGrammar.isName(after)) continue;
                    Text sentence = sentence(paragraph, m.start(), m.end());
                    for (String before : m.group(1).split("[、和及]")) {
                        if (UnitGrammar.isName(before) && !before.equals(after)) {
                            out.add(new Reform(before, after, sentence.orig(), sentence.firstLine()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Text sentence(Text paragraph, int start, int end) {
        String n = paragraph.norm();
        int from = Math.max(n.lastIndexOf('。', start - 1), n.lastIndexOf('：', start - 1)) + 1;
        int to = n.indexOf('。', end);
        return paragraph.sub(from, to < 0 ? n.length() : to + 1).strip();
    }
}
