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
            List.of("plankg.ttl", "roles.ttl", "outline.ttl", "outline-2006.ttl", "categories.ttl");
    /** The national outlines a plan may implement, by key: the 2021 one (国发〔2021〕9号) and the earlier one (国发〔2006〕7号). */
    public static final String OUTLINE_2021 = "2021";
    public static final String OUTLINE_2006 = "2006";
    private static final Map<String, String> OUTLINE_SCHEMES = Map.of(
            OUTLINE_2021, Iris.VOCABULARY + "outline", OUTLINE_2006, Iris.VOCABULARY + "outline-2006");

    private final Model model;
    private final String sha256;
    /** The release and vocabulary plans are read with (see {@link #readerId()}). */
    private final String readerId;
    private final Map<String, String> categoryBySpelling = new HashMap<>();
    private final Map<String, String> categoryByGenericSpelling = new HashMap<>();
    private final Map<String, String> defaultNames = new HashMap<>();
    private final Map<String, Pattern> namePatterns = new java.util.TreeMap<>();
    private final Map<String, List<OutlineConcept>> outlines = new HashMap<>();

    /**
     * A national-outline action or project, the pattern that recognises it in item names, and, for
     * one of the earlier outline, its counterparts in the 2021 outline by key (closeMatch first).
     */
    public record OutlineConcept(String key, boolean action, Pattern pattern, String outline, List<Counterpart> counterparts) {
    }

    /** A concept of another outline that a concept maps to: {@code close} for skos:closeMatch, else skos:relatedMatch. */
    public record Counterpart(String key, boolean close) {
    }

    private Vocabulary(Model model, String sha256) {
        this.model = model;
        this.sha256 = sha256;
        String version = model.listObjectsOfProperty(model.createResource(Iris.VOCABULARY + "plankg"),
                org.apache.jena.vocabulary.OWL.versionInfo).nextOptional().map(n -> n.asLiteral().getString()).orElse("?");
        this.readerId = "plankg " + version + " / vocabulary " + sha256.substring(0, 12);
        Resource categoryScheme = model.createResource(Iris.VOCABULARY + "category");
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
        OUTLINE_SCHEMES.forEach((outline, scheme) -> outlines.put(outline, concepts(outline, model.createResource(scheme))));
    }

    private List<OutlineConcept> concepts(String outline, Resource scheme) {
        List<OutlineConcept> concepts = new ArrayList<>();
        model.listSubjectsWithProperty(SKOS.inScheme, scheme).filterKeep(c -> c.hasProperty(Pk.matchPattern)).forEach(concept -> {
            String broader = concept.getRequiredProperty(SKOS.broader).getResource().getRequiredProperty(SKOS.notation).getString();
            List<Counterpart> counterparts = new ArrayList<>();
            for (var mapping : List.of(SKOS.closeMatch, SKOS.relatedMatch)) {
                concept.listProperties(mapping).forEach(s -> counterparts.add(new Counterpart(
                        s.getResource().getRequiredProperty(SKOS.notation).getString(), mapping.equals(SKOS.closeMatch))));
            }
            concepts.add(new OutlineConcept(concept.getRequiredProperty(SKOS.notation).getString(), broader.endsWith("actions"),
                    Pattern.compile(concept.getRequiredProperty(Pk.matchPattern).getString()), outline, List.copyOf(counterparts)));
        });
        concepts.sort((a, b) -> a.key().compareTo(b.key()));
        return List.copyOf(concepts);
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

    /**
     * What a plan was read with: the release (the ontology's owl:versionInfo) and the vocabulary's
     * digest. A plan stored with another is read again, so an upgrade reaches every stored plan.
     */
    public String readerId() {
        return readerId;
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

    /** The 2021 outline's concepts, which the questions and views compare by. */
    public List<OutlineConcept> outline() {
        return outlines.get(OUTLINE_2021);
    }

    /** The concepts of the outline of that key ({@link #OUTLINE_2021}, {@link #OUTLINE_2006}). */
    public List<OutlineConcept> outline(String key) {
        List<OutlineConcept> concepts = outlines.get(key);
        if (concepts == null) throw new IllegalArgumentException("no outline " + key + "; known: " + OUTLINE_SCHEMES.keySet());
        return concepts;
    }

    /** The concept of that key in any outline. */
    public Optional<OutlineConcept> outlineConcept(String key) {
        return outlines.values().stream().flatMap(List::stream).filter(c -> c.key().equals(key)).findFirst();
    }

    /** The scheme IRI of an outline key. */
    public static String outlineScheme(String outline) {
        return OUTLINE_SCHEMES.get(outline);
    }

}
