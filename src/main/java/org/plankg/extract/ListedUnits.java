package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;

/** The units a list in a steering-body sentence names (vice-chairs, members, the office's partners). */
final class ListedUnits {

    private static final Pattern HEAD = Pattern.compile(
            "(?:的)?(?:主要领导|主要负责同志|主要负责人|分管领导|主管领导|负责同志|负责人|领导)(?:同志)?$");
    private static final Pattern GENERIC = Pattern.compile("\\d|^(?:相关|有关|其他|其它)");

    private ListedUnits() {
    }

    /** The unit names of a list, without head words (主要负责同志), ellipses and generic names (相关25个部门). */
    static List<Mention> in(Text list) {
        Text cleaned = list.without(i -> list.norm().charAt(i) == '…' || list.norm().charAt(i) == '⋯').strip();
        List<Mention> out = new ArrayList<>();
        for (Mention m : Responsibilities.mentions(cleaned)) {
            Text name = m.name();
            Matcher head = HEAD.matcher(name.norm());
            if (head.find()) name = name.sub(0, head.start()).strip();
            if (name.isEmpty() || name.norm().equals("等") || GENERIC.matcher(name.norm()).find()) continue;
            out.add(new Mention(name, m.groupPrefix()));
        }
        return out;
    }
}
