package org.plankg.network;

/**
 * One unit's role in one action, project or task: a row of queries/network-roles.rq. {@code task}
 * is null for a role in the item itself; {@code target} is the IRI of the item or task.
 */
record Involvement(String district, String unitIri, String unit, String category, String target,
                   String item, String itemKind, String national, Long task, String role) {

    boolean atTaskLevel() {
        return task != null;
    }
}
