package org.plankg.network;

/**
 * An action, project or task that the two ends of an edge share, with the role of each
 * ({@code lead,responsible} when a unit has two). In a category network the units are named too.
 */
record SharedItem(String district, String item, String itemKind, String national, Long task,
                  String sourceUnit, String sourceRole, String targetUnit, String targetRole) {
}
