package org.plankg.sparql;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.UpdateFactory;
import org.plankg.format.RdfFormat;
import org.plankg.query.BadParameterException;
import org.plankg.store.Answer;
import org.plankg.store.ReadOnlyRefusal;
import org.plankg.store.Store;
import org.plankg.store.StoreProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The researchers' SPARQL 1.1 Protocol endpoint: GET, POST form and POST sparql-query. Read-only
 * (updates are refused), no federation (SERVICE is refused), and every query runs under
 * {@code plankg.sparql.timeout}, enforced by the store. Without a query, browsers get the editor.
 */
@RestController
class SparqlController {

    private static final List<Result> SELECT_FORMATS = List.of(
            new Result("application/sparql-results+json", "json", ResultSetLang.RS_JSON),
            new Result("application/sparql-results+xml", "xml", ResultSetLang.RS_XML),
            new Result("text/csv", "csv", ResultSetLang.RS_CSV),
            new Result("text/tab-separated-values", "tsv", ResultSetLang.RS_TSV),
            new Result("application/json", "json", ResultSetLang.RS_JSON));

    private record Result(String mediaType, String key, Lang lang) {
    }

    private final Store store;
    private final StoreProperties properties;
    private final QuerySlots slots;

    SparqlController(Store store, StoreProperties properties, QuerySlots slots) {
        this.store = store;
        this.properties = properties;
        this.slots = slots;
    }

    @GetMapping("/sparql")
    DeferredResult<ResponseEntity<byte[]>> get(@RequestParam(value = "query", required = false) String query,
                               @RequestParam(value = "update", required = false) String update,
                               @RequestParam(value = "format", required = false) String format,
                               @RequestHeader(value = "Accept", required = false) String accept,
                               jakarta.servlet.http.HttpServletRequest request) {
        if (update != null) throw new ReadOnlyRefusal();
        once(request);
        if (query == null) {
            DeferredResult<ResponseEntity<byte[]>> editor = new DeferredResult<>();
            editor.setResult(ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/sparql.html").build());
            return editor;
        }
        return answer(query, accept, format, request);
    }

    /** The endpoint's limits as configured ({@code plankg.sparql.*}), for the editor to state them. */
    record Limits(double timeoutSeconds, long maxRows, int concurrentQueries) {
    }

    @GetMapping(value = "/sparql/limits", produces = MediaType.APPLICATION_JSON_VALUE)
    Limits limits() {
        StoreProperties.Sparql limits = properties.sparql();
        return new Limits(limits.timeout().toMillis() / 1000.0, limits.maxRows(), limits.concurrentQueries());
    }

    @PostMapping(value = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    DeferredResult<ResponseEntity<byte[]>> postForm(@RequestParam(value = "query", required = false) String query,
                                    @RequestParam(value = "update", required = false) String update,
                                    @RequestParam(value = "format", required = false) String format,
                                    @RequestHeader(value = "Accept", required = false) String accept,
                                    jakarta.servlet.http.HttpServletRequest request) {
        if (update != null) throw new ReadOnlyRefusal();
        once(request);
        if (query == null) throw new BadParameterException("query", "the query parameter is required");
        return answer(query, accept, format, request);
    }

    @PostMapping(value = "/sparql", consumes = "application/sparql-query")
    DeferredResult<ResponseEntity<byte[]>> postQuery(@RequestBody String query, @RequestParam(value = "format", required = false) String format,
                                     @RequestHeader(value = "Accept", required = false) String accept,
                                     jakarta.servlet.http.HttpServletRequest request) {
        once(request);
        return answer(query, accept, format, request);
    }

    /**
     * The protocol's parameters given at most once: two queries, or two versions (SPARQL 1.2
     * Protocol, bad_query_multiple_versions), are a 400, not one of them chosen silently.
     */
    private static void once(jakarta.servlet.http.HttpServletRequest request) {
        for (String name : List.of("query", "version", "format")) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) {
                throw new BadParameterException(name, "the parameter " + name + " is given " + values.length + " times; give it once");
            }
        }
    }

    @PostMapping(value = "/sparql", consumes = "application/sparql-update")
    ResponseEntity<byte[]> postUpdate() {
        throw new ReadOnlyRefusal();
    }

