package org.plankg.plan;

/**
 * A unit renamed or merged in an institutional reform, as a plan states it (原区文广新局承担的有关
 * 职责由区文化和旅游局承担) or a researcher's file of reforms records it: comparisons across periods
 * read {@code before} as {@code after}. {@code quote} and {@code line} say where it was stated.
 */
public record Reform(String before, String after, String quote, int line) {
}
