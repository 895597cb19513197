package org.plankg.correct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.plankg.extract.PlanWithText;
import org.plankg.plan.Assignment;
import org.plankg.plan.Body;
import org.plankg.plan.Coverage;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.Unit;
import org.plankg.vocab.Vocabulary;

/**
 * Applies a plan's corrections, in the order written, to the plan as read. A correction that does
 * not apply (its row is not in the plan, its unit is no longer named, its quote is no longer in the
 * text, or the plan already says what it would make it say) is a problem naming its file and
 * line: nothing is applied silently, nothing dropped silently.
 */
public final class Corrector {

    private static final String NONE = "none";

    private final Vocabulary vocabulary;

    public Corrector(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public CorrectedPlan apply(PlanWithText read, List<Correction> corrections) throws CorrectionException {
        if (corrections.isEmpty()) return CorrectedPlan.asRead(read.plan());
        Edit edit = new Edit(read, vocabulary);
        List<String> problems = new ArrayList<>();
        for (Correction c : corrections) {
            try {
                edit.apply(c);
            } catch (NotApplicable e) {
                problems.add(c.where() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new CorrectionException(problems);
        return edit.result(corrections);
    }

    /** Why one correction does not apply. */
    static final class NotApplicable extends Exception {
        NotApplicable(String message) {
            super(message);
        }
    }

    /** The plan being corrected, one correction after another. */
    private static final class Edit {
        private final PlanWithText read;
        private final Vocabulary vocabulary;
        private final List<Item> items;
        private final List<Unit> units;
        private List<Assignment> assignments;
        private List<Body> bodies;
        private final Map<String, Integer> unknownUnits;
        private final Set<CorrectedPlan.Ref> asRead = new HashSet<>();
        private final Map<CorrectedPlan.Ref, Set<Correction>> marks = new HashMap<>();
        private final Map<String, Set<Correction>> itemMarks = new HashMap<>();
        private final Map<String, Set<Correction>> unitMarks = new HashMap<>();
        private final Map<Correction, List<CorrectedPlan.Replacement>> replaced = new LinkedHashMap<>();

        Edit(PlanWithText read, Vocabulary vocabulary) {
            this.read = read;
            this.vocabulary = vocabulary;
            Plan plan = read.plan();
            this.items = new ArrayList<>(plan.items());
            this.units = new ArrayList<>(plan.units());
            this.assignments = new ArrayList<>(plan.assignments());
            this.bodies = new ArrayList<>(plan.bodies());
            this.unknownUnits = new LinkedHashMap<>(plan.coverage().unknownUnits());
            plan.assignments().forEach(a -> asRead.add(CorrectedPlan.Ref.of(a)));
        }

        void apply(Correction c) throws NotApplicable {
            Quote quote = quote(c);
            Item item = c.item().isEmpty() ? null : item(c.item());
            if (c.task() != null && item.tasks().stream().noneMatch(t -> t.number() == c.task())) {
                throw new NotApplicable(c.item() + " has no task " + c.task() + " in the plan as read");
            }
            switch (c.change()) {
                case ADD -> add(c, item, quote);
                case REMOVE -> replace(c, matching(c, item), a -> null);
                case ROLE -> replace(c, matching(c, item), a -> new Assignment(a.unit(), roleTo(c), a.item(), a.task(),
                        a.quote(), a.line(), a.fromTable()));
                case ALIGN -> align(c, item);
                case RENAME -> rename(c);
            }
        }

        private record Quote(String text, int line) {
        }

        /** The words a correction rests on, checked against the plan's text. */
        private Quote quote(Correction c) throws NotApplicable {
            Integer line = c.planLine();
            if (line != null && read.text().at(line).isEmpty()) throw new NotApplicable("the plan has no line " + line);
            if (c.quote().isEmpty()) return line == null ? null : new Quote(read.text().at(line).orElseThrow().strip(), line);
            List<Integer> found = read.text().find(c.quote());
            if (found.isEmpty()) {
                throw new NotApplicable("its quote is not in the plan's text (has the text changed?): " + c.quote());
            }
            return new Quote(c.quote(), line != null ? line : found.get(0));
        }

        private Item item(String name) throws NotApplicable {
            return items.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(() -> new NotApplicable(
                    "no item " + name + " in the plan as read (its items: " + items.stream().map(Item::name).toList() + ")"));
        }

        private Optional<Unit> unit(String name) {
            return units.stream().filter(u -> u.name().equals(name)).findFirst()
                    .or(() -> units.stream().filter(u -> u.spellings().contains(name)).findFirst());
        }

        private Unit namedUnit(String name) throws NotApplicable {
            return unit(name).orElseThrow(() -> new NotApplicable(name + " is not a unit of the plan as read"));
        }

        private org.plankg.plan.Role roleTo(Correction c) {
            return CorrectionsFile.roleOf(c.to()).orElseThrow();
        }

        private void add(Correction c, Item item, Quote quote) throws NotApplicable {
            Unit unit = unit(c.unit()).orElse(null);
            if (unit == null) {
                if (read.text().find(c.unit()).isEmpty()) throw new NotApplicable(c.unit() + " is not named in the plan's text");
                unit = new Unit(c.unit(), category(c.unit()).orElse(Vocabulary.OTHER), Set.of(c.unit()));
                units.add(unit);
            }
            Assignment added = new Assignment(unit, c.role(), item, c.task(), quote.text(), quote.line(), false);
            CorrectedPlan.Ref ref = CorrectedPlan.Ref.of(added);
            if (assignments.stream().anyMatch(a -> CorrectedPlan.Ref.of(a).equals(ref))) {
                throw new NotApplicable("the plan already gives " + unit.name() + " this role here; the correction is no longer needed");
            }
            assignments.add(added);
            mark(ref, Set.of(c));
        }

        private List<Assignment> matching(Correction c, Item item) throws NotApplicable {
            Unit unit = namedUnit(c.unit());
            List<Assignment> found = assignments.stream().filter(a -> a.unit().name().equals(unit.name()) && a.role() == c.role()
                    && java.util.Objects.equals(a.item() == null ? null : a.item().name(), item == null ? null : item.name())
                    && java.util.Objects.equals(a.task(), c.task())).toList();
            if (found.isEmpty()) {
                throw new NotApplicable("no assignment of " + unit.name() + " as " + c.role().key() + " to "
                        + (item == null ? "the plan" : item.name()) + (c.task() == null ? "" : " task " + c.task())
                        + " in the plan as read");
            }
            return found;
        }

        /** Replaces assignments by what the change makes of each (null: removed), carrying their marks. */
        private void replace(Correction c, List<Assignment> found, UnaryOperator<Assignment> change) {
            for (Assignment old : found) {
                Assignment now = change.apply(old);
                CorrectedPlan.Ref oldRef = CorrectedPlan.Ref.of(old);
                Set<Correction> carried = marks.remove(oldRef);
                assignments.remove(old);
                if (asRead.contains(oldRef)) replaced.computeIfAbsent(c, k -> new ArrayList<>()).add(new CorrectedPlan.Replacement(old, now));
                if (now == null) continue;
                CorrectedPlan.Ref ref = CorrectedPlan.Ref.of(now);
                if (assignments.stream().noneMatch(a -> CorrectedPlan.Ref.of(a).equals(ref))) assignments.add(now);
                if (carried != null) mark(ref, carried);
                mark(ref, Set.of(c));
            }
        }

        private void mark(CorrectedPlan.Ref ref, Set<Correction> corrections) {
            marks.computeIfAbsent(ref, k -> new LinkedHashSet<>()).addAll(corrections);
        }

        private void align(Correction c, Item item) throws NotApplicable {
            String to = c.to().equals(NONE) ? null : c.to();
            String outline = read.plan().metadata().outline() != null ? read.plan().metadata().outline() : Vocabulary.OUTLINE_2021;
            if (to != null && vocabulary.outline(outline).stream().noneMatch(o -> o.key().equals(to))) {
                throw new NotApplicable("no item " + to + " in the national outline the plan carries out (one of "
                        + vocabulary.outline(outline).stream().map(Vocabulary.OutlineConcept::key).toList() + " or none)");
            }
            if (java.util.Objects.equals(item.national(), to)) {
                throw new NotApplicable(item.name() + " is already aligned so; the correction is no longer needed");
            }
            Item aligned = new Item(item.ordinal(), item.name(), item.kind(), to, item.line(), item.tasks());
            items.set(items.indexOf(item), aligned);
            assignments = assignments.stream().map(a -> a.item() != null && a.item().name().equals(item.name())
                    ? new Assignment(a.unit(), a.role(), aligned, a.task(), a.quote(), a.line(), a.fromTable()) : a)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            itemMarks.computeIfAbsent(item.name(), k -> new LinkedHashSet<>()).add(c);
        }

        private void rename(Correction c) throws NotApplicable {
            Unit old = namedUnit(c.unit());
            if (old.name().equals(c.to())) throw new NotApplicable(old.name() + " is already the unit's name");
            Unit other = units.stream().filter(u -> u.name().equals(c.to())).findFirst().orElse(null);
            Set<String> spellings = new java.util.TreeSet<>(old.spellings());
            spellings.add(c.to());
            if (other != null) spellings.addAll(other.spellings());
            Unit renamed = new Unit(c.to(), other != null ? other.category() : category(c.to()).orElse(old.category()), spellings);
            units.remove(old);
            if (other != null) units.set(units.indexOf(other), renamed);
            else units.add(renamed);
            UnaryOperator<Unit> swap = u -> u != null && (u.equals(old) || u.equals(other)) ? renamed : u;
            List<Assignment> before = List.copyOf(assignments);
            List<Assignment> mine = before.stream().filter(a -> a.unit().equals(old)).toList();
            replace(c, mine, a -> new Assignment(renamed, a.role(), a.item(), a.task(), a.quote(), a.line(), a.fromTable()));
            assignments = assignments.stream().map(a -> a.unit().equals(other) ? new Assignment(renamed, a.role(), a.item(),
                    a.task(), a.quote(), a.line(), a.fromTable()) : a).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            bodies = bodies.stream().map(b -> new Body(b.kind(), swap.apply(b.unit()), swap.apply(b.unitOf()), b.quote(), b.line(),
                    b.memberCount(), b.chairs(), b.members().stream().map(m -> new Body.Member(swap.apply(m.unit()), m.position(),
                    m.quote(), m.line())).toList(), b.duties())).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            Integer firstLine = unknownUnits.remove(old.name());
            if (firstLine != null && category(c.to()).isEmpty()) unknownUnits.putIfAbsent(c.to(), firstLine);
            Set<Correction> carried = unitMarks.remove(old.name());
            Set<Correction> now = unitMarks.computeIfAbsent(c.to(), k -> new LinkedHashSet<>());
            if (carried != null) now.addAll(carried);
            now.add(c);
        }

        private Optional<String> category(String name) {
            return vocabulary.categoryOf(name).or(() -> vocabulary.categoryByEnding(name));
        }

        CorrectedPlan result(List<Correction> corrections) {
            Plan p = read.plan();
            Coverage c = p.coverage();
            Coverage coverage = new Coverage(c.format(), c.paragraphs(), c.tableRows(), c.items(), c.tasks(), c.assignments(),
                    Map.copyOf(unknownUnits), c.unreadLines(), c.incomplete(), c.alignments());
            Plan plan = new Plan(p.source(), p.sha256(), p.file(), p.district(), p.metadata(), p.targets(), List.copyOf(items),
                    List.copyOf(units), List.copyOf(assignments), List.copyOf(bodies), p.reforms(), p.warnings(), coverage);
            Set<CorrectedPlan.Ref> now = new HashSet<>();
            assignments.forEach(a -> now.add(CorrectedPlan.Ref.of(a)));
            // an assignment as read that a later correction brought back is not replaced; a replacement
            // that a later correction replaced again is no longer there to point back
            Map<Correction, List<CorrectedPlan.Replacement>> gone = new LinkedHashMap<>();
            replaced.forEach((c2, list) -> {
                List<CorrectedPlan.Replacement> stillGone = list.stream().filter(r -> !now.contains(CorrectedPlan.Ref.of(r.asRead())))
                        .map(r -> r.now() == null || now.contains(CorrectedPlan.Ref.of(r.now())) ? r
                                : new CorrectedPlan.Replacement(r.asRead(), null)).toList();
                if (!stillGone.isEmpty()) gone.put(c2, stillGone);
            });
            return new CorrectedPlan(plan, List.copyOf(corrections), Map.copyOf(marks), Map.copyOf(itemMarks),
                    Map.copyOf(unitMarks), gone);
        }
    }
}
