package org.plankg.plan;

/** A numbered (or bulleted, then counted) task of an item; {@code text} is its first sentence. */
public record Task(int number, String text, int line) {
}
