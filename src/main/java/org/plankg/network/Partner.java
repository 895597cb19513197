package org.plankg.network;

import java.util.List;
import java.util.Map;

/** A unit's partner in one district: the items they share (both roles, both sentences), their number as weight. */
record Partner(String district, String unit, String partner, String partnerCategory, int weight,
               List<Map<String, Object>> items) {
}
