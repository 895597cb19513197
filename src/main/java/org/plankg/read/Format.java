package org.plankg.read;

/** The formats plans are read from, with the name the coverage report and the graph give them. */
public enum Format {
    TEXT("text"), HTML("html"), DOCX("docx"), DOC("doc"), PDF("pdf");

    private final String key;

    Format(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
