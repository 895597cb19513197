package org.plankg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Reads a plan file in any format it comes in: the format is told from the bytes (Tika's magic
 * detector; the name only decides between formats the bytes leave open) and the file is refused,
 * with a reason, when it is larger than the size limit.
 */
public final class DocumentReader {

    /** 50 MB: far above any plan, far below what would starve the service. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** The names a folder of plans is scanned for. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "docx", "doc", "pdf");

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private final long maxBytes;

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A size as {@code 50MB}, {@code 512KB}, {@code 1GB} or bytes; -1 if it is none. */
    public static long parseSize(String size) {
        var m = java.util.regex.Pattern.compile("(?i)^\\s*(\\d{1,12})\\s*(B|KB|MB|GB)?\\s*$").matcher(size);
        if (!m.matches()) return -1;
        int shift = switch (m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> 10;
            case "MB" -> 20;
            case "GB" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    /** Whether a file in a plans folder is one to read, by its name. */
    public static boolean isPlanFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && !name.startsWith("~$") && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** Refuses a file over the limit before its bytes are read. */
    public void checkSize(Path file) throws IOException, UnreadableException {
        checkSize(Files.size(file));
    }

    private void checkSize(long size) throws UnreadableException {
        if (size > maxBytes) {
            throw new UnreadableException("larger than the size limit (" + megabytes(size) + " > " + megabytes(maxBytes)
                    + "; see plankg.max-file-size or --max-file-size)");
        }
    }

    public Document read(String name, byte[] bytes) throws UnreadableException {
        checkSize(bytes.length);
        MediaType type = detect(name, bytes);
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/pdf" -> PdfReader.read(bytes);
            case DOCX, "application/x-tika-ooxml" -> WordReader.read(bytes);
            case "application/x-tika-ooxml-protected" ->
                    throw new UnreadableException("encrypted Word document: it needs its password removed first");
            case "application/msword", "application/x-tika-msoffice" -> OldWordReader.read(bytes);
            case "text/html", "application/xhtml+xml" -> HtmlReader.read(bytes);
            case "application/zip" -> throw new UnreadableException("a zip archive, not a plan document: unpack it first");
            default -> TextReader.read(bytes);
        };
    }

    private static MediaType detect(String name, byte[] bytes) {
        Metadata metadata = new Metadata();
        if (name != null) metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, Path.of(name).getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return TYPES.detect(in, metadata);
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
