package org.plankg.read;

import java.util.ArrayList;
import java.util.List;

/** Hands out positions in reading order, remembering where each one is in the file. */
final class Locators {

    private final List<String> locators = new ArrayList<>();

    /** The next position, found at {@code locator} (e.g. {@code #p=4}). */
    int add(String locator) {
        locators.add(locator);
        return locators.size();
    }

    List<String> all() {
        return List.copyOf(locators);
    }
}
