package org.plankg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
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
import org.plankg.vocab.Vocabulary;

/**
 * Conventions of ontology/ that no parser checks: labels in two languages, one category per
 * spelling, outline patterns that align the right items, shapes whose examples pass and fail as
 * they say, and a vocabulary that knows every unit the shipped plans name.
 */
class OntologyTest {

    private static final Path FOLDER = Path.of("ontology");
    private static final Path PLANS = Path.of("data", "plans");
    private static final String BASE = org.plankg.vocab.Iris.VOCABULARY.replaceFirst("def/$", "");
    private static final String ONTOLOGY = BASE + "def/plankg";
    private static final String PK = ONTOLOGY + "#";
    private static final String SHAPES = BASE + "def/shapes#";
    private static final Map<String, String> SCHEMES = Map.of(
            "roles.ttl", BASE + "def/role",
            "outline.ttl", BASE + "def/outline",
            "outline-2006.ttl", BASE + "def/outline-2006",
            "categories.ttl", BASE + "def/category");
    private static final List<String> DATA_FILES = List.of("plankg.ttl", "roles.ttl", "outline.ttl", "outline-2006.ttl", "categories.ttl");

    private static Model load(String file) {
        return RDFDataMgr.loadModel(FOLDER.resolve(file).toString());
    }

