package org.plankg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plankg.vocab.Vocabulary;

/**
 * Names the units of one plan. Each name as written is first expanded (a bare 宣传部 in a group
 * opened by 区委组织部 is 区委宣传部; a bare 发改局 is 区发改局) and looked up in the category
 * vocabulary; then all spellings of one category in the plan are merged into one unit named by its
 * most frequent spelling (区人社保局 → 区人力社保局). Collective units and names the vocabulary does
 * not know stay one unit per spelling; unknown names are reported, never dropped.
 */
final class UnitNames {

    private static final List<String> QUALIFIED = List.of("区", "各", "团", "中共");
    private static final List<String> EXPANSIONS = List.of("区", "区委", "各");

    private final Vocabulary vocabulary;
    private final Map<String, Spelling> spellings = new LinkedHashMap<>();
    private final List<String> warnings;
    private Map<String, Unit> units;

    /** A spelling met in the text, with its category and how often it was met. */
    private static final class Spelling {
        final String name;
        final String category;
        final boolean generic;
        int count;

        Spelling(String name, String category, boolean generic) {
            this.name = name;
            this.category = category;
            this.generic = generic;
        }
    }

    UnitNames(Vocabulary vocabulary, List<String> warnings) {
        this.vocabulary = vocabulary;
        this.warnings = warnings;
    }

    /** Resolves a name from a list; unknown names become new units (reported). */
    String fromList(String written, String groupPrefix, String where) {
        Optional<String> known = known(written, groupPrefix);
        if (known.isPresent()) return known.get();
        String name = isQualified(written) || groupPrefix.isEmpty() ? written : groupPrefix + written;
        if (!spellings.containsKey(name)) {
            warnings.add(where + ": unit not in the vocabulary, kept as a new unit: " + name);
        }
        return count(name, Vocabulary.OTHER, false);
    }

    /** Resolves the subject of a prose sentence; only names the vocabulary knows are accepted. */
    Optional<String> fromProse(String written, boolean genericAllowed) {
        Optional<String> known = known(written, "");
        if (known.isPresent() || !genericAllowed) return known;
        return vocabulary.categoryOfGeneric(written).map(category -> count(written, category, true));
    }

    private Optional<String> known(String written, String groupPrefix) {
        List<String> candidates = new ArrayList<>();
        candidates.add(written);
        if (!isQualified(written)) {
            if (!groupPrefix.isEmpty()) candidates.add(groupPrefix + written);
            EXPANSIONS.forEach(prefix -> candidates.add(prefix + written));
        }
        for (String candidate : candidates) {
            Optional<String> category = vocabulary.categoryOf(candidate);
            if (category.isPresent()) return Optional.of(count(candidate, category.get(), false));
        }
        return Optional.empty();
    }

    private String count(String name, String category, boolean generic) {
        spellings.computeIfAbsent(name, n -> new Spelling(n, category, generic)).count++;
        units = null;
        return name;
    }

    private static boolean isQualified(String name) {
        return QUALIFIED.stream().anyMatch(name::startsWith);
    }

    /** The unit a spelling (as returned by the resolve methods) belongs to. */
    Unit unit(String spelling) {
        if (units == null) units = merge();
        return units.get(spelling);
    }

    List<Unit> all() {
        if (units == null) units = merge();
        return new ArrayList<>(new LinkedHashSet<>(units.values()));
    }

    private Map<String, Unit> merge() {
        Map<String, List<Spelling>> byUnit = new LinkedHashMap<>();
        for (Spelling s : spellings.values()) {
            boolean perSpelling = s.category.equals(Vocabulary.OTHER) || s.category.equals(Vocabulary.COLLECTIVE);
            byUnit.computeIfAbsent(perSpelling ? "name:" + s.name : "category:" + s.category,
                    k -> new ArrayList<>()).add(s);
        }
        Map<String, Unit> out = new HashMap<>();
        for (List<Spelling> group : byUnit.values()) {
            String category = group.get(0).category;
            String name = group.stream().filter(s -> !s.generic)
                    .max(Comparator.<Spelling>comparingInt(s -> s.count)
                            .thenComparing(s -> -s.name.length()))
                    .map(s -> s.name)
                    .or(() -> vocabulary.defaultName(category))
                    .orElse(group.get(0).name);
            Unit unit = new Unit(name, category, new LinkedHashSet<>(group.stream().map(s -> s.name).toList()));
            group.forEach(s -> out.put(s.name, unit));
        }
        return out;
    }
}
