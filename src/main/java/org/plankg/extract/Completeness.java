package org.plankg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plankg.plan.Assignment;
import org.plankg.plan.Item;
import org.plankg.plan.Task;

/**
 * Why a plan looks read only in part: the signs a reader would notice on the page — items or
 * tasks left without any responsibility in a plan that states responsibility for others, lines
 * that read like responsibility statements but gave none, table rows that were not attached, task
 * numbers that skip. Empty when nothing suggests it; a plan that says nothing of responsibility at
 * all (only its organisation section) is not incomplete for that.
 */
final class Completeness {

    /** A share of items or tasks without responsibility above which a plan is flagged. */
    private static final double UNASSIGNED_SHARE = 0.25;

    private Completeness() {
    }

    static List<String> check(List<Item> items, List<Assignment> assignments, int unreadLines,
                              int unattachedRows, List<String> numberingGaps) {
        List<String> reasons = new ArrayList<>();
        Set<Integer> itemsWithRoles = new HashSet<>();
        Set<String> tasksWithRoles = new HashSet<>();
        for (Assignment a : assignments) {
            if (a.item() == null) continue;
            itemsWithRoles.add(a.item().ordinal());
            if (a.task() != null) tasksWithRoles.add(a.item().ordinal() + "/" + a.task());
        }
        if (!itemsWithRoles.isEmpty()) {
            List<String> bare = items.stream().filter(i -> !itemsWithRoles.contains(i.ordinal())).map(Item::name).toList();
            if (!bare.isEmpty()) {
                reasons.add(bare.size() + " of " + items.size() + " actions and projects have no responsibility read while the others do: "
                        + String.join("、", bare));
            }
        }
        if (!tasksWithRoles.isEmpty()) {
            int tasks = 0;
            int unassigned = 0;
            for (Item item : items) {
                if (!itemsWithRoles.contains(item.ordinal())) continue;
                boolean itemLevel = assignments.stream().anyMatch(a -> a.item() == item && a.task() == null);
                for (Task task : item.tasks()) {
                    tasks++;
                    if (!itemLevel && !tasksWithRoles.contains(item.ordinal() + "/" + task.number())) unassigned++;
                }
            }
            if (tasks > 0 && unassigned > tasks * UNASSIGNED_SHARE) {
                reasons.add(unassigned + " of " + tasks + " tasks have no responsibility read while others do");
            }
        }
        if (unreadLines > 0) {
            reasons.add(unreadLines + " lines read like responsibility statements but gave no assignment");
        }
        if (unattachedRows > 0) {
            reasons.add(unattachedRows + " division-of-labour table rows were not attached to any action or project");
        }
        if (!numberingGaps.isEmpty()) {
            reasons.add("task numbering skips (" + String.join("; ", numberingGaps) + "): tasks may have been missed");
        }
        return reasons;
    }
}
