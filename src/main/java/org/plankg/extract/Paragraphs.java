package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of a plan from text as published: hard line breaks anywhere (also
 * inside words and unit names), blank lines and page breaks inside sentences, Markdown marks,
 * footnote lines and markers. A line is joined to the paragraph before it unless that paragraph
 * ended a sentence or the line opens a heading or a numbered task.
 */
final class Paragraphs {

    static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    static final Pattern ITEM = Pattern.compile("^（([一二三四五六七八九十]{1,3})）");
    static final Pattern TASK = Pattern.compile("^(\\d{1,2})[.、](?!\\d)");
    static final Pattern DASH = Pattern.compile("^(——|--)");

    private static final Pattern DEFINITION = Pattern.compile("^[¹²³⁴⁵⁶⁷⁸⁹⁰]+[^（，。、：]{1,30}：");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－]+ ?\\d{1,3} ?[-—–－]+$|^第\\d{1,3}页(共\\d+页)?$");
    private static final Pattern RULE = Pattern.compile("^[-—=*_ ]{3,}$");
    private static final String SENTENCE_END = "。！？";
    private static final int FOOTNOTE_MAX_CHARS = 600;

    private Paragraphs() {
    }

    /** The lines of a document as published, numbered from 1. */
    static List<Text> lines(String content) {
        String[] raw = content.split("\r\n|\r|\n|\f", -1);
        List<Text> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) lines.add(Text.line(raw[i], i + 1));
        return lines;
    }

    static List<Text> of(String content) {
        return of(lines(content));
    }

    static List<Text> of(List<Text> source) {
        String[] raw = source.stream().map(Text::orig).toArray(String[]::new);
        List<Text> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            lines.add(clean(source.get(i)));
        }
        List<Text> paragraphs = new ArrayList<>();
        List<Text> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Text line = lines.get(i);
            if (startsFootnote(raw[i], line)) {
                i = footnoteEnd(raw, lines, i);
                continue;
            }
            if (line.isEmpty() || isArtefact(line.norm())) {
                continue;
            }
            if (!current.isEmpty() && (endsSentence(current) || opensBlock(line.norm()))) {
                paragraphs.add(Text.concat(current));
                current.clear();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            paragraphs.add(Text.concat(current));
        }
        return paragraphs;
    }

    /**
     * A footnote opens with its marker, then a space or a defined term and a colon
     * (¹ 新业态：…). A marker that a line wrap put at the start of a line (⁶（以下简称…) is not one.
     */
    private static boolean startsFootnote(String raw, Text cleaned) {
        String r = raw.strip();
        int marker = 0;
        while (marker < r.length() && isSuperscript(r.charAt(marker))) marker++;
        if (marker == 0 || marker == r.length()) return false;
        return Character.isWhitespace(r.charAt(marker)) || DEFINITION.matcher(cleaned.norm()).lookingAt();
    }

    /**
     * The last line of the footnote that starts at {@code start}. A footnote set off by a blank
     * line (as at the foot of a page) runs to the next blank line, however it is wrapped; one run
     * into the text without blank lines ends with its first sentence. Either way it ends before a
     * heading, a task or another footnote, and after at most {@value #FOOTNOTE_MAX_CHARS} characters.
     */
    private static int footnoteEnd(String[] raw, List<Text> lines, int start) {
        boolean setOff = start > 0 && lines.get(start - 1).isEmpty();
        int chars = lines.get(start).length();
        for (int j = start + 1; j < lines.size() && chars <= FOOTNOTE_MAX_CHARS; j++) {
            Text line = lines.get(j);
            boolean ends = setOff ? line.isEmpty() : lines.get(j - 1).norm().endsWith("。");
            if (ends || startsFootnote(raw[j], line) || opensBlock(line.norm())) return j - 1;
            chars += line.length();
        }
        return start;
    }

    static boolean opensBlock(String norm) {
        return Numbering.opens(norm) || DASH.matcher(norm).find();
    }

    private static boolean endsSentence(List<Text> current) {
        String last = current.get(current.size() - 1).norm();
        return SENTENCE_END.indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    private static boolean isArtefact(String norm) {
        return PAGE_NUMBER.matcher(norm).matches()
                || RULE.matcher(norm).matches();
    }

    /**
     * Drops Markdown heading and emphasis marks, footnote markers, and white space that is not
     * between two Latin letters or digits (PDF conversion scatters it through Chinese text).
     */
    private static Text clean(Text line) {
        String n = line.norm();
        int indent = 0;
        while (indent < n.length() && Character.isWhitespace(n.charAt(indent))) indent++;
        int hashes = indent;
        while (hashes < n.length() && (n.charAt(hashes) == '#' || n.charAt(hashes) == ' ')) hashes++;
        int headingEnd = n.startsWith("#", indent) ? hashes : 0;
        Text cleaned = line.without(i -> i < headingEnd || n.charAt(i) == '*'
                || (isSuperscript(n.charAt(i)) && i > 0 && !allSuperscriptBefore(n, i))
                || (Character.isWhitespace(n.charAt(i)) && !betweenLatin(n, i)));
        return cleaned.strip();
    }

    private static boolean isSuperscript(char c) {
        return "¹²³⁴⁵⁶⁷⁸⁹⁰".indexOf(c) >= 0;
    }

    private static boolean allSuperscriptBefore(String n, int i) {
        for (int k = 0; k < i; k++) {
            if (!isSuperscript(n.charAt(k)) && !Character.isWhitespace(n.charAt(k))) return false;
        }
        return true;
    }

    private static boolean betweenLatin(String n, int i) {
        int before = i - 1;
        while (before >= 0 && Character.isWhitespace(n.charAt(before))) before--;
        int after = i + 1;
        while (after < n.length() && Character.isWhitespace(n.charAt(after))) after++;
        return before >= 0 && after < n.length()
                && isLatin(n.charAt(before)) && isLatin(n.charAt(after));
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
