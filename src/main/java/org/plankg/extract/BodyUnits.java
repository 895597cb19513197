package org.plankg.extract;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plankg.plan.Body.Kind;
import org.plankg.extract.BodyDrafts.Draft;
import org.plankg.vocab.Vocabulary;
import org.plankg.plan.District;
import org.plankg.plan.Unit;

/**
 * Names the unit of each steering body: the plan's unit of that category if it already has one
 * (丰台's 区纲要办), with the body's spellings added; else a new unit named by the vocabulary's own
 * name for it (区纲要办), else by the fullest name written, in its district form (西城区全民…领导小组
 * → 区全民…领导小组), an office written only as 领导小组办公室 after its group's name.
 */
final class BodyUnits {

    private final Vocabulary vocabulary;
    private final District district;
    private final char level;

    BodyUnits(Vocabulary vocabulary, District district, char level) {
        this.vocabulary = vocabulary;
        this.district = district;
        this.level = level;
    }

    /** The units of the bodies drafted, the group's first; a unit merged or added is so in {@code all}. */
    Map<Kind, Unit> name(BodyDrafts drafts, List<Unit> all) {
        Map<Kind, Unit> out = new EnumMap<>(Kind.class);
        String groupName = null;
        for (Kind kind : List.of(Kind.GROUP, Kind.OFFICE)) {
            Draft d = drafts.get(kind);
            if (d == null) continue;
            Unit unit = unit(kind, d.spellings, all, groupName);
            if (kind == Kind.GROUP) groupName = unit.name();
            out.put(kind, unit);
        }
        return out;
    }

    private Unit unit(Kind kind, Set<String> written, List<Unit> all, String groupName) {
        String category = kind.key();
        for (int i = 0; i < all.size(); i++) {
            Unit u = all.get(i);
            if (u.category().equals(category)) {
                Set<String> spellings = new LinkedHashSet<>(u.spellings());
                spellings.addAll(written);
                Unit merged = new Unit(u.name(), category, spellings);
                all.set(i, merged);
                return merged;
            }
        }
        String name = written.stream()
                .filter(s -> vocabulary.categoryOf(Text.fold(s)).filter(category::equals).isPresent())
                .findFirst().orElseGet(() -> composedName(kind, written, groupName));
        Set<String> spellings = new LinkedHashSet<>(written);
        spellings.add(name);
        Unit unit = new Unit(name, category, spellings);
        all.add(unit);
        return unit;
    }

    private String composedName(Kind kind, Set<String> written, String groupName) {
        String place = district.name().substring(0, district.name().length() - 1);
        String longest = written.stream().map(Text::fold)
                .map(s -> s.startsWith(district.name()) ? s.substring(place.length()) : s)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
        if (!longest.isEmpty() && BodyNames.LEVELS.indexOf(longest.charAt(0)) >= 0) return longest;
        if (kind == Kind.OFFICE && groupName != null && groupName.endsWith("领导小组")
                && (longest.isEmpty() || longest.endsWith("领导小组办公室"))) {
            return groupName + "办公室";
        }
        if (longest.matches("^(?:全民|科学素质|科普).*")) return level + longest;
        return longest.isEmpty() ? "办公室" : longest;
    }
}
