package org.plankg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain text: every line a paragraph of its own at its line number; the plan reader joins them. */
final class TextReader {

    private TextReader() {
    }

    static Document read(byte[] bytes) throws UnreadableException {
        String content = SourceDecoder.decode(bytes);
        String[] raw = content.split("\r\n|\r|\n|\f", -1);
        List<Document.Block> blocks = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            blocks.add(new Document.Paragraph(List.of(new Document.Line(raw[i], i + 1))));
        }
        return new Document(Format.TEXT, "text/plain", blocks, List.of(), Map.of());
    }
}
