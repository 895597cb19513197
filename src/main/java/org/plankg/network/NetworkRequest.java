package org.plankg.network;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.plankg.query.BadParameterException;

/**
 * What /api/network was asked for, checked: nodes by unit or by category, the districts (none:
 * all), filters on the items (national outline key, role, item or task level), bipartite or not,
 * collective units or not, and the top N nodes by a measure.
 */
record NetworkRequest(By by, List<String> districts, String national, String role, Level level,
                      boolean bipartite, boolean collective, Integer top, String measure) {

    enum By { UNIT, CATEGORY }

    /** Which roles count: in the items themselves, in their tasks, or both (null). */
    enum Level { ITEM, TASK }

    /** Roles in items and tasks; organisation-level roles (leader, coordinator, …) are never in the network. */
    static final Set<String> ROLES = Set.of("lead", "participant", "responsible");
    static final List<String> MEASURES = List.of("degree", "weightedDegree", "betweenness", "pageRank", "clustering");

    static NetworkRequest of(String by, List<String> districts, String national, String role, String level,
                             String mode, boolean collective, Integer top, String measure) {
        if (role != null && !role.isBlank() && !ROLES.contains(role)) {
            throw new BadParameterException("role", "role must be one of " + ROLES.stream().sorted().toList()
                    + " (organisation-level roles are not in the network), not " + role);
        }
        if (mode != null && !mode.isBlank() && !mode.equals("bipartite")) {
            throw new BadParameterException("mode", "mode must be bipartite or absent, not " + mode);
        }
        if (top != null && top < 1) throw new BadParameterException("top", "top must be 1 or more, not " + top);
        String chosen = measure == null || measure.isBlank() ? "degree" : measure;
        if (!MEASURES.contains(chosen)) {
            throw new BadParameterException("measure", "measure must be one of " + MEASURES + ", not " + measure);
        }
        List<String> names = districts == null ? List.of()
                : districts.stream().flatMap(d -> List.of(d.split(",")).stream()).map(String::strip)
                        .filter(d -> !d.isEmpty()).distinct().sorted().toList();
        return new NetworkRequest(choice("by", By.class, by, By.UNIT), names, blank(national), blank(role),
                choice("level", Level.class, level, null), "bipartite".equals(mode), collective, top, chosen);
    }

    private static <E extends Enum<E>> E choice(String parameter, Class<E> type, String value, E absent) {
        if (value == null || value.isBlank()) return absent;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, parameter + " must be one of "
                    + List.of(type.getEnumConstants()).stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + ", not " + value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether an involvement counts in this network. */
    boolean counts(Involvement i) {
        if (national != null && !national.equals(i.national())) return false;
        if (role != null && !role.equals(i.role())) return false;
        if (level == Level.ITEM && i.atTaskLevel()) return false;
        if (level == Level.TASK && !i.atTaskLevel()) return false;
        if (!collective && "collective".equals(i.category())) return false;
        // by category, "other" would lump unrelated units the vocabulary does not know into one node
        return bipartite || by == By.UNIT || !"other".equals(i.category());
    }

    /** The same request for the same answer: the cache key. */
    String key() {
        return String.join("|", by.name(), String.join(",", districts), String.valueOf(national), String.valueOf(role),
                String.valueOf(level), String.valueOf(bipartite), String.valueOf(collective), String.valueOf(top), measure);
    }
}
