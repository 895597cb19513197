package org.plankg.question;

/** A plan graph in the store and what identifies its content: its file's and its corrections' hashes. */
public record StoredPlan(String graph, String content) {

    /** The file's, its corrections' and the reader's identity: a plan read again by another release is other content. */
    static String content(String sha256, String correctionsSha256, String readWith) {
        return sha256 + "|" + (correctionsSha256 == null ? "" : correctionsSha256) + "|" + (readWith == null ? "" : readWith);
    }
}