    @Test
    void everyFileParses() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(FOLDER), Files.list(FOLDER.resolve("examples")))) {
            List<Path> turtle = files.filter(f -> f.toString().endsWith(".ttl")).toList();
            assertTrue(turtle.size() >= 5 + 14, "files: " + turtle);
            turtle.forEach(f -> assertFalse(RDFDataMgr.loadModel(f.toString()).isEmpty(), f + " is empty"));
        }
    }

    @Test
    void everyOntologyTermHasChineseAndEnglishLabelsAndComments() throws IOException {
        Model m = load("plankg.ttl");
        List<Resource> terms = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            m.listSubjectsWithProperty(RDF.type, type).filterKeep(Resource::isURIResource).forEach(terms::add);
        }
        assertTrue(terms.size() > 30, "terms found: " + terms);
        for (Resource term : terms) {
            assertTrue(term.getURI().startsWith(PK), term + " is not in the pk: namespace");
            assertBilingual(term, RDFS.label);
            assertBilingual(term, RDFS.comment);
            assertTrue(term.hasProperty(RDFS.isDefinedBy, m.createResource(ONTOLOGY)), term + " rdfs:isDefinedBy");
        }
        Resource ontology = m.createResource(ONTOLOGY);
        assertTrue(ontology.hasProperty(RDF.type, OWL.Ontology));
        String version = ontology.getRequiredProperty(OWL.versionInfo).getString();
        assertEquals("0.4.0", version);
        assertEquals(ONTOLOGY + "/" + version, ontology.getRequiredProperty(org.apache.jena.vocabulary.OWL2.versionIRI)
                .getResource().getURI(), "the version IRI names the version");
        assertTrue(Files.readString(FOLDER.resolve("CHANGES.md")).contains("## " + version + " ("), "the change log has " + version);
        for (String p : List.of("http://purl.org/dc/terms/created", "http://purl.org/dc/terms/modified",
                "http://purl.org/dc/terms/license", "http://purl.org/dc/terms/title")) {
            assertTrue(ontology.hasProperty(m.createProperty(p)), "ontology header lacks " + p);
        }
        assertBilingual(ontology, m.createProperty("http://purl.org/dc/terms/title"));
    }

    @Test
    void propertiesHaveDomainsAndRangesOfTheirKind() {
        Model m = load("plankg.ttl");
        m.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEach(p -> {
            assertTrue(p.hasProperty(RDFS.domain) && p.hasProperty(RDFS.range), p + " lacks a domain or range");
            p.listProperties(RDFS.range).forEach(r -> assertFalse(r.getObject().isURIResource()
                    && (r.getResource().getURI().startsWith(XSD.getURI())
                        || r.getResource().equals(RDF.langString)), p + " has range " + r.getObject()));
        });
        m.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).forEach(p -> {
            assertTrue(p.hasProperty(RDFS.domain) && p.hasProperty(RDFS.range), p + " lacks a domain or range");
            p.listProperties(RDFS.range).forEach(r -> assertTrue(r.getObject().isURIResource()
                    && (r.getResource().getURI().startsWith(XSD.getURI())
                        || r.getResource().equals(RDF.langString)), p + " has range " + r.getObject()));
        });
        // inverses are declared on both sides
        m.listStatements(null, OWL.inverseOf, (RDFNode) null).forEach(s ->
                assertTrue(s.getResource().hasProperty(OWL.inverseOf, s.getSubject()), s + " is declared one way only"));
    }

    @Test
    void everyConceptAndSchemeHasChineseAndEnglishLabelsAndDefinitions() {
        for (Map.Entry<String, String> file : SCHEMES.entrySet()) {
            Model m = load(file.getKey());
            Resource scheme = m.createResource(file.getValue());
            assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme), file.getKey());
            List<Resource> concepts = m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
            assertFalse(concepts.isEmpty(), file.getKey());
            for (Resource c : concepts) {
                assertTrue(c.hasProperty(SKOS.inScheme, scheme), c + " is not in " + scheme);
                assertEquals(c.getURI(), file.getValue() + "/" + c.getRequiredProperty(SKOS.notation).getString(),
                        "the IRI of " + c + " ends in its notation");
            }
            List<Resource> described = new ArrayList<>(concepts);
            described.add(scheme);
            for (Resource c : described) {
                assertBilingual(c, SKOS.prefLabel);
                assertBilingual(c, SKOS.definition);
            }
            // SKOS: one prefLabel per language per concept, pref/alt/hidden disjoint, prefLabels unique in a scheme
            Map<String, Resource> prefOwner = new HashMap<>();
            for (Resource c : concepts) {
                Set<String> seen = new LinkedHashSet<>();
                for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                    for (Statement s : c.listProperties(p).toList()) {
                        String key = s.getString() + "@" + s.getLanguage();
                        assertTrue(seen.add(key), c + " has " + key + " as two kinds of label");
                        if (p.equals(SKOS.prefLabel)) {
                            Resource earlier = prefOwner.put(key, c);
                            assertTrue(earlier == null, key + " is the prefLabel of " + earlier + " and " + c);
                        }
                    }
                }
            }
        }
        Model roles = load("roles.ttl");
        roles.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(r -> assertTrue(
                r.hasProperty(RDF.type, roles.createResource("http://www.w3.org/ns/prov#Role")), r + " is not a prov:Role"));
        assertEquals(Set.of("lead", "participant", "responsible", "leader", "coordinator", "office-host", "funder",
                "chair", "vice-chair", "member", "supervisor"), notations(roles));
        // the places in a steering body are also ORG roles (the org:role of a post or membership)
        for (String key : List.of("chair", "vice-chair", "member", "office-host")) {
            assertTrue(roles.createResource(BASE + "def/role/" + key).hasProperty(RDF.type,
                    roles.createResource("http://www.w3.org/ns/org#Role")), key + " is not an org:Role");
        }
    }

    @Test
    void aSpellingNamesOneCategoryOnly() {
        Map<String, Resource> owner = labelOwners();
        Model m = load("categories.ttl");
        m.listStatements(null, SKOS.prefLabel, (RDFNode) null).filterKeep(s -> s.getLanguage().equals("zh"))
                .forEach(s -> {
                    Resource other = owner.get(s.getString());
                    assertTrue(other == null || other.equals(s.getSubject()),
                            s.getString() + " is the name of " + s.getSubject() + " and a spelling of " + other);
                });
        assertEquals("education", category("区教育局"));
        assertEquals("education", category("区教委"));
        assertEquals("industry-it", category("区经济和信息化局"), "not sci-tech");
        assertEquals("sci-tech", category("区科技和信息化局"));
        assertFalse(owner.containsKey("教育局"), "bare abbreviations are not spellings");
        assertTrue(load("categories.ttl").createResource(BASE + "def/category/other").listProperties(SKOS.altLabel).toList().isEmpty());
    }

    private static final Vocabulary ENDINGS = Vocabulary.load();

    /**
     * Every unit a responsibility list of a shipped plan names (abbreviations expanded) has a
     * category: by its spelling, or by its functional ending for a name no plan shares (…园管委会).
     */
    @Test
    void everyUnitOfTheShippedPlansHasACategory() throws IOException {
        Map<String, Resource> owner = labelOwners();
        Set<String> unknown = new TreeSet<>();
        int names = 0;
        try (Stream<Path> files = Files.list(PLANS)) {
            for (Path plan : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (List<String> group : responsibilityGroups(Files.readString(plan, StandardCharsets.UTF_8))) {
                    String first = group.get(0);
                    String prefix = first.startsWith("区委") ? "区委" : "区";
                    for (String written : group) {
                        names++;
                        Optional<String> known = Stream.of(written, prefix + written, "区" + written, "区委" + written, "各" + written)
                                .filter(owner::containsKey).findFirst();
                        if (known.isEmpty() && ENDINGS.categoryByEnding(written).isEmpty()) {
                            unknown.add(plan.getFileName() + ": " + written);
                        }
                    }
                }
            }
        }
        assertTrue(names > 500, "names read from the lists: " + names);
        assertEquals(Set.of(), unknown, "unit names without a category");
        // the subjects of the 组织实施 sections
        Map<String, String> organisation = Map.ofEntries(
                Map.entry("区政府", "government"), Map.entry("区政府办", "government-office"),
                Map.entry("区委考评办", "assessment-office"), Map.entry("区纲要办", "steering-office"),
                Map.entry("区全民科学素质纲要实施工作办公室", "steering-office"),
                Map.entry("区全民科学素质工作领导小组办公室", "steering-office"),
                Map.entry("领导小组办公室", "steering-office"), Map.entry("区科协", "sci-assoc"),
                Map.entry("财政部门", "finance"), Map.entry("区财政", "finance"),
                Map.entry("各街道办事处和乡镇政府", "collective"), Map.entry("各街乡", "collective"),
                Map.entry("各街道办事处", "collective"), Map.entry("各成员单位", "collective"));
        organisation.forEach((name, key) -> assertEquals(key, category(name), name));
        assertEquals(Optional.of("development-zone"), ENDINGS.categoryByEnding("中关村西城园管委会"));
        assertEquals(Optional.of("natural-resources"), ENDINGS.categoryByEnding("市规划自然资源委西城分局"));
        assertEquals(Optional.of("urban-management"), ENDINGS.categoryByEnding("区城市管理委员会"), "not development-zone");
        assertFalse(owner.keySet().stream().anyMatch(name -> name.contains("西城")), "no spelling names a district");
    }

    /** Names in the lists after 责任单位 / 牵头部门 / 牵头单位 / 分工, split into comma groups. */
    private static List<List<String>> responsibilityGroups(String text) {
        String joined = text.replace("\uFEFF", "").lines()
                .filter(l -> !l.matches("^[\u00B9\u00B2\u00B3\u2070-\u2079]+.*"))
                .collect(Collectors.joining())
                .replaceAll("[\u00B9\u00B2\u00B3\u2070-\u2079]", "")
                .replace('(', '（').replace(')', '）').replace(':', '：').replace(',', '，');
        Matcher lists = Pattern.compile("(?:责任单位|牵头部门|牵头单位|分工)：(.*?)(?:）|。|$)").matcher(joined);
        List<List<String>> groups = new ArrayList<>();
        while (lists.find()) {
            for (String group : lists.group(1).split("[，；]|牵头")) {
                List<String> names = Stream.of(group.split("、|等单位|共同参与|参加|配合|^由"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (!names.isEmpty()) groups.add(names);
            }
        }
        return groups;
    }

    @Test
    void everyShapeHasChineseAndEnglishLabelsAndEveryConstraintAMessage() {
        Model m = load("shapes.ttl");
        Property property = m.createProperty(SHACL.property.getURI());
        Property message = m.createProperty(SHACL.message.getURI());
        List<Resource> shapes = m.listSubjectsWithProperty(RDF.type, m.createResource(SHACL.NodeShape.getURI())).toList();
        assertEquals(16, shapes.size(), "shapes: " + shapes);
        for (Resource shape : shapes) {
            assertTrue(shape.getURI().startsWith(SHAPES), shape + " has no IRI of its own");
            assertBilingual(shape, RDFS.label);
            assertBilingual(shape, RDFS.comment);
            for (Statement p : shape.listProperties(property).toList()) assertBilingual(p.getResource(), message);
        }
    }

    @Test
    void outlinePatternsRecogniseTheNationalNamesAndNoDistrictSpecialItems() {
        Model m = load("outline.ttl");
        Property matchPattern = m.createProperty(PK + "matchPattern");
        List<Resource> concepts = m.listSubjectsWithProperty(matchPattern).toList();
        assertEquals(10, concepts.size(), "five actions and five projects");
        for (String kind : List.of("actions", "projects")) {
            assertEquals(5, concepts.stream().filter(c -> c.hasProperty(SKOS.broader,
                    m.createResource(BASE + "def/outline/" + kind))).count(), kind);
        }
        for (Resource c : concepts) {
            Pattern pattern = Pattern.compile(c.getRequiredProperty(matchPattern).getString());
            String name = c.listProperties(SKOS.prefLabel).filterKeep(s -> s.getLanguage().equals("zh"))
                    .next().getString();
            assertTrue(pattern.matcher(name).find(), c + " does not match its own name " + name);
            for (Resource other : concepts) {
                String otherName = other.listProperties(SKOS.prefLabel).filterKeep(s -> s.getLanguage().equals("zh"))
                        .next().getString();
                assertTrue(other.equals(c) || !pattern.matcher(otherName).find(), c + " matches " + otherName);
            }
            for (String own : Set.of("创新文化发展工程", "创新文化建设工程", "应急科普能力提升工程", "社区居民科学素质提升行动")) {
                assertFalse(pattern.matcher(own).find(), c + " matches " + own);
            }
        }
    }

    /**
     * The earlier outline: each pattern recognises its own national name and no other; each mapping
     * names a concept of the 2021 outline; education, media and industry map to nothing.
     */
    @Test
    void theEarlierOutlineMapsToTheCurrentOneWhereACounterpartExists() {
        Model earlier = load("outline-2006.ttl");
        Model current = load("outline.ttl");
        Property matchPattern = earlier.createProperty(PK + "matchPattern");
        List<Resource> concepts = earlier.listSubjectsWithProperty(matchPattern).toList();
        assertEquals(12, concepts.size(), "five actions and seven basic projects");
        for (Resource c : concepts) {
            Pattern pattern = Pattern.compile(c.getRequiredProperty(matchPattern).getString());
            for (Resource other : concepts) {
                String name = other.listProperties(SKOS.prefLabel).filterKeep(s -> s.getLanguage().equals("zh")).next().getString();
                assertEquals(other.equals(c), pattern.matcher(name).find(), c + " against " + name);
            }
            for (Statement mapping : c.listProperties(SKOS.closeMatch).andThen(c.listProperties(SKOS.relatedMatch)).toList()) {
                assertTrue(current.contains(mapping.getResource(), SKOS.inScheme, current.createResource(BASE + "def/outline")),
                        c + " maps to " + mapping.getResource() + ", not a concept of the 2021 outline");
            }
        }
        Resource youth = earlier.createResource(BASE + "def/outline-2006/e-youth");
        assertTrue(youth.hasProperty(SKOS.closeMatch, earlier.createResource(BASE + "def/outline/youth")), "未成年人 → 青少年");
        Resource workers = earlier.createResource(BASE + "def/outline-2006/e-urban-workers");
        assertTrue(workers.hasProperty(SKOS.relatedMatch, earlier.createResource(BASE + "def/outline/workers")), "城镇劳动者 → 产业工人");
        for (String none : List.of("e-education", "e-media", "e-industry")) {
            Resource c = earlier.createResource(BASE + "def/outline-2006/" + none);
            assertFalse(c.hasProperty(SKOS.closeMatch) || c.hasProperty(SKOS.relatedMatch), none + " has no counterpart");
        }
    }

    static List<String> shapeExamples() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER.resolve("examples"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("-valid.ttl"))
                    .map(f -> f.substring(0, f.length() - "-valid.ttl".length())).sorted().toList();
        }
    }

    @Test
    void everyShapeWithATargetHasItsExamples() throws IOException {
        Model m = load("shapes.ttl");
        Set<String> expected = m.listSubjectsWithProperty(m.createProperty(SHACL.targetClass.getURI()))
                .mapWith(s -> s.getLocalName().replaceAll("Shape$", "").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase())
                .toSet();
        assertEquals(expected, Set.copyOf(shapeExamples()));
        for (String name : expected) assertTrue(Files.exists(FOLDER.resolve("examples").resolve(name + "-invalid.ttl")), name);
    }

    @ParameterizedTest
    @MethodSource("shapeExamples")
    void validExampleConformsAndInvalidOneBreaksItsShape(String shape) {
        Shapes rules = Shapes.parse(RDFDataMgr.loadGraph(FOLDER.resolve("shapes.ttl").toString()));
        ValidationReport valid = validate(rules, shape + "-valid.ttl");
        assertTrue(valid.conforms(), shape + "-valid.ttl: " + valid.getEntries());
        ValidationReport invalid = validate(rules, shape + "-invalid.ttl");
        assertFalse(invalid.conforms(), shape + "-invalid.ttl conforms");
        assertEquals(1, invalid.getEntries().size(), shape + "-invalid.ttl breaks one constraint: " + invalid.getEntries());
        Model shapes = ModelFactory.createModelForGraph(rules.getGraph());
        Property property = shapes.createProperty(SHACL.property.getURI());
        String expected = SHAPES + camel(shape) + "Shape";
        invalid.getEntries().forEach(e -> {
            Resource source = shapes.wrapAsResource(e.source());
            Resource nodeShape = shapes.listSubjectsWithProperty(property, source).nextOptional().orElse(source);
            assertEquals(expected, nodeShape.getURI(), shape + "-invalid.ttl broke another shape: " + e);
        });
    }

    private static ValidationReport validate(Shapes rules, String example) {
        Model data = ModelFactory.createDefaultModel();
        for (String file : DATA_FILES) RDFDataMgr.read(data, FOLDER.resolve(file).toString());
        RDFDataMgr.read(data, FOLDER.resolve("examples").resolve(example).toString());
        return ShaclValidator.get().validate(rules, data.getGraph());
    }

    /** Every altLabel and hiddenLabel of a category, with its category; fails on a spelling of two. */
    private static Map<String, Resource> labelOwners() {
        Model m = load("categories.ttl");
        Map<String, Resource> owner = new HashMap<>();
        for (Property p : List.of(SKOS.altLabel, SKOS.hiddenLabel)) {
            m.listStatements(null, p, (RDFNode) null).forEach(s -> {
                Resource earlier = owner.put(s.getString(), s.getSubject());
                assertTrue(earlier == null || earlier.equals(s.getSubject()),
                        s.getString() + " labels both " + earlier + " and " + s.getSubject());
            });
        }
        return owner;
    }

    private static String category(String spelling) {
        Resource c = labelOwners().get(spelling);
        return c == null ? null : c.getRequiredProperty(SKOS.notation).getString();
    }

    private static Set<String> notations(Model m) {
        return m.listStatements(null, SKOS.notation, (RDFNode) null).mapWith(Statement::getString).toSet();
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
