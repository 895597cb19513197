package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plankg.plan.Body.Kind;
import org.plankg.plan.Body.Position;
import org.plankg.extract.BodyDrafts.Draft;
import org.plankg.extract.BodyNames.Named;
import org.plankg.extract.Responsibilities.Mention;
import org.plankg.vocab.Vocabulary;
import org.plankg.plan.Assignment;
import org.plankg.plan.Body;
import org.plankg.plan.District;
import org.plankg.plan.Item;
import org.plankg.plan.Unit;

/**
 * Reads the steering bodies of one plan from the wording of its 组织实施 section, one sentence at
 * a time: the steering group (…领导小组) and its office (…领导小组办公室, …纲要实施工作办公室,
 * 纲要办, 下设办公室) as {@link BodyNames} finds them; the posts that chair them
 * ({@link BodyChairs}); the units' places in them ({@link BodyMembers}); what they do
 * ({@link BodyDuties}); and the sentences in which the office leads ({@link OfficeLeads}).
 * A plan has at most one group and one office: every own-level mention of a kind is the same body.
 * Matching is on {@link Text#norm()}, quotes are cut from {@link Text#orig()}.
 */
final class SteeringBodies {

    /** A sentence in which the office leads, with the units it names as taking part. */
    record Led(Text quote, List<Mention> participants) {
    }

    /** The bodies with their units named, the plan's units with the bodies', and the office's lead roles. */
    record Result(List<Body> bodies, List<Unit> units, List<Assignment> leads) {
    }

    private final UnitNames units;
    private final BodyNames names;
    private final BodyDrafts drafts = new BodyDrafts();
    private final BodyChairs chairs;
    private final BodyMembers members;
    private final BodyDuties duties;
    private final OfficeLeads officeLeads;
    private final BodyUnits bodyUnits;

    SteeringBodies(Vocabulary vocabulary, District district, UnitNames units) {
        this.units = units;
        this.names = new BodyNames(district, units.level());
        this.chairs = new BodyChairs(drafts);
        this.members = new BodyMembers(drafts, units);
        this.duties = new BodyDuties(drafts);
        this.officeLeads = new OfficeLeads(names, drafts);
        this.bodyUnits = new BodyUnits(vocabulary, district, units.level());
    }

    /** Reads one paragraph of the 组织实施 section. */
    void readOrganisation(Text paragraph) {
        for (Text sentence : OrgStatements.sentences(paragraph)) {
            List<Named> named = names.in(sentence.norm());
            named.forEach(name -> drafts.mention(name, sentence));
            chairs.read(sentence, named);
            members.read(sentence, named);
            duties.read(sentence, named);
        }
    }

    /**
     * The sentences of {@code text} in which the office leads; the lead is kept for the target
     * ({@code item} null: the plan; {@code task} null: the item), the participants are returned.
     */
    List<Led> officeLed(Text text, Item item, Integer task) {
        return officeLeads.read(text, item, task);
    }

    /** Names the bodies' units and turns the drafts into bodies; {@code planUnits} are the units read so far. */
    Result finish(List<Unit> planUnits) {
        List<Unit> all = new ArrayList<>(planUnits);
        Map<Kind, Unit> unitOf = bodyUnits.name(drafts, all);
        List<Body> bodies = new ArrayList<>();
        unitOf.forEach((kind, unit) -> bodies.add(body(kind, unit, kind == Kind.OFFICE ? unitOf.get(Kind.GROUP) : null)));
        return new Result(bodies, all, officeLeads.assignments(unitOf.get(Kind.OFFICE)));
    }

    private Body body(Kind kind, Unit unit, Unit partOf) {
        Draft d = drafts.get(kind);
        boolean listsMembers = d.places.values().stream().anyMatch(p -> p.position() == Position.MEMBER);
        return new Body(kind, unit, partOf, d.firstMention.quote().orig(), d.firstMention.line(),
                listsMembers ? null : d.memberCount,
                d.chairs.entrySet().stream()
                        .map(c -> new Body.Post(c.getKey(), c.getValue().quote().orig(), c.getValue().line())).toList(),
                d.places.values().stream()
                        .map(p -> new Body.Member(units.unit(p.spelling()), p.position(), p.evidence().quote().orig(), p.evidence().line()))
                        .toList(),
                d.duties.entrySet().stream()
                        .map(x -> new Body.Duty(x.getKey(), x.getValue().quote().orig(), x.getValue().line())).toList());
    }
}
