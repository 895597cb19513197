package org.plankg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run of plan text kept in two parallel forms of equal length: {@code orig} as published (for
 * quotes) and {@code norm} with punctuation and digits folded to one form (for matching), plus the
 * source line of every character. Matching on {@code norm} and cutting quotes from {@code orig} at
 * the same offsets keeps quotes verbatim while patterns stay simple.
 */
public record Text(String orig, String norm, int[] lines) {

    public static final Text EMPTY = new Text("", "", new int[0]);

    public Text {
        if (orig.length() != norm.length() || orig.length() != lines.length) {
            throw new IllegalArgumentException("parallel forms differ in length");
        }
    }

    /** One source line, folded. */
    public static Text line(String original, int lineNumber) {
        int[] lines = new int[original.length()];
        Arrays.fill(lines, lineNumber);
        return new Text(original, fold(original), lines);
    }

    public static Text concat(List<Text> parts) {
        StringBuilder orig = new StringBuilder();
        StringBuilder norm = new StringBuilder();
        int[] lines = new int[parts.stream().mapToInt(Text::length).sum()];
        int at = 0;
        for (Text part : parts) {
            orig.append(part.orig);
            norm.append(part.norm);
            System.arraycopy(part.lines, 0, lines, at, part.length());
            at += part.length();
        }
        return new Text(orig.toString(), norm.toString(), lines);
    }

    public int length() {
        return norm.length();
    }

    public boolean isEmpty() {
        return norm.isEmpty();
    }

    public Text sub(int start, int end) {
        return new Text(orig.substring(start, end), norm.substring(start, end),
                Arrays.copyOfRange(lines, start, end));
    }

    public Text sub(int start) {
        return sub(start, length());
    }

    /** Source line of the first character (0 when empty). */
    public int firstLine() {
        return lines.length == 0 ? 0 : lines[0];
    }

    /** The same text without characters for which {@code drop} holds at that index. */
    public Text without(java.util.function.IntPredicate drop) {
        StringBuilder o = new StringBuilder();
        StringBuilder n = new StringBuilder();
        int[] l = new int[length()];
        int k = 0;
        for (int i = 0; i < length(); i++) {
            if (!drop.test(i)) {
                o.append(orig.charAt(i));
                n.append(norm.charAt(i));
                l[k++] = lines[i];
            }
        }
        return new Text(o.toString(), n.toString(), Arrays.copyOf(l, k));
    }

    /**
     * The parts between the {@code separators} that stand outside brackets (各县（市、区）人民政府 is not
     * cut at its 、), as written, empty ones included.
     */
    public List<Text> splitOutsideBrackets(String separators) {
        List<Text> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '（') depth++;
            else if (c == '）') depth = Math.max(0, depth - 1);
            else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(sub(start, i));
                start = i + 1;
            }
        }
        parts.add(sub(start));
        return parts;
    }

    /** This text cut where its source line changes: a paragraph rebuilt from wrapped lines, line by line. */
    public List<Text> bySourceLine() {
        List<Text> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= norm.length(); i++) {
            if (i == norm.length() || lines[i] != lines[i - 1]) {
                parts.add(sub(start, i));
                start = i;
            }
        }
        return parts;
    }

    /** Text trimmed of surrounding white space. */
    public Text strip() {
        int s = 0;
        int e = length();
        while (s < e && Character.isWhitespace(norm.charAt(s))) s++;
        while (e > s && Character.isWhitespace(norm.charAt(e - 1))) e--;
        return sub(s, e);
    }

    @Override
    public String toString() {
        return orig;
    }

    /**
     * Folds one character to the form patterns are written in: half-width punctuation to full
     * width (，：；（）！？), full-width digits and letters to ASCII, every kind of space to ' '.
     * One character in, one character out; the half-width full stop is read in context by
     * {@link #fold(String)}.
     */
    static char fold(char c) {
        switch (c) {
            case ',': return '，';
            case ':': return '：';
            case ';': return '；';
            case '(': return '（';
            case ')': return '）';
            case '!': return '！';
            case '?': return '？';
            case '．': return '.';
            case '﹐': return '，';
            case '﹕': return '：';
            case '\u3000': case '\u00a0': case '\t': return ' ';
            default:
        }
        if (c >= '\u2e80' && c <= '\u2fdf') return radical(c);
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                || c == '％' || c == '－' || c == '／') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }

    /** CJK Radicals Supplement forms that some PDF producers put in the text layer for the ideographs they look like. */
    private static final String RADICAL_FORMS = "⺠⻓⻛⻔⻢⻋⻅⻆⻝⻜⻘⻉⻄⺟⻚⻙⻩⻮⻳⻰⻦⻥⻨⻬⺮";
    private static final String RADICAL_IDEOGRAPHS = "民长风门马车见角食飞青贝西母页韦黄齿龟龙鸟鱼麦齐竹";

    /** A radical as the ideograph it stands for: Kangxi radicals by Unicode's compatibility mapping, supplement forms by table. */
    private static char radical(char c) {
        if (c >= '\u2f00') {
            String ideograph = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            return ideograph.length() == 1 ? ideograph.charAt(0) : c;
        }
        int at = RADICAL_FORMS.indexOf(c);
        return at >= 0 && at < RADICAL_IDEOGRAPHS.length() ? RADICAL_IDEOGRAPHS.charAt(at) : c;
    }

    /**
     * Folds every character, then reads a half-width full stop as 。 unless it is part of a
     * number (25.5), of a Latin word (www.gov.cn), of an ellipsis, or ends the task number that
     * opens a line (1.).
     */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = fold(chars[i]);
        int numberEnd = leadingNumberEnd(chars);
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '.' && i != numberEnd && !inWordOrNumber(chars, i)) chars[i] = '。';
        }
        return new String(chars);
    }

    private static int leadingNumberEnd(char[] chars) {
        int i = 0;
        while (i < chars.length && Character.isWhitespace(chars[i])) i++;
        int digits = i;
        while (i < chars.length && chars[i] >= '0' && chars[i] <= '9') i++;
        return i > digits && i - digits <= 2 ? i : -1;
    }

    private static boolean inWordOrNumber(char[] chars, int i) {
        char before = i > 0 ? chars[i - 1] : ' ';
        char after = i + 1 < chars.length ? chars[i + 1] : ' ';
        return before == '.' || after == '.' || (after >= '0' && after <= '9')
                || (isLatin(before) && isLatin(after));
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
