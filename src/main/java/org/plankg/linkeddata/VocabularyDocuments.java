package org.plankg.linkeddata;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.plankg.graph.PlanDataset;
import org.plankg.graph.Prefixes;
import org.plankg.query.Question;
import org.plankg.question.QuestionService;
import org.plankg.query.Questions;
import org.plankg.query.UnknownNameException;
import org.plankg.store.Store;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.plankg.vocab.Vocabulary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import org.plankg.format.RdfFormat;

/**
 * The ontology's and the shapes' documents. As HTML, /def/plankg (and its current version,
 * /def/plankg/0.4.0) is the ontology's documentation and /def/shapes lists the shapes; as RDF, the
 * ontology is described from the store like every /def/… term, the shapes are ontology/shapes.ttl.
 */
@RestController
class VocabularyDocuments {

    static final String ONTOLOGY = Pk.NS.substring(0, Pk.NS.length() - 1);
    static final String SHAPES = Iris.VOCABULARY + "shapes";

    private final QuestionService questions;
    private final Question examples;
    private final Store store;
    private final Resource ontology;
    private final ShapeIndex shapes = new ShapeIndex(PlanDataset.shapesModel());
    private final Iris iris;

    VocabularyDocuments(QuestionService questions, Questions files, Store store, Vocabulary vocabulary, Iris iris) {
        this.questions = questions;
        this.examples = files.get("term-examples");
        this.store = store;
        this.ontology = vocabulary.model().createResource(ONTOLOGY);
        this.iris = iris;
    }

    @GetMapping({"/def/plankg", "/def/plankg/{version}"})
    ResponseEntity<byte[]> ontology(@PathVariable(required = false) String version, HttpServletRequest request,
                                    @RequestHeader(value = "Accept", required = false) String accept,
                                    @RequestParam(value = "format", required = false) String format) {
        String versionIri = ontology.getPropertyResourceValue(OWL2.versionIRI).getURI();
        RdfFormat.Choice choice = RdfFormat.negotiate(accept, format, true).orElse(null);
        String path = request.getRequestURI();
        if (choice == null) return ResourceController.notAcceptable(path);
        if (version != null && !versionIri.equals(ONTOLOGY + "/" + version)) {
            Model prior = PriorVersions.ontology(version).orElseThrow(() -> new UnknownNameException("version " + version
                    + " of the plankg ontology is not served; the versions served: " + PriorVersions.served(ontology),
                    PriorVersions.served(ontology)));
            Resource priorOntology = prior.createResource(ONTOLOGY);
            return DocumentResponse.of(path, ONTOLOGY + "/" + version, choice,
                    () -> new OntologyPage(new Html(iris, Pk.NS), shapes).render(priorOntology, Map.of(), path, DocumentResponse.ALTERNATES),
                    () -> prior);
        }
        return DocumentResponse.of(path, version == null ? ONTOLOGY : versionIri, choice, () -> page(path), () -> {
            Model model = store.construct(questions.bind(questions.question("describe"), Map.of("resource", ONTOLOGY)));
            model.setNsPrefixes(Prefixes.ALL);
            return model;
        });
    }

    private String page(String path) {
        List<String> terms = OntologyPage.terms(ontology.getModel(), ontology).stream().map(Resource::getURI).toList();
        return new OntologyPage(new Html(iris, Pk.NS), shapes)
                .render(ontology, TermExamples.of(store, examples, terms), path, DocumentResponse.ALTERNATES);
    }

    @GetMapping("/def/shapes")
    ResponseEntity<byte[]> shapes(HttpServletRequest request, @RequestHeader(value = "Accept", required = false) String accept,
                                  @RequestParam(value = "format", required = false) String format) {
        RdfFormat.Choice choice = RdfFormat.negotiate(accept, format, true).orElse(null);
        String path = request.getRequestURI();
        if (choice == null) return ResourceController.notAcceptable(path);
        return DocumentResponse.of(path, SHAPES, choice,
                () -> new ShapesPage(new Html(iris, SHAPES + "#"), shapes).render(path, DocumentResponse.ALTERNATES),
                shapes::model);
    }
}
