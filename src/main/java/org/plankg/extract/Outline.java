package org.plankg.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.plankg.vocab.Vocabulary.OutlineConcept;
import org.plankg.plan.Item;

/**
 * Aligns a district's item to the national outline its plan carries out (the 2021 one or the
 * earlier one) by the patterns the vocabulary gives.
 */
final class Outline {

    private Outline() {
    }

    /**
     * The key of the outline concept of the same kind whose pattern matches most of the name; else
     * of the other kind (a district's 社区科普益民工程 is the earlier outline's community action); or null.
     */
    static String align(List<OutlineConcept> outline, String name, Item.Kind kind) {
        if (kind == Item.Kind.OTHER) return null;
        String same = best(outline, name, kind == Item.Kind.ACTION);
        return same != null ? same : best(outline, name, kind != Item.Kind.ACTION);
    }

    private static String best(List<OutlineConcept> outline, String name, boolean action) {
        return outline.stream()
                .filter(c -> c.action() == action)
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
    static Item.Kind kind(List<OutlineConcept> outline, String name, Item.Kind byWords) {
        if (byWords != null) return byWords;
        if (best(outline, name, true) != null) return Item.Kind.ACTION;
        return best(outline, name, false) != null ? Item.Kind.PROJECT : Item.Kind.OTHER;
    }

    /** Why an item is aligned as it is: {@code 青少年科学素质提升行动 → youth (青少年)}, or {@code → none}. */
    static String evidence(List<OutlineConcept> outline, Item item) {
        if (item.national() == null) return item.name() + " → none";
        return outline.stream().filter(c -> c.key().equals(item.national())).findFirst()
                .map(c -> {
                    Matcher m = c.pattern().matcher(item.name());
                    return item.name() + " → " + c.key() + (m.find() ? " (" + m.group() + ")" : "");
                }).orElse(item.name() + " → " + item.national());
    }

    /** How much of the name the concept's pattern matches, all its matches together (完善设施网络: 阵地 and 设施, not 网络 alone). */
    private static int matchedLength(OutlineConcept concept, String name) {
        Matcher m = concept.pattern().matcher(name);
        int length = 0;
        while (m.find()) length += m.end() - m.start();
        return length;
    }
}
