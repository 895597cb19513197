package org.plankg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The README's map stays true: every package is in it, and every path it and docs/ name exists. */
class ReadmeTest {

    private static final Pattern PATH = Pattern.compile("`((?:src|queries|ontology|data|docs)/[^`*{}\\s]*)`");

    @Test
    void everyPackageIsOnTheMap() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String map = readme.substring(readme.indexOf("## The packages"), readme.indexOf("## Looking for something"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/org/plankg"))) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !map.contains("`" + name + "`")).forEach(missing::add);
        }
        assertEquals(List.of(), missing, "packages missing from the README's table of packages");
    }

    @Test
    void everyPathNamedExists() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(d -> d.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> missing = new ArrayList<>();
        for (Path document : documents) {
            Matcher m = PATH.matcher(Files.readString(document));
            while (m.find()) {
                if (!Files.exists(Path.of(m.group(1)))) missing.add(document + ": " + m.group(1));
            }
        }
        assertTrue(missing.isEmpty(), "paths that do not exist: " + missing);
    }
}
