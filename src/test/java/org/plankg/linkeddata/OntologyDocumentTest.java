package org.plankg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plankg.vocab.Pk;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /def/plankg as documentation, against ontology/plankg.ttl and shapes.ttl read here: every class
 * and property has its section, with its labels, domain and range, shapes and an example that
 * answers; the version document, an unknown version, and the shapes document.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OntologyDocumentTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/plankg.ttl");
    private static final Model SHAPES = RDFDataMgr.loadModel("ontology/shapes.ttl");
    private static final Pattern EXAMPLE = Pattern.compile("<dt>例 / example</dt><dd><a href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + encode(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String path) {
        return org.springframework.web.util.UriUtils.encodePath(path, StandardCharsets.UTF_8).replace("%3F", "?").replace("%3D", "=");
    }

    private static List<Resource> termsOfTheFile() {
        Resource ontology = ONTOLOGY.createResource(Pk.NS.replace("#", ""));
        return ONTOLOGY.listSubjectsWithProperty(RDFS.isDefinedBy, ontology).toList().stream()
                .filter(t -> t.hasProperty(RDF.type, OWL.Class) || t.hasProperty(RDF.type, OWL.ObjectProperty)
                        || t.hasProperty(RDF.type, OWL.DatatypeProperty)).toList();
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section class=\"term\" id=\"" + id + "\">");
        assertTrue(start >= 0, "a section with id " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void everyClassAndPropertyHasASectionWithLabelsDomainRangeShapesAndAnExampleThatAnswers() throws Exception {
        HttpResponse<String> page = get("/def/plankg", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String html = page.body();
        List<Resource> terms = termsOfTheFile();
        assertTrue(terms.size() > 40, "terms of the file: " + terms.size());
        for (Resource term : terms) {
            section(html, term.getLocalName());
            assertTrue(html.contains("<a href=\"#" + term.getLocalName() + "\">"), term + " in the table of contents");
        }
        assertTrue(html.contains("https://w3id.org/plankg/def/plankg</code> — ") && html.contains("the same in every deployment"));
        for (String format : List.of("ttl", "jsonld", "rdf", "nt")) assertTrue(html.contains("href=\"/def/plankg?format=" + format + "\""));

        Resource plan = ONTOLOGY.createResource(Pk.NS + "Plan");
        String zh = plan.getProperty(RDFS.label, "zh").getString();
        assertTrue(section(html, "Plan").contains("<span lang=\"zh\">" + zh + "</span>"), "pk:Plan's label " + zh);
        assertTrue(section(html, "Plan").contains("href=\"/def/shapes#PlanShape\""), "the shape that targets pk:Plan");

        Resource inPlan = ONTOLOGY.createResource(Pk.NS + "inPlan");
        String inPlanSection = section(html, "inPlan");
        assertTrue(inPlanSection.contains("<dt>定义域 / domain</dt><dd><a href=\"#"
                + inPlan.getPropertyResourceValue(RDFS.domain).getLocalName() + "\">"), inPlanSection);
        assertTrue(inPlanSection.contains("<dt>值域 / range</dt><dd><a href=\"#"
                + inPlan.getPropertyResourceValue(RDFS.range).getLocalName() + "\">"), inPlanSection);
        for (Resource shape : SHAPES.listSubjectsWithProperty(SHACLM.path, inPlan).toList()) {
            Resource nodeShape = SHAPES.listSubjectsWithProperty(SHACLM.property, shape).next();
            assertTrue(inPlanSection.contains("/def/shapes#" + nodeShape.getLocalName() + "\""), "constrained by " + nodeShape);
        }
        assertTrue(inPlanSection.contains("<code>sh:minCount</code> <code>1</code>"), "the constraints summarised");

        for (String id : List.of("Plan", "Assignment", "inPlan", "quote")) {
            Matcher example = EXAMPLE.matcher(section(html, id));
            assertTrue(example.find(), id + " has an example from the store");
            assertTrue(example.group(1).startsWith("/id/"), example.group(1));
            assertEquals(200, get(org.springframework.web.util.HtmlUtils.htmlUnescape(example.group(1)), "text/html").statusCode(),
                    id + "'s example answers");
        }
        for (String scheme : List.of("role", "category", "outline")) {
            assertTrue(html.contains("href=\"/def/" + scheme + "\""), "the " + scheme + " scheme");
        }
    }

    @Test
    void theRdfFormsStillDescribeTheOntologyWithItsTerms() throws Exception {
        HttpResponse<String> turtle = get("/def/plankg", "text/turtle");
        assertEquals(200, turtle.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(model);
        assertTrue(model.contains(model.createResource(Pk.NS + "Plan"), RDFS.label), "hash terms in their document");
        assertTrue(model.contains(null, OWL2.versionIRI, model.createResource(Pk.NS.replace("#", "/0.4.0"))));
        assertTrue(turtle.headers().allValues("Link").stream().anyMatch(l -> l.contains("<https://w3id.org/plankg/def/plankg>; rel=\"canonical\"")));
    }

    @Test
    void theCurrentVersionIsServedAndAnUnknownOneIsA404NamingIt() throws Exception {
        String versionIri = ONTOLOGY.listObjectsOfProperty(OWL2.versionIRI).next().asResource().getURI();
        String version = versionIri.substring(versionIri.lastIndexOf('/') + 1);
        HttpResponse<String> html = get("/def/plankg/" + version, "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("id=\"Plan\""));
        HttpResponse<String> turtle = get("/def/plankg/" + version, "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().allValues("Link").stream().anyMatch(l -> l.contains("<" + versionIri + ">; rel=\"canonical\"")));
        String prior = ONTOLOGY.listObjectsOfProperty(OWL2.priorVersion).next().asResource().getURI();
        HttpResponse<String> priorTurtle = get("/def/plankg/" + prior.substring(prior.lastIndexOf('/') + 1), "text/turtle");
        assertEquals(200, priorTurtle.statusCode(), "the prior version a paper may have cited still answers");
        Model priorModel = ModelFactory.createDefaultModel();
        RDFParser.fromString(priorTurtle.body(), Lang.TURTLE).parse(priorModel);
        assertTrue(priorModel.contains(null, OWL2.versionIRI, priorModel.createResource(prior)), "as it was released");
        assertEquals(200, get("/def/plankg/" + prior.substring(prior.lastIndexOf('/') + 1), "text/html").statusCode());
        HttpResponse<String> unknown = get("/def/plankg/9.9", "text/html");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains(version) && unknown.body().contains("9.9"), unknown.body());
    }

    @Test
    void theShapesDocumentListsEveryNodeShapeAndItsTurtleIsShapesTtl() throws Exception {
        HttpResponse<String> html = get("/def/shapes", "text/html");
        assertEquals(200, html.statusCode());
        List<Resource> nodeShapes = SHAPES.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList();
        assertTrue(nodeShapes.size() > 10);
        for (Resource shape : nodeShapes) {
            assertTrue(html.body().contains("<section class=\"term\" id=\"" + shape.getLocalName() + "\">"), shape.toString());
        }
        assertTrue(html.body().contains("href=\"/def/plankg#Assignment\""), "target classes link to the ontology's page");
        HttpResponse<String> turtle = get("/def/shapes", "text/turtle");
        assertEquals(200, turtle.statusCode());
        Model served = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(served);
        assertTrue(served.isIsomorphicWith(SHAPES), "the Turtle form is shapes.ttl");
        assertFalse(get("/def/shapes?format=jsonld", "*/*").body().isEmpty());
        assertEquals(406, get("/def/shapes", "image/png").statusCode());
    }

    @Test
    void theExamplesQuestionIsAskedLikeAnyOther() throws Exception {
        HttpResponse<String> one = get("/api/questions/term-examples?term=" + Pk.NS + "Task", "application/json");
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains("/task/"), one.body());
    }
}
