package org.plankg.plan;

import java.util.Set;

/** A unit of one district under its canonical name, with every spelling the plan used for it. */
public record Unit(String name, String category, Set<String> spellings) {
}
