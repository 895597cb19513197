package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;

/**
 * Reads a division of labour written unit by unit — {@code 市科协：牵头负责青少年科学素质提升行动、科普基础设施工程；
 * 参与农民科学素质提升行动。} — in a section of its own: each clause names items after a role cue, and
 * the unit the paragraph opens with has that role in each item it names.
 */
final class UnitDuties {

    /** A unit's role in an item, with the paragraph it was read from. */
    record Found(Mention unit, Item item, Role role, Text quote) {
    }

    private static final int HEADING_MAX = 12;
    private static final Pattern LEAD = Pattern.compile("牵头|主责|主办|抓总");
    private static final Pattern PARTICIPANT = Pattern.compile("参与|配合|协助|协办|协同");
    private static final Pattern RESPONSIBLE = Pattern.compile("负责");

    private UnitDuties() {
    }

    static List<Found> read(Text paragraph, List<Item> items) {
        List<Found> found = new ArrayList<>();
        Text p = paragraph;
        Numbering.Marker marker = Numbering.at(p.norm());
        if (marker != null) p = p.sub(marker.length()).strip();
        List<Mention> names = new ArrayList<>();
        int end = -1;
        // the unit opens the paragraph, or follows the section's heading that ran into it (二、职责分工 / 县科协：…)
        for (int at = 0; at <= Math.min(HEADING_MAX, p.length() - 2) && end < 0; at++) {
            if (at > 0 && !UnitGrammar.opensWithPrefix(p.norm().substring(at))) continue;
            names.clear();
            int e = at + RoleClauses.names(p.sub(at), names);
            if (!names.isEmpty() && e < p.length() && p.norm().charAt(e) == '：') end = e;
        }
        if (end < 0) return found;
        Role role = null;
        for (Text clause : p.sub(end + 1).splitOutsideBrackets("，；。")) {
            String n = clause.norm();
            Role cue = cue(n);
            if (cue != null) role = cue;
            if (role == null) continue;
            for (Item item : items) {
                if (n.contains(item.name())) {
                    for (Mention unit : names) found.add(new Found(unit, item, role, paragraph));
                }
            }
        }
        return found;
    }

    /** The role a clause's cue gives; the first cue word decides (牵头负责 leads, 配合…负责 takes part). */
    private static Role cue(String clause) {
        int lead = first(LEAD, clause);
        int participant = first(PARTICIPANT, clause);
        int responsible = first(RESPONSIBLE, clause);
        int min = Math.min(lead, Math.min(participant, responsible));
        if (min == Integer.MAX_VALUE) return null;
        return min == lead ? Role.LEAD : min == participant ? Role.PARTICIPANT : Role.RESPONSIBLE;
    }

    private static int first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }
}
