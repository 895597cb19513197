package org.plankg.linkeddata;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.plankg.graph.Prefixes;
import org.plankg.question.QuestionService;
import org.plankg.query.UnknownNameException;
import org.plankg.store.Store;
import org.plankg.vocab.Iris;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;
import org.plankg.format.RdfFormat;

/**
 * Dereferenceable URIs (Cool URIs): a thing /id/… answers 303 See Other to its document /doc/…;
 * documents and vocabulary terms (/def/…) are served as HTML or, by content negotiation, as
 * Turtle, JSON-LD, RDF/XML or N-Triples written by RDF4J Rio.
 */
@RestController
class ResourceController {

    private final QuestionService questions;
    private final Store store;
    private final Iris iris;

    ResourceController(QuestionService questions, Store store, Iris iris) {
        this.questions = questions;
        this.store = store;
        this.iris = iris;
    }

    @GetMapping("/id/**")
    ResponseEntity<Void> thing(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/doc/" + request.getRequestURI().substring("/id/".length()) + query))
                .header(HttpHeaders.VARY, "Accept").build();
    }

    @GetMapping("/doc/**")
    ResponseEntity<byte[]> document(HttpServletRequest request, @RequestHeader(value = "Accept", required = false) String accept,
                                    @RequestParam(value = "format", required = false) String format) {
        String path = decodedPath(request).substring("/doc/".length());
        return describe(iris.base() + "id/" + path, request.getRequestURI(), accept, format);
    }

    /**
     * The vocabulary's documents: /def/… here is what its persistent IRI https://w3id.org/plankg/def/…
     * redirects to, and the IRI described is the persistent one, named canonical in a Link header.
     */
    @GetMapping("/def/**")
    ResponseEntity<byte[]> term(HttpServletRequest request, @RequestHeader(value = "Accept", required = false) String accept,
                                @RequestParam(value = "format", required = false) String format) {
        String iri = Iris.VOCABULARY + decodedPath(request).substring("/def/".length());
        return describe(iri, request.getRequestURI(), accept, format);
    }

    private ResponseEntity<byte[]> describe(String iri, String documentPath, String accept, String format) {
        RdfFormat.Choice choice = RdfFormat.negotiate(accept, format, true).orElse(null);
        if (choice == null) return notAcceptable(documentPath);
        Model model = store.construct(questions.bind(questions.question("describe"), Map.of("resource", iri)));
        if (model.isEmpty()) {
            throw new UnknownNameException("nothing is known about " + iri, List.of());
        }
        model.setNsPrefixes(Prefixes.ALL);
        return DocumentResponse.of(documentPath, iri.startsWith(Iris.VOCABULARY) ? iri : null, choice,
                () -> new ResourcePage(iris).render(iri, model, DocumentResponse.ALTERNATES, documentPath), () -> model);
    }

    static ResponseEntity<byte[]> notAcceptable(String path) {
        String served = "text/html, " + Arrays.stream(RdfFormat.values()).map(f -> f.mediaType.toString())
                .collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.TEXT_PLAIN)
                .body(("406 Not Acceptable: " + path + " is served as " + served + " (or ?format=html|ttl|jsonld|rdf|nt)\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String decodedPath(HttpServletRequest request) {
        return UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
    }
}
