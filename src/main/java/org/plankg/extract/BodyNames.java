package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.plan.Body.Kind;
import org.plankg.plan.District;

/**
 * Finds the steering bodies of the plan's own level that a sentence names: the group (…领导小组)
 * and the office (…领导小组办公室, …纲要实施工作办公室, 纲要办, and a bare 办公室 that opens a
 * clause or follows 下设); bodies of other levels (国家…, 北京市纲要办, 市纲要办 in a 区) are left
 * out. Works on {@link Text#norm()}.
 */
final class BodyNames {

    static final String LEVELS = "区县市旗州盟";
    static final String BREAKS = "，；。：";

    private static final String TOPIC = "(?:(?:全民)?(?:科学素质|科普)(?:工作)?)?";
    private static final Pattern OFFICE_NAME =
            Pattern.compile(TOPIC + "领导小组办公室|(?:全民)?科学素质纲要实施工作办公室|纲要办");
    private static final Pattern GROUP_NAME = Pattern.compile(TOPIC + "领导小组(?!办公室)");
    private static final Pattern OTHER_LEVEL = Pattern.compile("(?:国家|全国|中国|中央|省|自治区)$");
    private static final Pattern HEADING = Pattern.compile("(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)");
    private static final int HEADING_CHARS = 10;

    /** A body named at [start, end); a {@code bare} 办公室 gives no spelling of its name. */
    record Named(Kind kind, int start, int end, boolean bare) {
    }

    private final District district;
    private final char level;

    BodyNames(District district, char level) {
        this.district = district;
        this.level = level;
    }

    /** The own-level bodies a sentence names, in order. */
    List<Named> in(String n) {
        List<Named> out = new ArrayList<>();
        boolean[] taken = new boolean[n.length()];
        for (Kind kind : List.of(Kind.OFFICE, Kind.GROUP)) {
            Matcher m = (kind == Kind.OFFICE ? OFFICE_NAME : GROUP_NAME).matcher(n);
            while (m.find()) {
                if (taken[m.start()]) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                int start = ownStart(n, m.start());
                if (start >= 0) out.add(new Named(kind, start, m.end(), false));
            }
        }
        for (int i = n.indexOf("办公室"); i >= 0; i = n.indexOf("办公室", i + 1)) {
            boolean opens = i == 0 || BREAKS.indexOf(n.charAt(i - 1)) >= 0 || (i >= 2 && n.startsWith("下设", i - 2));
            if (!taken[i] && opens) out.add(new Named(Kind.OFFICE, i, i + 3, true));
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    /** Where a body's name starts with its level (西城区…, 区级…, 县…), or -1 for another level's body. */
    private int ownStart(String n, int start) {
        String before = n.substring(0, start);
        if (before.endsWith(district.name())) return start - district.name().length();
        if (OTHER_LEVEL.matcher(before).find()) return -1;
        if (district.city() != null && before.endsWith(district.city())) return -1;
        boolean grade = before.endsWith("级");
        int at = grade ? start - 1 : start;
        if (at > 0 && LEVELS.indexOf(n.charAt(at - 1)) >= 0) return n.charAt(at - 1) == level ? at - 1 : -1;
        return grade ? -1 : start;
    }

    /** The last body named before {@code at}, or null. */
    static Named lastBefore(List<Named> named, int at) {
        Named last = null;
        for (Named m : named) if (m.end <= at) last = m;
        return last;
    }

    /**
     * The body a fact at [from, to) is about: one named right after it without a clause break
     * (以A为主任…为成员的区级…办公室), else the last one named before it.
     */
    static Optional<Kind> subject(String n, List<Named> named, int from, int to) {
        for (Named m : named) {
            if (m.start >= to && !hasBreak(n, to, m.start)) return Optional.of(m.kind);
        }
        return Optional.ofNullable(lastBefore(named, from)).map(Named::kind);
    }

    private static boolean hasBreak(String n, int from, int to) {
        for (int i = from; i < to; i++) if (BREAKS.indexOf(n.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * A name at {@code at} opens the clause starting at {@code clause}: it stands first (after
     * punctuation, a task number or 由), or right after a heading that paragraph rebuilding ran
     * into the clause ((一)组织保障西城区…领导小组…).
     */
    static boolean opensClause(String n, int clause, int at) {
        int i = at;
        if (i > clause && n.charAt(i - 1) == '由') i--;
        if (i == clause || Character.UnicodeScript.of(n.charAt(i - 1)) != Character.UnicodeScript.HAN) return true;
        Matcher heading = HEADING.matcher(n).region(clause, n.length());
        return heading.lookingAt() && at - heading.end() <= HEADING_CHARS;
    }
}
