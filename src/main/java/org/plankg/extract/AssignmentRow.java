package org.plankg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.plankg.vocab.Iris;
import org.plankg.plan.Assignment;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;

/** One assignment as a flat row: the keys `extract` prints and `/api/assignments` answers with. */
public record AssignmentRow(String district, String plan, String item, String itemKind, String national,
                            Integer task, String unit, String category, String role, String quote,
                            String source) {

    public static final List<String> KEYS = Arrays.stream(AssignmentRow.class.getRecordComponents())
            .map(c -> c.getName()).toList();

    public static List<AssignmentRow> of(Plan plan, Iris iris) {
        List<AssignmentRow> rows = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            Item item = a.item();
            rows.add(new AssignmentRow(plan.district().name(), iris.plan(plan),
                    item == null ? "" : item.name(),
                    item == null ? "" : item.kind().key(),
                    item == null || item.national() == null ? "" : item.national(),
                    a.task(), a.unit().name(), a.unit().category(), a.role().key(), a.quote(),
                    plan.where(a.line())));
        }
        return rows;
    }

    public List<Object> values() {
        return Arrays.asList(district, plan, item, itemKind, national, task, unit, category, role, quote, source);
    }
}
