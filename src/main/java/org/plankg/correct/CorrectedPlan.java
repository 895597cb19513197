package org.plankg.correct;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plankg.plan.Assignment;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/**
 * A plan with its corrections applied: the plan as it is to be answered, the corrections, and for
 * each what it touched: the assignments, items and units it marks (by item name, task, unit name,
 * role), and the assignments as read that it replaced or removed.
 */
public record CorrectedPlan(Plan plan, List<Correction> corrections, Map<Ref, Set<Correction>> assignmentMarks,
                            Map<String, Set<Correction>> itemMarks, Map<String, Set<Correction>> unitMarks,
                            Map<Correction, List<Replacement>> replaced) {

    /** An assignment as read that a correction replaced ({@code now}) or removed ({@code now} null). */
    public record Replacement(Assignment asRead, Assignment now) {
    }

    /** An assignment by what it says: item name (null for the plan), task, unit name, role. */
    public record Ref(String item, Integer task, String unit, Role role) {
        public static Ref of(Assignment a) {
            return new Ref(a.item() == null ? null : a.item().name(), a.task(), a.unit().name(), a.role());
        }
    }

    /** A plan without corrections. */
    public static CorrectedPlan asRead(Plan plan) {
        return new CorrectedPlan(plan, List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The corrections behind an assignment's row: its own, and those of its item and its unit. */
    public Set<Correction> marksOf(Assignment a) {
        Set<Correction> marks = new LinkedHashSet<>(assignmentMarks.getOrDefault(Ref.of(a), Set.of()));
        if (a.item() != null) marks.addAll(itemMarks.getOrDefault(a.item().name(), Set.of()));
        marks.addAll(unitMarks.getOrDefault(a.unit().name(), Set.of()));
        return marks;
    }
}
