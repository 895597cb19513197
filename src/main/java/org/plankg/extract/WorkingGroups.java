package org.plankg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;
import org.plankg.extract.Responsibilities.Statement;
import org.plankg.plan.Role;

/**
 * Working groups a plan sets up once and then names where it gives duties (各项行动由本方案指定的专项工作组
 * 组织实施 … 实施主体：第一专项工作组): each group's units are defined in one place, often an appendix,
 * by their place in it — 组长单位 lead, 副组长单位 and 成员单位 take part.
 */
final class WorkingGroups {

    /** 第一专项工作组, 第二工作组. */
    static final Pattern NAME = Pattern.compile("第[一二三四五六七八九十]{1,3}(?:专项)?工作组");
    private static final Pattern MEMBERS = Pattern.compile("^(组长|副组长|成员)(?:单位|部门)[：:]");
    /** 实施主体：第一专项工作组, 由第二专项工作组组织实施, 本项由第五专项工作组负责. */
    private static final Pattern REFERENCE = Pattern.compile("(?:实施主体[：:]|由)(" + NAME.pattern() + ")");

    /** A group's units as its definition lists them: each line a statement of its own. */
    record Group(String name, List<Statement> statements) {
    }

    private WorkingGroups() {
    }

    /** The groups a plan defines (a heading naming one, then its 组长单位：… lines), by name. */
    static Map<String, Group> of(List<Text> paragraphs) {
        Map<String, Group> groups = new LinkedHashMap<>();
        if (paragraphs.stream().noneMatch(p -> p.norm().contains("组长"))) return groups;
        String current = null;
        for (Text paragraph : paragraphs.stream().flatMap(p -> p.bySourceLine().stream()).toList()) {
            String n = paragraph.norm().strip();
            Matcher members = MEMBERS.matcher(n);
            if (members.lookingAt() && current != null) {
                List<Mention> units = new ArrayList<>();
                Text list = paragraph.strip().sub(members.end());
                RoleClauses.names(list, units);
                if (units.isEmpty()) continue;
                Statement statement = members.group(1).equals("组长")
                        ? new Statement(paragraph.strip(), units, List.of(), true)
                        : new Statement(paragraph.strip(), List.of(), units.stream().map(m -> m.withRole(Role.PARTICIPANT)).toList(), true);
                groups.computeIfAbsent(current, k -> new Group(k, new ArrayList<>())).statements().add(statement);
                continue;
            }
            Numbering.Marker marker = Numbering.at(n);
            Matcher name = NAME.matcher(marker == null ? n : n.substring(marker.length()));
            if (name.lookingAt()) current = name.group();
            else if (marker != null) current = null;
        }
        groups.values().removeIf(g -> g.statements().isEmpty());
        return groups;
    }

    /** A group named in a text, and where the sentence naming it starts. */
    record Reference(String group, int sentenceStart) {
    }

    /** The groups a text names as carrying out its work. */
    static List<Reference> references(String n) {
        List<Reference> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(n);
        while (m.find()) {
            int start = m.start();
            while (start > 0 && "。；".indexOf(n.charAt(start - 1)) < 0) start--;
            found.add(new Reference(m.group(1), start));
        }
        return found;
    }

    /** Whether a heading names a group (五、第五专项工作组（社区与科普资源组）): no action or project. */
    static boolean namesGroup(String heading) {
        return NAME.matcher(heading.strip()).lookingAt();
    }
}
