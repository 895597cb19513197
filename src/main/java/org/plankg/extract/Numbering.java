package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering schemes Chinese documents open their parts with — 第一章 第一节 第一条 (a document in the
 * form of regulations), 一、 （一） 1. （1） 1） ① 第一， 一是 —
 * and where a run of text starts a numbered part. Which scheme is which level is not fixed here: a
 * document's outline follows the order in which it uses them ({@link PlanLayout}).
 */
enum Numbering {
    CHAPTER("^第([一二三四五六七八九十]{1,3})章[　 ]*"),
    PART("^第([一二三四五六七八九十]{1,3})节[　 ]*"),
    ARTICLE("^第([一二三四五六七八九十]{1,4})条[　 ]*(?![、，和及至到—-]第)"),
    SECTION("^([一二三四五六七八九十]{1,3})[、.。]"),
    PAREN_CHINESE("^（([一二三四五六七八九十]{1,3})）"),
    DIGIT("^(\\d{1,2})[.、。](?!\\d)"),
    DECIMAL("^\\d{1,2}\\.(\\d{1,2})(?![\\d.])[.、 ]?"),
    /** 3.1.2: the third level of a decimal outline. */
    DECIMAL3("^\\d{1,2}\\.\\d{1,2}\\.(\\d{1,2})(?![\\d.])[.、 ]?"),
    /** 1-2: the second task of the first part, numbered after its part. */
    HYPHEN("^\\d{1,2}[-－–](\\d{1,2})(?![\\d.])[.、 ]?"),
    PAREN_DIGIT("^（(\\d{1,2})）"),
    HALF_PAREN_DIGIT("^(\\d{1,2})）"),
    CIRCLED("^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"),
    /** ⑴ ⑵ (one character each): a parenthesised number as a typesetter sets it. */
    PAREN_SIGN("^([⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇])"),
    /** ㈠ ㈡ (one character each): （一） as a typesetter sets it. */
    PAREN_IDEOGRAPH("^([㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩])[　 ]*"),
    /** 行动一　…, 工程二　…: a part numbered after the kind of part it is (not 工程一期, 任务一是). */
    KIND("^(?:行动|工程|任务|专项)([一二三四五六七八九十]{1,3})(?![一二三四五六七八九十期批号级般体起样是些致项])[ 、：.]?"),
    ORDINAL("^第([一二三四五六七八九十]{1,3})[，、：,]"),
    IS("^([一二三四五六七八九十]{1,3})是(?=[^，。；：]{2})");

    /** A numbered opening: its scheme, number and length in characters. */
    record Marker(Numbering scheme, int number, int length) {
    }

    /** The characters a marker can open with (besides digits): a quick no for most lines. */
    private static final String OPENINGS = "一二三四五六七八九十（第①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩行工任专";
    private static final String CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String PAREN_SIGNS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
    /** What may stand before a part that runs on in the same paragraph. */
    private static final String RUN_IN_BOUNDARY = "。；！？";
    private static final String IS_BOUNDARY = "。；！？，：";

    private final Pattern pattern;

    Numbering(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** Whether parts of this scheme live inside one paragraph (一是…；二是…) and close with it. */
    boolean runsInOnly() {
        return this == IS || this == ORDINAL;
    }

    /** The marker a text opens with, or null. */
    static Marker at(String norm) {
        if (norm.isEmpty() || OPENINGS.indexOf(norm.charAt(0)) < 0 && !Character.isDigit(norm.charAt(0))) return null;
        for (Numbering scheme : values()) {
            Matcher m = scheme.pattern.matcher(norm);
            if (m.find()) return new Marker(scheme, scheme.number(m.group(1)), m.end());
        }
        return null;
    }

    /** Whether a line opens a numbered part (for joining wrapped lines into paragraphs). */
    static boolean opens(String norm) {
        Marker m = at(norm);
        return m != null && m.scheme != IS;
    }

    private int number(String numeral) {
        return switch (this) {
            case CHAPTER, PART, ARTICLE, SECTION, PAREN_CHINESE, ORDINAL, IS, KIND -> PlanLayout.chineseNumber(numeral);
            case CIRCLED -> CIRCLED_DIGITS.indexOf(numeral.charAt(0)) + 1;
            case PAREN_SIGN -> PAREN_SIGNS.indexOf(numeral.charAt(0)) + 1;
            case PAREN_IDEOGRAPH -> "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩".indexOf(numeral.charAt(0)) + 1;
            default -> Integer.parseInt(numeral);
        };
    }

    /**
     * Splits a paragraph whose numbered parts run on (1.…。2.…。 or …：一是…；二是…), at the
     * markers that continue the count of one scheme after a sentence break; a number inside a
     * sentence (培训1.5万人次) never splits. Returns the paragraph alone when nothing runs on.
     */
    static List<Text> runIn(Text paragraph) {
        String n = paragraph.norm();
        Marker first = at(n);
        List<Integer> cuts = new ArrayList<>();
        if (first != null && first.scheme != IS) {
            cuts = chain(n, paragraph.lines(), first.scheme, first.number + 1, first.length, RUN_IN_BOUNDARY);
        }
        if (cuts.isEmpty() && n.contains("一是")) cuts = chainFromOne(n, paragraph.lines(), IS, IS_BOUNDARY);
        if (cuts.isEmpty() && n.contains("第一")) cuts = chainFromOne(n, paragraph.lines(), ORDINAL, RUN_IN_BOUNDARY + "：");
        if (cuts.isEmpty()) return List.of(paragraph);
        List<Text> parts = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            Text part = paragraph.sub(start, cut).strip();
            if (!part.isEmpty()) parts.add(part);
            start = cut;
        }
        parts.add(paragraph.sub(start).strip());
        return parts;
    }

    /** The positions of markers numbered {@code next}, {@code next+1}, … of a scheme, each after a boundary. */
    private static List<Integer> chain(String n, int[] lines, Numbering scheme, int next, int from, String boundaries) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = Math.max(1, from); i < n.length(); i++) {
            if (!boundary(n, lines, i, boundaries)) continue;
            int at = i;
            while (at < n.length() && n.charAt(at) == ' ') at++;
            Matcher m = scheme.pattern.matcher(n.substring(at));
            if (m.find() && scheme.number(m.group(1)) == next) {
                cuts.add(at);
                next++;
                i = at + m.end() - 1;
            }
        }
        return cuts;
    }

    /** Whether a part may start at {@code i}: after a stop, or where a heading's line ended and the next line begins. */
    private static boolean boundary(String n, int[] lines, int i, String boundaries) {
        return boundaries.indexOf(n.charAt(i - 1)) >= 0 || lines[i] != lines[i - 1];
    }

    /** A chain 一是, 二是, … (at least two) starting anywhere after a boundary. */
    private static List<Integer> chainFromOne(String n, int[] lines, Numbering scheme, String boundaries) {
        for (int i = 0; i < n.length(); i++) {
            if (i > 0 && !boundary(n, lines, i, boundaries)) continue;
            Matcher m = scheme.pattern.matcher(n.substring(i));
            if (m.find() && scheme.number(m.group(1)) == 1) {
                List<Integer> rest = chain(n, lines, scheme, 2, i + m.end(), boundaries);
                if (!rest.isEmpty()) {
                    List<Integer> cuts = new ArrayList<>();
                    if (i > 0) cuts.add(i);
                    cuts.addAll(rest);
                    return cuts;
                }
                return List.of();
            }
        }
        return List.of();
    }
}
