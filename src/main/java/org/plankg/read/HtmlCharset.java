package org.plankg.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a saved page is in: its byte-order mark, else the one its {@code <meta>} declares,
 * else UTF-8 when the bytes are valid UTF-8, else GB18030. GB2312 and GBK are read as GB18030, the
 * superset they are in practice (pages declaring GB2312 use GBK characters).
 */
final class HtmlCharset {

    private static final Pattern DECLARED = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int HEAD_BYTES = 4096;

    private HtmlCharset() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        Charset charset = declared(new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1));
        if (charset == null) charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
        return new String(bytes, charset);
    }

    private static Charset declared(String head) {
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")) return GB18030;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
