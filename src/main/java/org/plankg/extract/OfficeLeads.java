package org.plankg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.plan.Body.Kind;
import org.plankg.extract.BodyNames.Named;
import org.plankg.extract.SteeringBodies.Led;
import org.plankg.plan.Assignment;
import org.plankg.plan.Item;
import org.plankg.plan.Role;
import org.plankg.plan.Unit;

/**
 * Finds the sentences in which the office leads (领导小组办公室牵头，会同A、B等部门…; 办公室负责牵头，
 * A、B等部门参与): the office takes the lead role for the plan, item or task the sentence stands
 * in, and the units listed after 会同/联合/协同/组织, or in a clause ending in 参与/配合/参加, take part.
 */
final class OfficeLeads {

    private static final Pattern WITH = Pattern.compile("会同|联合|协同|组织");
    private static final Pattern JOINS = Pattern.compile("(?:参与|配合|参加)$");

    /** A sentence in which the office leads, and what it leads ({@code item} null: the plan; {@code task} null: the item). */
    private record Lead(Item item, Integer task, Text quote) {
    }

    private final BodyNames names;
    private final BodyDrafts drafts;
    private final List<Lead> leads = new ArrayList<>();

    OfficeLeads(BodyNames names, BodyDrafts drafts) {
        this.names = names;
        this.drafts = drafts;
    }

    /** The sentences of {@code text} in which the office leads; the lead is kept for the target. */
    List<Led> read(Text text, Item item, Integer task) {
        List<Led> out = new ArrayList<>();
        for (Text s : OrgStatements.sentences(text)) {
            String n = s.norm();
            for (Named m : names.in(n)) {
                if (m.kind() != Kind.OFFICE || !BodyNames.opensClause(n, 0, m.start())) continue;
                int at = skipAside(n, m.end());
                if (n.startsWith("负责牵头", at)) at += 4;
                else if (n.startsWith("牵头", at)) at += 2;
                else continue;
                if (n.startsWith("，", at)) at++;
                drafts.mention(m, s);
                leads.add(new Lead(item, task, s));
                out.add(new Led(s, ListedUnits.in(participants(s, at))));
                break;
            }
        }
        return out;
    }

    /** The office's lead roles, one for each target it leads, from the first sentence saying so. */
    List<Assignment> assignments(Unit office) {
        List<Assignment> out = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Lead lead : leads) {
            String target = (lead.item == null ? "" : lead.item.ordinal()) + "|" + lead.task;
            if (targets.add(target)) {
                out.add(new Assignment(office, Role.LEAD, lead.item, lead.task, lead.quote.orig(), lead.quote.firstLine(), false));
            }
        }
        return out;
    }

    /** The list of units taking part, in the clause after 牵头 at {@code at}; empty if it names none. */
    private static Text participants(Text s, int at) {
        String n = s.norm();
        Matcher with = WITH.matcher(n).region(at, n.length());
        if (with.lookingAt()) return s.sub(with.end(), clauseEnd(n, with.end()));
        Text clause = s.sub(at, clauseEnd(n, at));
        return JOINS.matcher(clause.norm()).find() ? clause : Text.EMPTY;
    }

    private static int clauseEnd(String n, int from) {
        for (int i = from; i < n.length(); i++) if ("，。；".indexOf(n.charAt(i)) >= 0) return i;
        return n.length();
    }

    /** Past a bracketed aside at {@code at} (领导小组办公室（设在区科协）牵头). */
    private static int skipAside(String n, int at) {
        if (at < n.length() && n.charAt(at) == '（') {
            int close = n.indexOf('）', at);
            if (close > 0) return close + 1;
        }
        return at;
    }
}
