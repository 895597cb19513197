package org.plankg.extract;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.plankg.plan.Body.Function;
import org.plankg.plan.Body.Kind;
import org.plankg.plan.Body.Position;
import org.plankg.extract.BodyNames.Named;

/** What the text says of each steering body, before its unit is named: one draft a kind. */
final class BodyDrafts {

    /** The sentence a fact was read from, and the line where the fact stands in it. */
    record Evidence(Text quote, int line) {
        static Evidence at(Text s, int at) {
            return new Evidence(s, s.lines()[Math.max(0, Math.min(at, s.length() - 1))]);
        }
    }

    /** A unit's place in the body, the unit by its spelling. */
    record Place(String spelling, Position position, Evidence evidence) {
    }

    /** The facts of one body; of each fact the first statement is kept. */
    static final class Draft {
        final Set<String> spellings = new LinkedHashSet<>();
        Evidence firstMention;
        Integer memberCount;
        final Map<String, Evidence> chairs = new LinkedHashMap<>();
        final Map<String, Place> places = new LinkedHashMap<>();
        final Map<Function, Evidence> duties = new EnumMap<>(Function.class);

        void place(String spelling, Position position, Evidence evidence) {
            places.putIfAbsent(spelling + "|" + position, new Place(spelling, position, evidence));
        }
    }

    private final Map<Kind, Draft> drafts = new EnumMap<>(Kind.class);

    /** The draft of {@code kind}; a body not met before is first mentioned at {@code at} of {@code s}. */
    Draft of(Kind kind, Text s, int at) {
        Draft d = drafts.computeIfAbsent(kind, k -> new Draft());
        if (d.firstMention == null) d.firstMention = Evidence.at(s, at);
        return d;
    }

    /** Notes a body named in {@code s}, with its name as written unless that is a bare 办公室. */
    void mention(Named name, Text s) {
        Draft d = of(name.kind(), s, name.start());
        if (!name.bare()) d.spellings.add(s.orig().substring(name.start(), name.end()).strip());
    }

    /** The draft of {@code kind}, or null if the plan has not named that body. */
    Draft get(Kind kind) {
        return drafts.get(kind);
    }

    boolean has(Kind kind) {
        return drafts.containsKey(kind);
    }

    /** {@code kind} if the plan has named that body (a fact naming no body is about it). */
    Optional<Kind> ifNamed(Kind kind) {
        return Optional.ofNullable(kind).filter(this::has);
    }
}
