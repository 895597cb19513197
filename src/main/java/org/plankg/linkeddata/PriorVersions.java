package org.plankg.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;

/**
 * Earlier versions of the ontology as they were released (ontology/versions/plankg-X.Y.Z.ttl), so
 * that a version IRI a paper cited, or the current version's owl:priorVersion, still answers.
 */
final class PriorVersions {

    private static final Pattern VERSION = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private PriorVersions() {
    }

    /** The archived ontology of a version, if it was released. */
    static Optional<Model> ontology(String version) {
        if (!VERSION.matcher(version).matches()) return Optional.empty();
        try (InputStream in = PriorVersions.class.getResourceAsStream("/ontology/versions/plankg-" + version + ".ttl")) {
            if (in == null) return Optional.empty();
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return Optional.of(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current version and every prior one it names (owl:priorVersion, followed back), newest first. */
    static List<String> served(Resource current) {
        List<String> versions = new ArrayList<>(List.of(current.getProperty(OWL.versionInfo).getString()));
        Resource prior = current.getPropertyResourceValue(OWL2.priorVersion);
        while (prior != null) {
            String version = prior.getURI().substring(prior.getURI().lastIndexOf('/') + 1);
            Optional<Model> model = ontology(version);
            if (model.isEmpty()) break;
            versions.add(version);
            prior = model.get().createResource(current.getURI()).getPropertyResourceValue(OWL2.priorVersion);
        }
        return versions;
    }
}
