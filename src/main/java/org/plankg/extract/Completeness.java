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
 * numbers that skip, and no responsibility read for any item although most tasks name units (a
 * form the reader does not know). Empty when nothing suggests it; a plan whose tasks mostly name no
 * unit and that states no responsibility for them (only in its organisation section) is not
 * incomplete for that.
 */
final class Completeness {

    /** A share of items or tasks without responsibility above which a plan is flagged. */
    private static final double UNASSIGNED_SHARE = 0.25;

    private Completeness() {
    }

    /** Of a plan with no responsibility read, the share of tasks naming a unit above which that is a misreading. */
    private static final double NAMING_SHARE = 0.5;

    /** {@code tasksNamingUnits}: how many tasks name a unit anywhere in their text (counted only when it matters). */
    static List<String> check(List<Item> items, List<Assignment> assignments, int unreadLines,
                              int unattachedRows, List<String> numberingGaps, java.util.function.IntSupplier tasksNamingUnits) {
        List<String> reasons = new ArrayList<>();
        Set<Integer> itemsWithRoles = new HashSet<>();
        Set<String> tasksWithRoles = new HashSet<>();
        for (Assignment a : assignments) {
            if (a.item() == null) continue;
            itemsWithRoles.add(a.item().ordinal());
            if (a.task() != null) tasksWithRoles.add(a.item().ordinal() + "/" + a.task());
        }
        int allTasks = items.stream().mapToInt(i -> i.tasks().size()).sum();
        if (itemsWithRoles.isEmpty() && allTasks > 0) {
            int naming = tasksNamingUnits.getAsInt();
            // units named in most tasks and none read: a form the reader does not know, not a plan that names no one
            if (naming > allTasks * NAMING_SHARE) {
                reasons.add("no responsibility read for any action or project, though " + naming + " of " + allTasks + " tasks name units");
            }
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
