package org.plankg.network;

/** A node: a unit of a district, a unit category, or (bipartite) an item or task. */
record NetworkNode(String id, String label, String kind, String district, String category) {
}
