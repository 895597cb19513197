package org.plankg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a published plan's bytes into text: UTF-8 with or without BOM, or GB18030, whichever
 * decodes without error. Anything else (empty, binary, another encoding) is refused with a reason.
 */
final class SourceDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SourceDecoder() {
    }

    static String decode(byte[] bytes) throws UnreadableException {
        if (bytes.length == 0) {
            throw new UnreadableException("empty file");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new UnreadableException("UTF-16 text is not supported; save it as UTF-8 or GB18030");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        String text = strictly(StandardCharsets.UTF_8, bytes, offset);
        if (text == null) {
            text = strictly(GB18030, bytes, 0);
        }
        if (text == null || looksBinary(text)) {
            throw new UnreadableException("not a text document (neither UTF-8 nor GB18030 text)");
        }
        if (text.isBlank()) {
            throw new UnreadableException("empty file");
        }
        return text;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    private static String strictly(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than line breaks and tabs do not occur in published text. */
    private static boolean looksBinary(String text) {
        long controls = text.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return controls > 0 && controls * 1000 > text.length();
    }
}
