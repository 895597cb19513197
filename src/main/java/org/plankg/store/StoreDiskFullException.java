package org.plankg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A write to the embedded store failed because the disk under {@code plankg.data} is full. TDB2
 * aborts the transaction, so the store keeps what it had; the plans load on a later sync.
 */
public class StoreDiskFullException extends RuntimeException {

    private StoreDiskFullException(Path folder, long free, Throwable cause) {
        super("the disk holding the store's folder " + folder.toAbsolutePath() + " is full (" + free / (1024 * 1024)
                + " MB free): nothing was written and the stored plans are served as they were; free some space"
                + " and the plans load on the next sync", cause);
    }

    /**
     * The failure as a full disk, or null when it is something else. TDB2 reports a full disk as an
     * IOException, or, when a memory-mapped file cannot grow, as the JVM's InternalError.
     */
    static StoreDiskFullException of(Path folder, Throwable failure) {
        long free = usableSpace(folder);
        boolean full = free < 16L * 1024 * 1024;
        for (Throwable t = failure; t != null && !full; t = t.getCause() == t ? null : t.getCause()) {
            full = t instanceof InternalError || String.valueOf(t.getMessage()).contains("No space left");
        }
        return full ? new StoreDiskFullException(folder, free, failure) : null;
    }

    static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
