package org.plankg.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plankg.format.Table;
import org.plankg.query.BadParameterException;
import org.plankg.question.QuestionService;
import org.springframework.stereotype.Component;

/**
 * A unit's neighbours in the network (queries/unit-partners.rq), ranked by the number of items
 * shared; the same filters as the network: role, level, collective units, and one partner by name
 * or category.
 */
@Component
class Partners {

    private final QuestionService answers;

    Partners(QuestionService answers) {
        this.answers = answers;
    }

    /** The rows of the shared items, filtered, as the CSV answer lists them. */
    Table rows(String name, String district, String partner, String role, String level, boolean collective) {
        NetworkRequest filter = NetworkRequest.of("unit", List.of(), null, role, level, null, collective, null, null);
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("unit", name);
        if (district != null && !district.isBlank()) {
            arguments.put("district", district.strip());
        } else if (answers.units(name).size() > NetworkService.MANY_DISTRICTS) {
            throw new BadParameterException("district", name + " names units in more than " + NetworkService.MANY_DISTRICTS
                    + " districts: give district");
        }
        Table all = answers.run("unit-partners", arguments);
        int partnerColumn = all.columns().indexOf("partner");
        int categoryColumn = all.columns().indexOf("partnerCategory");
        int roleColumn = all.columns().indexOf("role");
        int partnerRoleColumn = all.columns().indexOf("partnerRole");
        int taskColumn = all.columns().indexOf("task");
        List<List<Object>> kept = all.rows().stream().filter(r -> {
            String category = (String) r.get(categoryColumn);
            if (!collective && "collective".equals(category)) return false;
            if (partner != null && !partner.isBlank() && !partner.equals(r.get(partnerColumn)) && !partner.equals(category)) return false;
            if (filter.role() != null && !(filter.role().equals(r.get(roleColumn)) && filter.role().equals(r.get(partnerRoleColumn)))) return false;
            if (filter.level() == NetworkRequest.Level.ITEM && r.get(taskColumn) != null) return false;
            return filter.level() != NetworkRequest.Level.TASK || r.get(taskColumn) != null;
        }).toList();
        return new Table(all.columns(), kept);
    }

    List<Partner> ranked(String name, String district, String partner, String role, String level, boolean collective) {
        Map<String, List<Map<String, Object>>> byPartner = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(name, district, partner, role, level, collective).records()) {
            byPartner.computeIfAbsent(row.get("district") + "\n" + row.get("unit") + "\n" + row.get("partner") + "\n"
                    + row.get("partnerCategory"), k -> new ArrayList<>()).add(row);
        }
        List<Partner> partners = new ArrayList<>();
        byPartner.forEach((key, rows) -> {
            String[] parts = key.split("\n", -1);
            List<Map<String, Object>> items = rows.stream().map(r -> {
                Map<String, Object> item = new LinkedHashMap<>(r);
                List.of("district", "unit", "partner", "partnerCategory").forEach(item::remove);
                return item;
            }).toList();
            int weight = (int) rows.stream().map(r -> r.get("item") + "\n" + r.get("task")).distinct().count();
            partners.add(new Partner(parts[0], parts[1], parts[2], parts[3], weight, items));
        });
        partners.sort(Comparator.comparingInt((Partner p) -> -p.weight()).thenComparing(Partner::district).thenComparing(Partner::partner));
        return partners;
    }
}
