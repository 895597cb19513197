package org.plankg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.plan.Body.Kind;
import org.plankg.plan.Body.Position;
import org.plankg.extract.BodyDrafts.Draft;
import org.plankg.extract.BodyDrafts.Evidence;
import org.plankg.extract.BodyNames.Named;
import org.plankg.extract.Responsibilities.Mention;

/**
 * Reads the units' places in a body: vice-chairs (A、B主要领导为副主任, 副组长由A、B担任), members
 * (成员单位包括A、B, A、B为成员; a count such as 52家成员单位 is kept as a count) and the unit that
 * hosts the office (设在X).
 */
final class BodyMembers {

    private static final Pattern VICE = Pattern.compile("(?:担任|兼任|为|任)副(?:组长|主任)");
    private static final Pattern VICE_BY = Pattern.compile("副(?:组长|主任)由(?<list>[^。；]+?)(?:担任|兼任)");
    private static final Pattern MEMBERS = Pattern.compile("成员单位(?:包括|为|是|：)(?<list>[^，。；]+)");
    private static final Pattern AS_MEMBERS = Pattern.compile("(?:担任|兼任|为|任)成员(?:单位)?");
    /** The end of a role phrase: where the list of the next role starts (以A为主任、B为副主任、C为成员). */
    private static final Pattern ROLE_END = Pattern.compile("(?:担任|兼任|为|任)副?(?:组长|主任|成员)(?:单位)?、?");
    private static final Pattern COUNT = Pattern.compile("(\\d+)(?:个|家)(?:成员单位|部门|单位)");

    private final BodyDrafts drafts;
    private final UnitNames units;

    BodyMembers(BodyDrafts drafts, UnitNames units) {
        this.drafts = drafts;
        this.units = units;
    }

    void read(Text s, List<Named> named) {
        listedBefore(VICE, Position.VICE_CHAIR, s, named);
        listedIn(VICE_BY, Position.VICE_CHAIR, null, s, named);
        listedIn(MEMBERS, Position.MEMBER, Kind.GROUP, s, named);
        listedBefore(AS_MEMBERS, Position.MEMBER, s, named);
        memberCount(s, named);
        hosts(s, named);
    }

    /** The list before a role phrase (A、B为成员), back to a clause break or the previous role phrase. */
    private void listedBefore(Pattern phrase, Position position, Text s, List<Named> named) {
        String n = s.norm();
        Matcher m = phrase.matcher(n);
        while (m.find()) {
            int from = listStart(n, m.start());
            Text list = s.sub(from, m.start());
            BodyNames.subject(n, named, m.start(), m.end()).ifPresent(kind -> place(kind, s, from, list, position));
        }
    }

    /** The list a role phrase holds (成员单位包括A、B); {@code fallback} is the body if none is named. */
    private void listedIn(Pattern phrase, Position position, Kind fallback, Text s, List<Named> named) {
        String n = s.norm();
        Matcher m = phrase.matcher(n);
        while (m.find()) {
            Text list = s.sub(m.start("list"), m.end("list"));
            int at = m.start();
            BodyNames.subject(n, named, m.start(), m.end()).or(() -> drafts.ifNamed(fallback))
                    .ifPresent(kind -> place(kind, s, at, list, position));
        }
    }

    /** A count of members, kept only from the sentence that first names the body. */
    private void memberCount(Text s, List<Named> named) {
        Matcher count = COUNT.matcher(s.norm());
        if (!count.find()) return;
        BodyNames.subject(s.norm(), named, count.start(), count.end()).ifPresent(kind -> {
            Draft d = drafts.get(kind);
            if (d.firstMention.quote() == s && d.memberCount == null) d.memberCount = Integer.valueOf(count.group(1));
        });
    }

    /**
     * The host of the body named last before 设在 (the office where the group is named but the
     * text says 办公室/办事机构设在), or of the office where no body is named before it.
     */
    private void hosts(Text s, List<Named> named) {
        String n = s.norm();
        Matcher m = OrgStatements.OFFICE.matcher(n);
        while (m.find()) {
            Named before = BodyNames.lastBefore(named, m.start());
            String lead = n.substring(0, m.start());
            boolean officeWord = lead.endsWith("办公室") || lead.endsWith("办事机构");
            Kind kind;
            if (before == null) {
                if (!officeWord && !drafts.has(Kind.OFFICE)) continue;
                kind = Kind.OFFICE;
            } else {
                kind = before.kind() == Kind.GROUP && officeWord ? Kind.OFFICE : before.kind();
            }
            String spelling = prose(m.group(1).strip(), s);
            drafts.of(kind, s, m.start()).place(spelling, Position.HOST, Evidence.at(s, m.start()));
        }
    }

    private void place(Kind kind, Text s, int at, Text list, Position position) {
        Draft d = drafts.of(kind, s, at);
        for (Mention name : ListedUnits.in(list)) {
            String spelling = units.fromList(name.name().norm(), name.groupPrefix(), s.lines()[at]);
            d.place(spelling, position, Evidence.at(s, at));
        }
    }

    /**
     * A prose name (设在区科协): the longest known unit name it ends with, else the name as written;
     * a level prefix is never cut off (县科协 is not 区科协).
     */
    private String prose(String written, Text s) {
        for (int start = 0; start <= written.length() - 2; start++) {
            if (start > 0 && BodyNames.LEVELS.indexOf(written.charAt(start - 1)) >= 0) continue;
            Optional<String> name = units.fromProse(written.substring(start), false);
            if (name.isPresent()) return name.get();
        }
        return units.fromList(written, "", s.firstLine());
    }

    /** Where a list before {@code end} starts: after a clause break or the previous role phrase. */
    private static int listStart(String n, int end) {
        int start = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (BodyNames.BREAKS.indexOf(n.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        Matcher role = ROLE_END.matcher(n).region(start, end);
        while (role.find()) start = Math.max(start, role.end());
        return start;
    }
}
