package org.plankg.vocab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology and its vocabularies (ontology/*.ttl, shipped on the classpath): unit categories
 * with the spellings that name them, and the national outline with the patterns that align a
 * district's item to it. The extractor's knowledge of names lives here, not in code.
 */
public final class Vocabulary {

    public static final String COLLECTIVE = "collective";
    public static final String OTHER = "other";
    public static final List<String> FILES =
            List.of("plankg.ttl", "roles.ttl", "outline.ttl", "categories.ttl");

    private final Model model;
    private final String sha256;
    private final Map<String, String> categoryBySpelling = new HashMap<>();
    private final Map<String, String> categoryByGenericSpelling = new HashMap<>();
    private final Map<String, String> defaultNames = new HashMap<>();
    private final Map<String, Pattern> namePatterns = new java.util.TreeMap<>();
    private final List<OutlineConcept> outline = new ArrayList<>();

    /** A national-outline action or project and the pattern that recognises it in item names. */
    public record OutlineConcept(String key, boolean action, Pattern pattern) {
    }

    private Vocabulary(Model model, String sha256) {
        this.model = model;
        this.sha256 = sha256;
        Resource categoryScheme = model.createResource(Iris.VOCABULARY + "category");
        Resource actions = model.createResource(Iris.VOCABULARY + "outline/actions");
        Resource projects = model.createResource(Iris.VOCABULARY + "outline/projects");
        model.listSubjectsWithProperty(SKOS.inScheme, categoryScheme).forEach(concept -> {
            String key = concept.getRequiredProperty(SKOS.notation).getString();
            concept.listProperties(SKOS.altLabel).forEach(s -> categoryBySpelling.put(s.getString(), key));
            concept.listProperties(SKOS.hiddenLabel)
                    .forEach(s -> categoryByGenericSpelling.put(s.getString(), key));
            Statement name = concept.getProperty(Pk.defaultUnitName);
            if (name != null) defaultNames.put(key, name.getString());
            Statement pattern = concept.getProperty(Pk.namePattern);
            if (pattern != null) namePatterns.put(key, Pattern.compile(pattern.getString()));
        });
        model.listSubjectsWithProperty(Pk.matchPattern).forEach(concept -> outline.add(new OutlineConcept(
                concept.getRequiredProperty(SKOS.notation).getString(),
                concept.hasProperty(SKOS.broader, actions) && !concept.hasProperty(SKOS.broader, projects),
                Pattern.compile(concept.getRequiredProperty(Pk.matchPattern).getString()))));
        outline.sort((a, b) -> a.key().compareTo(b.key()));
    }

    public static Vocabulary load() {
        Model model = ModelFactory.createDefaultModel();
        MessageDigest digest = newDigest();
        for (String file : FILES) {
            try (InputStream in = Vocabulary.class.getResourceAsStream("/ontology/" + file)) {
                if (in == null) throw new IllegalStateException("ontology/" + file + " is not on the classpath");
                byte[] bytes = in.readAllBytes();
                digest.update(bytes);
                RDFDataMgr.read(model, new ByteArrayInputStream(bytes), Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Vocabulary(model, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A digest of the vocabulary files, to tell whether a store holds this version of them. */
    public String sha256() {
        return sha256;
    }

    /** The ontology and vocabularies as one graph. */
    public Model model() {
        return model;
    }

    /** The category of a unit's own name (an altLabel), if the vocabulary knows it. */
    public Optional<String> categoryOf(String spelling) {
        return Optional.ofNullable(categoryBySpelling.get(spelling));
    }

    /** The category of a generic name such as 财政部门, which names a function, not a unit. */
    public Optional<String> categoryOfGeneric(String spelling) {
        return Optional.ofNullable(categoryByGenericSpelling.get(spelling));
    }

    /** The usual district spelling of a category's unit, for plans that only name the function. */
    public Optional<String> defaultName(String category) {
        return Optional.ofNullable(defaultNames.get(category));
    }

    /**
     * The category a name the labels do not know has by its functional ending (…教育局 →
     * education, …管委会 → development-zone): the concept whose pattern matches most of it.
     */
    public Optional<String> categoryByEnding(String name) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, Pattern> entry : namePatterns.entrySet()) {
            java.util.regex.Matcher m = entry.getValue().matcher(name);
            if (m.find() && m.end() - m.start() > bestLength) {
                best = entry.getKey();
                bestLength = m.end() - m.start();
            }
        }
        return Optional.ofNullable(best);
    }

    public List<OutlineConcept> outline() {
        return outline;
    }

}
