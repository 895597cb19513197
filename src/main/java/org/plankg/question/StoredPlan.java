package org.plankg.question;

/** A plan graph in the store and what identifies its content: its file's and its corrections' hashes. */
public record StoredPlan(String graph, String content) {

    static String content(String sha256, String correctionsSha256) {
        return sha256 + "|" + (correctionsSha256 == null ? "" : correctionsSha256);
    }
}
