package org.plankg.plan;

/**
 * Unit × target × role with the sentence it came from. The target is the task {@code task} of
 * {@code item}, the whole {@code item} when {@code task} is null, or the plan itself when
 * {@code item} is null (organisation-level roles). {@code fromTable}: read from a division-of-labour table.
 */
public record Assignment(Unit unit, Role role, Item item, Integer task, String quote, int line, boolean fromTable) {
}
