package org.plankg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plankg.graph.PlanDataset;
import org.plankg.vocab.Pk;
import org.plankg.vocab.Vocabulary;

/** Conventions of ontology/ that no compiler checks: labels in two languages, shapes that bite. */
class OntologyTest {

    private static final Path FOLDER = Path.of("ontology");
    private static final String ONTOLOGY = "http://localhost:8080/def/plankg";

    @Test
    void everyOntologyTermHasChineseAndEnglishLabelsAndComments() {
        Model m = RDFDataMgr.loadModel(FOLDER.resolve("plankg.ttl").toString());
        List<Resource> terms = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            m.listSubjectsWithProperty(RDF.type, type).filterKeep(Resource::isURIResource).forEach(terms::add);
        }
        assertTrue(terms.size() > 20, "terms found: " + terms);
        for (Resource term : terms) {
            assertBilingual(term, RDFS.label);
            assertBilingual(term, RDFS.comment);
            assertTrue(term.hasProperty(RDFS.isDefinedBy, m.createResource(ONTOLOGY)), term + " rdfs:isDefinedBy");
        }
        Resource ontology = m.createResource(ONTOLOGY);
        for (String p : List.of("http://www.w3.org/2002/07/owl#versionInfo", "http://purl.org/dc/terms/created",
                "http://purl.org/dc/terms/modified", "http://purl.org/dc/terms/license")) {
            assertTrue(ontology.hasProperty(m.createProperty(p)), "ontology header lacks " + p);
        }
    }

    @Test
    void objectPropertiesDoNotRangeOverDatatypes() {
        Model m = RDFDataMgr.loadModel(FOLDER.resolve("plankg.ttl").toString());
        m.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEach(p -> p.listProperties(RDFS.range)
                .forEach(r -> assertFalse(r.getObject().isURIResource()
                        && r.getResource().getURI().startsWith(XSD.getURI()), p + " has range " + r.getObject())));
    }

    @Test
    void everyConceptAndSchemeHasChineseAndEnglishLabelsAndDefinitions() {
        for (String file : List.of("roles.ttl", "outline.ttl", "categories.ttl")) {
            Model m = RDFDataMgr.loadModel(FOLDER.resolve(file).toString());
            List<Resource> concepts = m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
            assertFalse(concepts.isEmpty(), file);
            concepts.addAll(m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
            for (Resource c : concepts) {
                assertBilingual(c, SKOS.prefLabel);
                assertBilingual(c, SKOS.definition);
            }
        }
    }

    @Test
    void everyShapeHasChineseAndEnglishLabels() {
        Model m = RDFDataMgr.loadModel(FOLDER.resolve("shapes.ttl").toString());
        m.listSubjectsWithProperty(RDF.type, m.createResource(SHACL.NodeShape.getURI())).forEach(s -> assertBilingual(s, RDFS.label));
    }

    @Test
    void aSpellingNamesOneCategoryOnly() {
        Model m = RDFDataMgr.loadModel(FOLDER.resolve("categories.ttl").toString());
        Map<String, Resource> owner = new HashMap<>();
        for (Property p : List.of(SKOS.altLabel, SKOS.hiddenLabel)) {
            m.listStatements(null, p, (RDFNode) null).forEach(s -> {
                Resource earlier = owner.put(s.getString(), s.getSubject());
                assertTrue(earlier == null || earlier.equals(s.getSubject()),
                        s.getString() + " labels both " + earlier + " and " + s.getSubject());
            });
        }
        assertEquals("education", Vocabulary.load().categoryOf("区教育局").orElseThrow());
        assertEquals("education", Vocabulary.load().categoryOf("区教委").orElseThrow());
    }

    @Test
    void outlinePatternsRecogniseTheNationalNamesAndNoDistrictSpecialItems() {
        Model m = RDFDataMgr.loadModel(FOLDER.resolve("outline.ttl").toString());
        List<Resource> concepts = m.listSubjectsWithProperty(Pk.matchPattern).toList();
        assertEquals(10, concepts.size(), "five actions and five projects");
        for (Resource c : concepts) {
            Pattern pattern = Pattern.compile(c.getProperty(Pk.matchPattern).getString());
            String name = c.listProperties(SKOS.prefLabel).filterKeep(s -> s.getLanguage().equals("zh"))
                    .next().getString();
            assertTrue(pattern.matcher(name).find(), c + " does not match its own name " + name);
            for (String own : Set.of("创新文化发展工程", "应急科普能力提升工程", "社区居民科学素质提升行动")) {
                assertFalse(pattern.matcher(own).find(), c + " matches " + own);
            }
        }
    }

    static List<String> shapeExamples() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER.resolve("examples"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("-valid.ttl"))
                    .map(f -> f.substring(0, f.length() - "-valid.ttl".length())).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("shapeExamples")
    void validExampleConformsAndInvalidOneBreaksItsShape(String shape) {
        Shapes rules = PlanDataset.shapes();
        ValidationReport valid = validate(rules, shape + "-valid.ttl");
        assertTrue(valid.conforms(), shape + "-valid.ttl: " + valid.getEntries());
        ValidationReport invalid = validate(rules, shape + "-invalid.ttl");
        assertFalse(invalid.conforms(), shape + "-invalid.ttl conforms");
        Model shapes = ModelFactory.createModelForGraph(rules.getGraph());
        String expected = "http://localhost:8080/def/shapes#" + camel(shape) + "Shape";
        invalid.getEntries().forEach(e -> {
            Resource source = shapes.wrapAsResource(e.source());
            Resource nodeShape = shapes.listSubjectsWithProperty(shapes.createProperty(SHACL.property.getURI()), source).nextOptional().orElse(source);
            assertEquals(expected, nodeShape.getURI(), shape + "-invalid.ttl broke another shape: " + e);
        });
    }

    private static ValidationReport validate(Shapes rules, String example) {
        Model data = ModelFactory.createDefaultModel();
        for (String file : Vocabulary.FILES) RDFDataMgr.read(data, FOLDER.resolve(file).toString());
        RDFDataMgr.read(data, FOLDER.resolve("examples").resolve(example).toString());
        return ShaclValidator.get().validate(rules, data.getGraph());
    }

    private static String camel(String hyphenated) {
        StringBuilder out = new StringBuilder();
        for (String part : hyphenated.split("-")) out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return out.toString();
    }

    private static void assertBilingual(Resource term, Property property) {
        for (String lang : List.of("zh", "en")) {
            assertTrue(term.listProperties(property).toList().stream()
                            .anyMatch(s -> s.getObject().isLiteral() && s.getLanguage().equals(lang)
                                    && !s.getString().isBlank()),
                    term + " lacks " + property.getLocalName() + "@" + lang);
        }
    }
}