    private DeferredResult<ResponseEntity<byte[]>> answer(String text, String accept, String format,
                                                          jakarta.servlet.http.HttpServletRequest request) {
        Query query = parse(text);
        StoreProperties.Sparql limits = properties.sparql();
        return slots.run(limits.timeout(), ClientConnection.of(request), onStart -> written(
                store.limited(query, limits.timeout(), limits.maxRows(), onStart), accept, format));
    }

    private static ResponseEntity<byte[]> written(Answer answer, String accept, String format) {
        if (answer instanceof Answer.Graph graph) {
            RdfFormat rdf = RdfFormat.negotiate(accept, format, false)
                    .map(RdfFormat.Choice::format).orElse(null);
            if (rdf == null) return notAcceptable();
            return ResponseEntity.ok().contentType(rdf.contentType()).body(rdf.write(graph.graph()));
        }
        Result result = negotiateResult(accept, format).orElse(null);
        if (result == null) return notAcceptable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (answer instanceof Answer.YesNo ask) ResultSetMgr.write(out, ask.yes(), result.lang());
        else if (answer instanceof Answer.Rows select && result.lang() == ResultSetLang.RS_CSV) csv(out, select.rows());
        else if (answer instanceof Answer.Rows select) ResultSetMgr.write(out, select.rows(), result.lang());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.parseMediaType(result.mediaType()), StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    /** Longer queries are refused before they are parsed: parsing is not under the time limit. */
    static final int MAX_QUERY_CHARS = 100_000;

    /**
     * SPARQL 1.1 CSV (IRIs and lexical forms, blank nodes as _:labels), written with the API's CSV
     * writer, which keeps a spreadsheet from running a value as a formula.
     */
    private static void csv(java.io.OutputStream out, ResultSet rows) {
        List<String> columns = rows.getResultVars();
        try (org.plankg.format.RowWriter writer = org.plankg.format.RowWriter.csv(out, columns)) {
            while (rows.hasNext()) {
                var row = rows.next();
                List<Object> values = new java.util.ArrayList<>(columns.size());
                for (String column : columns) {
                    values.add(cell(row.get(column)));
                }
                writer.row(values);
            }
        }
    }

    /** A cell of SPARQL CSV; numbers stay numbers, so a negative number is not taken for a formula. */
    private static Object cell(org.apache.jena.rdf.model.RDFNode node) {
        if (node == null) return null;
        if (node.isAnon()) return "_:" + node.asResource().getId().getLabelString();
        if (node.isResource()) return node.asResource().getURI();
        String lexical = node.asLiteral().getLexicalForm();
        return node.asLiteral().getValue() instanceof Number ? new Numeric(lexical) : lexical;
    }

    /** A number's lexical form, written as it is. */
    private record Numeric(String lexical) {
        @Override
        public String toString() {
            return lexical;
        }
    }

    private static Query parse(String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatusCode.valueOf(413),
                    "queries are limited to " + MAX_QUERY_CHARS + " characters");
        }
        QueryShape.checkNesting(text);
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ); // as Fuseki: SPARQL 1.1 and ARQ's extensions (LATERAL, …)
        } catch (StackOverflowError e) {
            throw new BadParameterException("query", "the query is too deeply nested to read");
        } catch (QueryParseException e) {
            if (isUpdate(text)) throw new ReadOnlyRefusal();
            throw new BadParameterException("query", "the query does not parse: " + e.getMessage());
        }
        QueryShape.checkExpressions(query);
        // DESCRIBE <iri> may have no WHERE at all
        if (query.getQueryPattern() != null) ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                throw new BadParameterException("query", "federated queries (SERVICE) are not allowed here");
            }
        });
        return query;
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }

    private static Optional<Result> negotiateResult(String accept, String format) {
        if (format != null && !format.isBlank()) {
            return SELECT_FORMATS.stream().filter(r -> r.key().equals(format)).findFirst();
        }
        if (accept == null || accept.isBlank()) return Optional.of(SELECT_FORMATS.get(0));
        for (MediaType wanted : RdfFormat.accepted(accept)) {
            for (Result r : SELECT_FORMATS) {
                if (wanted.getQualityValue() > 0 && wanted.isCompatibleWith(MediaType.parseMediaType(r.mediaType()))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }


    private static ResponseEntity<byte[]> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.TEXT_PLAIN)
                .body("406 Not Acceptable: results are served as JSON, XML, CSV or TSV; graphs as Turtle, JSON-LD, RDF/XML or N-Triples\n"
                        .getBytes(StandardCharsets.UTF_8));
    }
}
