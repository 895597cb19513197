package org.plankg.extract;

import java.util.Comparator;
import java.util.regex.Matcher;

import org.plankg.vocab.Vocabulary;
import org.plankg.vocab.Vocabulary.OutlineConcept;
import org.plankg.plan.Item;

/** Aligns a district's item to the national outline by the patterns the vocabulary gives. */
final class Outline {

    private Outline() {
    }

    /** The key of the outline concept of the same kind whose pattern matches most of the name, or null. */
    static String align(Vocabulary vocabulary, String name, Item.Kind kind) {
        return vocabulary.outline().stream()
                .filter(c -> kind != Item.Kind.OTHER && c.action() == (kind == Item.Kind.ACTION))
                .filter(c -> c.pattern().matcher(name).find())
                .max(Comparator.comparingInt((OutlineConcept c) -> matchedLength(c, name)))
                .map(OutlineConcept::key)
                .orElse(null);
    }

    /**
     * The kind its words give an item ({@code byWords}), else the kind of the outline concepts its
     * name is about — an action's group before a project's field (助力老年人融入智慧社会 is about
     * the elderly) — else neither.
     */
    static Item.Kind kind(Vocabulary vocabulary, String name, Item.Kind byWords) {
        if (byWords != null) return byWords;
        for (Item.Kind kind : java.util.List.of(Item.Kind.ACTION, Item.Kind.PROJECT)) {
            if (align(vocabulary, name, kind) != null) return kind;
        }
        return Item.Kind.OTHER;
    }

    /** Why an item is aligned as it is: {@code 青少年科学素质提升行动 → youth (青少年)}, or {@code → none}. */
    static String evidence(Vocabulary vocabulary, Item item) {
        if (item.national() == null) return item.name() + " → none";
        return vocabulary.outline().stream().filter(c -> c.key().equals(item.national())).findFirst()
                .map(c -> {
                    Matcher m = c.pattern().matcher(item.name());
                    return item.name() + " → " + c.key() + (m.find() ? " (" + m.group() + ")" : "");
                }).orElse(item.name() + " → " + item.national());
    }

    private static int matchedLength(OutlineConcept concept, String name) {
        Matcher m = concept.pattern().matcher(name);
        return m.find() ? m.end() - m.start() : 0;
    }
}
