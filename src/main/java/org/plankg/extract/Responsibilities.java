package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds responsibility statements in a run of text and splits them into lead and participating
 * units, or responsible units where the text makes no such split. The forms it reads:
 * <ul>
 * <li>{@code 牵头部门：A、B。责任单位：C、D。} (also 牵头单位, 参与单位, 配合单位 for the second list);</li>
 * <li>{@code 责任单位：A、B牵头，C，D等单位参加。} and {@code （分工：由A牵头，B…等单位共同参与。）};</li>
 * <li>{@code （责任单位：A、B）}: responsible, no split.</li>
 * </ul>
 */
final class Responsibilities {

    private static final Pattern MARKER =
            Pattern.compile("(牵头(?:部门|单位)|责任单位|分工|配合单位|参与单位)：");
    private static final Pattern SECOND_LIST = Pattern.compile("^(?:责任单位|参与单位|配合单位)：");
    private static final Pattern TAIL =
            Pattern.compile("(?:等(?:单位|部门)?)?(?:共同)?(?:参加|参与|配合)?[。）]*$");

    /** A statement: its verbatim extent and its unit lists, each name with its group's prefix. */
    record Statement(Text quote, List<Mention> leads, List<Mention> others, boolean split) {
    }

    /** A unit as written, with the prefix (区, 区委) of the first name of its comma group. */
    record Mention(Text name, String groupPrefix) {
    }

    private Responsibilities() {
    }

    static List<Statement> find(Text text) {
        List<Statement> found = new ArrayList<>();
        String n = text.norm();
        Matcher m = MARKER.matcher(n);
        int from = 0;
        while (from < n.length() && m.find(from)) {
            int start = m.start();
            boolean bracketed = start > 0 && n.charAt(start - 1) == '（';
            int end;
            if (bracketed) {
                start--;
                end = closing(n, m.end());
            } else {
                end = stop(n, m.end());
                if (m.group(1).startsWith("牵头") && end < n.length()
                        && SECOND_LIST.matcher(n.substring(end + 1)).find()) {
                    end = stop(n, end + 1);
                }
            }
            int quoteEnd = Math.min(end + 1, n.length());
            found.add(statement(text, m.group(1), m.end(), end, text.sub(start, quoteEnd)));
            from = quoteEnd;
        }
        return found;
    }

    private static Statement statement(Text text, String marker, int bodyStart, int bodyEnd, Text quote) {
        Text body = text.sub(bodyStart, bodyEnd);
        String b = body.norm();
        if (marker.startsWith("牵头")) {
            int stop = firstOf(b, "。；", 0);
            Matcher second = Pattern.compile("(?:责任单位|参与单位|配合单位)：").matcher(b);
            Text others = second.find(stop) ? body.sub(second.end()) : Text.EMPTY;
            return new Statement(quote, mentions(body.sub(0, stop)), mentions(others), true);
        }
        int lead = b.indexOf("牵头");
        if (lead >= 0) {
            Text leads = body.sub(b.startsWith("由") ? 1 : 0, lead);
            return new Statement(quote, mentions(leads), mentions(body.sub(lead + 2)), true);
        }
        return new Statement(quote, List.of(), mentions(body), false);
    }

    /** Splits a list into names: comma groups (，；) of names separated by 、. */
    static List<Mention> mentions(Text list) {
        List<Mention> out = new ArrayList<>();
        String n = list.norm();
        int groupStart = 0;
        for (int i = 0; i <= n.length(); i++) {
            if (i == n.length() || n.charAt(i) == '，' || n.charAt(i) == '；') {
                addGroup(list.sub(groupStart, i), out);
                groupStart = i + 1;
            }
        }
        return out;
    }

    private static void addGroup(Text group, List<Mention> out) {
        String prefix = null;
        String n = group.norm();
        int nameStart = 0;
        for (int i = 0; i <= n.length(); i++) {
            if (i == n.length() || n.charAt(i) == '、') {
                Text name = clean(group.sub(nameStart, i));
                nameStart = i + 1;
                if (name.isEmpty()) continue;
                if (prefix == null) prefix = prefixOf(name.norm());
                out.add(new Mention(name, prefix));
            }
        }
    }

    private static String prefixOf(String first) {
        if (first.startsWith("区委")) return "区委";
        return first.startsWith("区") ? "区" : "";
    }

    private static Text clean(Text name) {
        Text t = name.strip();
        if (t.norm().startsWith("由")) t = t.sub(1);
        Matcher tail = TAIL.matcher(t.norm());
        if (tail.find()) t = t.sub(0, tail.start());
        return t.strip();
    }

    private static int closing(String n, int from) {
        int close = n.indexOf('）', from);
        return close < 0 ? n.length() : close;
    }

    private static int stop(String n, int from) {
        int stop = n.indexOf('。', from);
        return stop < 0 ? n.length() : stop;
    }

    private static int firstOf(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return s.length();
    }
}
