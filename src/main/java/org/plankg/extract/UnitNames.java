package org.plankg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plankg.vocab.Vocabulary;
import org.plankg.plan.Unit;
import org.plankg.plan.Warning;

/**
 * Names the units of one plan. A name as written is looked up in the category vocabulary, whose
 * spellings are in district form (区科协, 区委宣传部, 团区委): a county's 县科协 or a county-level
 * city's 市科协 is looked up as 区科协. A bare name that only a group's prefix makes known is
 * expanded (宣传部 in a group opened by 区委组织部 is 区委宣传部; a bare 发改局 is 区发改局). All
 * spellings of one known category in the plan are merged into one unit named by its most frequent
 * spelling (区人社保局 → 区人力社保局). A name the vocabulary does not know is never changed: it
 * stays one unit as written, categorised by its functional ending where one is clear
 * (…管委会 → development-zone), and is reported.
 */
final class UnitNames {

    /** A name that carries its own level or is collective; 市场监管局 and 区域… are not. */
    /** A level prefix of a unit's name: 区, 县, 市 or 旗, but not the 市 of 市场监管局 or the 区 of 区域. */
    static final String LEVEL_CHARS = "区县市旗州盟";
    static final String LEVEL = "[" + LEVEL_CHARS + "](?![场域])";
    private static final Pattern QUALIFIED = Pattern.compile("^(?:" + LEVEL + "|省|各|团|中共)");

    private final Vocabulary vocabulary;
    private final char level;
    private final Map<String, Spelling> spellings = new LinkedHashMap<>();
    private final List<Warning> warnings;
    private final Map<String, Integer> unknown = new LinkedHashMap<>();
    private Map<String, Unit> units;
    private final Map<String, java.util.Set<String>> aliases = new LinkedHashMap<>();

    /** A spelling met in the text, with its category and how often it was met. */
    private static final class Spelling {
        final String name;
        final String category;
        final boolean generic;
        final boolean ownUnit;
        int count;

        Spelling(String name, String category, boolean generic, boolean ownUnit) {
            this.name = name;
            this.category = category;
            this.generic = generic;
            this.ownUnit = ownUnit;
        }
    }

    /** {@code district} names the plan's level by its last character: 区, 县, 市 or 旗. */
    UnitNames(Vocabulary vocabulary, String district, List<Warning> warnings) {
        this.vocabulary = vocabulary;
        char last = district.isEmpty() ? '区' : district.charAt(district.length() - 1);
        this.level = "县市旗州盟".indexOf(last) >= 0 ? last : '区';
        this.warnings = warnings;
    }

    /** Resolves a name from a list on source line {@code line}; unknown names become new units as written (reported). */
    String fromList(String written, String groupPrefix, int line) {
        Optional<String> known = known(written, groupPrefix);
        if (known.isPresent()) return known.get();
        String category = vocabulary.categoryByEnding(written).orElse(Vocabulary.OTHER);
        if (!spellings.containsKey(written)) {
            unknown.put(written, line);
            warnings.add(new Warning(line, "unit not in the vocabulary, kept as written (category " + category + "): " + written));
        }
        return count(written, category, false, true);
    }

    /** Whether the vocabulary knows the name as written (no prefix added), without counting it as met. */
    boolean knownAsWritten(String written) {
        return isQualified(written) && vocabulary.categoryOf(districtForm(written)).isPresent();
    }

    /** Resolves the subject of a prose sentence; only names the vocabulary knows are accepted. */
    Optional<String> fromProse(String written, boolean genericAllowed) {
        Optional<String> known = known(written, "");
        // a name the plan's own lists gave a unit (a new area's 财政金融局) is a unit in its prose too
        if (known.isEmpty() && spellings.containsKey(written) && spellings.get(written).ownUnit) {
            known = Optional.of(count(written, spellings.get(written).category, false, true));
        }
        if (known.isPresent() || !genericAllowed) return known;
        return vocabulary.categoryOfGeneric(written).map(category -> count(written, category, true, false));
    }

