package org.plankg.search;

import java.util.List;

/**
 * One task, item or plan (for a target) whose text matches: the best-matching passage as its
 * snippet, the matched words between {@value #MARK_START} and {@value #MARK_END}.
 */
public record SearchHit(String district, String province, String city, String item, String national,
                        Long task, String snippet, List<Unit> units, String source, double score, String anchor) {

    public static final String MARK_START = "⟦";
    public static final String MARK_END = "⟧";

    SearchHit withUnits(List<Unit> named) {
        return new SearchHit(district, province, city, item, national, task, snippet, named, source, score, anchor);
    }

    /** A unit named for the task or item, with its role key (lead, participant, responsible). */
    public record Unit(String name, String role) {
    }
}
