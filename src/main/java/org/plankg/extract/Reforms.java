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
    /** Each form with the words it cannot do without: a paragraph without them is not tried (most are not). */
    private record Form(Pattern cue, Pattern pattern) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("职责由|工作由"),
                    Pattern.compile("原" + NAME + "(?:承担|负责)的(?:有关|相关)?(?:职责|工作)由" + NAME + "(?:承担|负责)")),
            new Form(Pattern.compile("划入"),
                    Pattern.compile("将(?:原)?" + NAME + "的(?:有关|相关)?(?:职责|工作)划入" + NAME + "(?=[，。；]|$)")),
            new Form(Pattern.compile("更名为"), Pattern.compile("(?:原)?" + NAME + "更名为" + NAME + "(?=[，。；]|$)")),
            new Form(Pattern.compile("(?:合并|整合)(?:组建|为|成立)"),
                    Pattern.compile("(?:原)?" + NAMES + "(?:合并|整合)(?:组建|为|成立)" + NAME + "(?=[，。；]|$)")));

    private Reforms() {
    }

    static List<Reform> find(List<Text> paragraphs) {
        List<Reform> out = new ArrayList<>();
        for (Text paragraph : paragraphs) {
            String n = paragraph.norm();
            for (Form form : FORMS) {
                if (!form.cue().matcher(n).find()) continue;
                Matcher m = form.pattern().matcher(n);
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