    /**
     * The written name, or an expansion of a bare one, that the vocabulary knows. A group prefix
     * of another level (市 in a district's plan) is tried alone: its names are not the plan's own.
     */
    private Optional<String> known(String written, String groupPrefix) {
        List<String> candidates = new ArrayList<>();
        candidates.add(written);
        if (!isQualified(written)) {
            if (!groupPrefix.isEmpty()) candidates.add(groupPrefix + written);
            // a bare name after one of the plan's level (区教委、科委) is of that level; a bare name alone
            // is kept as written (a new area's 社会事业局, 应急管理局)
            if (!groupPrefix.isEmpty() && groupPrefix.charAt(0) == level) {
                candidates.add(level + written);
                candidates.add(level + "委" + written);
            }
            if (groupPrefix.isEmpty() || groupPrefix.charAt(0) == level) candidates.add("各" + written);
        }
        for (String candidate : candidates) {
            Optional<String> category = vocabulary.categoryOf(districtForm(candidate));
            if (category.isPresent()) return Optional.of(count(candidate, category.get(), false, false));
        }
        return Optional.empty();
    }

    /** A name of this plan's level in the vocabulary's district form: 县委宣传部 → 区委宣传部, 团县委 → 团区委. */
    private String districtForm(String name) {
        if (level == '区') return name;
        if (name.charAt(0) == level && isQualified(name)) return "区" + name.substring(1);
        if (name.startsWith("团" + level + "委")) return "团区委" + name.substring(3);
        return name;
    }

    /** The inverse of {@link #districtForm}, for names the vocabulary supplies. */
    private String planForm(String name) {
        if (level == '区') return name;
        if (name.startsWith("区")) return level + name.substring(1);
        if (name.startsWith("团区委")) return "团" + level + "委" + name.substring(3);
        return name;
    }

    private String count(String name, String category, boolean generic, boolean ownUnit) {
        spellings.computeIfAbsent(name, n -> new Spelling(n, category, generic, ownUnit)).count++;
        units = null;
        return name;
    }

    private static boolean isQualified(String name) {
        return QUALIFIED.matcher(name).find();
    }

    /** Records another name the text gives a unit in a bracket (区委宣传部（区文明办）): one more label of the same unit. */
    void alias(String spelling, String alias) {
        aliases.computeIfAbsent(spelling, k -> new LinkedHashSet<>()).add(alias);
        units = null;
    }

    /** Names kept as written because the vocabulary does not know them, with the line each first appears on. */
    Map<String, Integer> unknown() {
        return unknown;
    }

    /** The plan's level: 区, 县, 市 or 旗. */
    char level() {
        return level;
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
            boolean perSpelling = s.ownUnit || s.category.equals(Vocabulary.OTHER)
                    || s.category.equals(Vocabulary.COLLECTIVE);
            byUnit.computeIfAbsent(perSpelling ? "name:" + s.name : "category:" + s.category,
                    k -> new ArrayList<>()).add(s);
        }
        Map<String, Unit> out = new LinkedHashMap<>();
        for (List<Spelling> group : byUnit.values()) {
            String category = group.get(0).category;
            String name = group.stream().filter(s -> !s.generic)
                    .max(Comparator.<Spelling>comparingInt(s -> s.count)
                            .thenComparing(s -> -s.name.length()))
                    .map(s -> s.name)
                    .or(() -> vocabulary.defaultName(category).map(this::planForm))
                    .orElse(group.get(0).name);
            LinkedHashSet<String> labels = new LinkedHashSet<>(group.stream().map(s -> s.name).toList());
            group.forEach(s -> labels.addAll(aliases.getOrDefault(s.name, java.util.Set.of())));
            Unit unit = new Unit(name, category, labels);
            group.forEach(s -> out.put(s.name, unit));
        }
        return out;
    }
}
