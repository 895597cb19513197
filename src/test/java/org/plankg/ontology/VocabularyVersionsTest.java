package org.plankg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * One version everywhere: the pom, the top of CHANGES.md and ontology/CHANGES.md, and every
 * vocabulary file's owl:versionInfo. Each vocabulary file's dct:modified is a real date no later
 * than today and no earlier than the last commit that changed the file (where git history is there).
 */
class VocabularyVersionsTest {

    static final List<String> FILES = List.of("plankg.ttl", "shapes.ttl", "roles.ttl", "categories.ttl", "outline.ttl", "outline-2006.ttl");
    static final Pattern RELEASE = Pattern.compile("^## (\\d+\\.\\d+\\.\\d+) \\((\\d{4}-\\d{2}-\\d{2})\\)", Pattern.MULTILINE);

    @Test
    void thePomTheChangeLogsAndEveryVocabularyFileNameOneVersion() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>plankg</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find(), "the pom names its version");
        String version = pom.group(1);
        assertEquals(version, latest(Path.of("CHANGES.md")), "CHANGES.md starts with the pom's version");
        assertEquals(version, latest(Path.of("ontology/CHANGES.md")), "ontology/CHANGES.md starts with it too");
        for (String file : FILES) {
            Resource header = header(file);
            assertEquals(version, header.getRequiredProperty(OWL.versionInfo).getString(), file + " owl:versionInfo");
        }
    }

    @Test
    void everyVocabularyFileSaysWhenItLastChanged() throws Exception {
        for (String file : FILES) {
            LocalDate modified = LocalDate.parse(header(file).getRequiredProperty(DCTerms.modified).getString());
            assertFalse(modified.isAfter(LocalDate.now()), file + " dct:modified " + modified + " is in the future");
            LocalDate committed = lastCommit("ontology/" + file);
            if (committed != null) {
                assertFalse(modified.isBefore(committed), file + " changed on " + committed + " but says dct:modified " + modified);
            }
        }
    }

    /** The ontology or concept scheme the file describes. */
    private static Resource header(String file) {
        Model model = RDFDataMgr.loadModel(Path.of("ontology", file).toString());
        List<Resource> headers = model.listSubjectsWithProperty(RDF.type, OWL.Ontology)
                .andThen(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme)).toList();
        assertEquals(1, headers.size(), file + " describes one ontology or concept scheme: " + headers);
        return headers.get(0);
    }

    private static String latest(Path changes) throws IOException {
        Matcher m = RELEASE.matcher(Files.readString(changes));
        assertTrue(m.find(), changes + " has a '## version (date)' heading");
        return m.group(1);
    }

    /** The date of the last commit that changed the file; null without git or in a shallow clone. */
    private static LocalDate lastCommit(String file) throws Exception {
        try {
            if ("true".equals(git("rev-parse", "--is-shallow-repository"))) return null;
            String date = git("log", "-1", "--format=%cs", "--", file);
            return date.isEmpty() ? null : LocalDate.parse(date);
        } catch (IOException e) {
            Assumptions.abort("no git here: " + e.getMessage());
            return null;
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (git.waitFor() != 0) throw new IOException("git " + String.join(" ", args) + ": " + out);
        return out;
    }
}
