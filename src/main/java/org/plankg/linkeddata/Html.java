package org.plankg.linkeddata;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.plankg.graph.Prefixes;
import org.plankg.vocab.Iris;
import org.springframework.web.util.HtmlUtils;
import org.plankg.format.RdfFormat;

/**
 * What the linked-data pages share: escaping, the page's head, the links to its RDF forms, and
 * terms written as links (CURIE text; a term of the page's own namespace links to its section).
 */
final class Html {

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.ALL)
            .setNsPrefix("owl", OWL.NS).setNsPrefix("rdf", RDF.uri).setNsPrefix("sh", SHACLM.getURI())
            .setNsPrefix("pks", VocabularyDocuments.SHAPES + "#").lock();

    private final Iris iris;
    private final String here;

    /** {@code here}: the namespace of the page's own sections (…#), or "" for none. */
    Html(Iris iris, String here) {
        this.iris = iris;
        this.here = here;
    }

    static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** From the doctype to the opening of main, with a link to the home page. */
    static StringBuilder open(String title, String documentPath, List<RdfFormat> alternates) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
                .append("<link rel=\"stylesheet\" href=\"/app.css\"><title>").append(esc(title)).append("</title>");
        for (RdfFormat f : alternates) {
            html.append("<link rel=\"alternate\" type=\"").append(f.mediaType).append("\" href=\"")
                    .append(esc(documentPath)).append("?format=").append(f.key).append("\">");
        }
        return html.append("</head><body><main><p><a href=\"/\">plankg</a></p>");
    }

    /** The document's RDF forms, as links. */
    static String formats(String documentPath, List<RdfFormat> alternates) {
        return alternates.stream().map(f -> "<a href=\"" + esc(documentPath) + "?format=" + f.key + "\">" + f.title + "</a>")
                .collect(Collectors.joining(" · "));
    }

    static String curie(String iri) {
        String curie = PREFIXES.qnameFor(iri);
        return curie != null ? curie : iri;
    }

    /** Where a link to an IRI goes: its section on this page, this service's page of it, or the IRI. */
    String href(String iri) {
        if (!here.isEmpty() && iri.startsWith(here)) return "#" + iri.substring(here.length());
        return iris.localPath(iri).orElse(iri);
    }

    String link(String iri, String text) {
        return "<a href=\"" + esc(href(iri)) + "\">" + esc(text) + "</a>";
    }

    /** A term as a link with its CURIE; a class union as A ∪ B; a list as ( a b ); a literal as text. */
    String term(RDFNode node) {
        if (node.isURIResource()) return "<a href=\"" + esc(href(node.asResource().getURI())) + "\"><code>"
                + esc(curie(node.asResource().getURI())) + "</code></a>";
        if (node.isLiteral()) return "<code>" + esc(node.asLiteral().getLexicalForm()) + "</code>";
        Resource r = node.asResource();
        if (r.hasProperty(OWL.unionOf)) return list(r.getPropertyResourceValue(OWL.unionOf), " ∪ ");
        if (r.hasProperty(RDF.first)) return "( " + list(r, " ") + " )";
        return "[]";
    }

    private String list(Resource head, String separator) {
        return head.as(RDFList.class).asJavaList().stream().map(this::term).collect(Collectors.joining(separator));
    }

    /** The zh and en values of a property, each marked with its language. */
    static String bilingual(Resource r, Property p, String element) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject().asLiteral())
                .sorted(java.util.Comparator.comparing((Literal l) -> !l.getLanguage().equals("zh")).thenComparing(Literal::getLanguage))
                .map(l -> literal(l, element)).collect(Collectors.joining(element.equals("span") ? " / " : ""));
    }

    static String literal(Literal l, String element) {
        String lang = l.getLanguage().isEmpty() ? "" : " lang=\"" + esc(l.getLanguage()) + "\"";
        return "<" + element + lang + ">" + esc(l.getLexicalForm()) + "</" + element + ">";
    }
}
