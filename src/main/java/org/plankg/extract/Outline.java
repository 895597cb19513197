package org.plankg.extract;

import java.util.Comparator;
import java.util.regex.Matcher;

import org.plankg.vocab.Vocabulary;
import org.plankg.vocab.Vocabulary.OutlineConcept;

/** Aligns a district's item to the national outline by the patterns the vocabulary gives. */
final class Outline {

    private Outline() {
    }

    /** The key of the outline concept of the same kind whose pattern matches most of the name, or null. */
    static String align(Vocabulary vocabulary, String name, Item.Kind kind) {
        return vocabulary.outline().stream()
                .filter(c -> c.action() == (kind == Item.Kind.ACTION))
                .filter(c -> c.pattern().matcher(name).find())
                .max(Comparator.comparingInt((OutlineConcept c) -> matchedLength(c, name)))
                .map(OutlineConcept::key)
                .orElse(null);
    }

    private static int matchedLength(OutlineConcept concept, String name) {
        Matcher m = concept.pattern().matcher(name);
        return m.find() ? m.end() - m.start() : 0;
    }
}
