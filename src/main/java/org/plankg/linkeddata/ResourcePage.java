package org.plankg.linkeddata;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.plankg.vocab.Iris;
import org.plankg.format.RdfFormat;

/** The HTML page of a resource: its labels in zh and en, types, properties and incoming links. */
final class ResourcePage {

    private final Iris iris;

    ResourcePage(Iris iris) {
        this.iris = iris;
    }

    String render(String iri, Model model, List<RdfFormat> alternates, String documentPath) {
        Resource subject = model.createResource(iri);
        StringBuilder html = Html.open(label(subject), documentPath, alternates)
                .append("<h1>").append(esc(label(subject))).append("</h1>");
        labels(html, subject);
        html.append("<p>IRI <code>").append(esc(iri)).append("</code>");
        if (iri.startsWith(Iris.VOCABULARY)) {
            html.append(" — 规范 IRI，各部署相同 / the canonical IRI, the same in every deployment");
        }
        html.append("</p><p>").append(Html.formats(documentPath, alternates));
        html.append("</p><table><caption>属性 / Properties</caption><thead><tr><th scope=\"col\">属性 property</th>")
                .append("<th scope=\"col\">值 value</th></tr></thead><tbody>");
        model.listStatements(subject, null, (RDFNode) null).toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()))
                .forEach(s -> html.append("<tr><th scope=\"row\">").append(link(s.getPredicate(), model)).append("</th><td>")
                        .append(value(s.getObject(), model)).append("</td></tr>"));
        html.append("</tbody></table><table><caption>指向此资源 / Incoming links</caption><thead><tr>")
                .append("<th scope=\"col\">资源 resource</th><th scope=\"col\">属性 property</th></tr></thead><tbody>");
        model.listStatements(null, null, subject).toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getSubject().toString()))
                .forEach(s -> html.append("<tr><td>").append(link(s.getSubject(), model)).append("</td><td>")
                        .append(link(s.getPredicate(), model)).append("</td></tr>"));
        return html.append("</tbody></table></main></body></html>").toString();
    }

    private static void labels(StringBuilder html, Resource subject) {
        html.append("<dl class=\"meta\">");
        for (var p : List.of(SKOS.prefLabel, RDFS.label, SKOS.definition, RDFS.comment)) {
            subject.listProperties(p).forEach(s -> {
                Literal l = s.getLiteral();
                html.append("<dt>").append(p.getLocalName()).append(l.getLanguage().isEmpty() ? "" : "@" + l.getLanguage())
                        .append("</dt><dd").append(l.getLanguage().isEmpty() ? "" : " lang=\"" + l.getLanguage() + "\"")
                        .append(">").append(esc(l.getLexicalForm())).append("</dd>");
            });
        }
        html.append("</dl>");
    }

    private String value(RDFNode node, Model model) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            String lang = l.getLanguage().isEmpty() ? "" : " lang=\"" + esc(l.getLanguage()) + "\"";
            return "<span" + lang + ">" + esc(l.getLexicalForm()) + "</span>";
        }
        return node.isURIResource() ? link(node.asResource(), model) : "[]";
    }

    private String link(Resource r, Model model) {
        if (!r.isURIResource()) return "[]";
        String text = r.hasProperty(SKOS.prefLabel) || r.hasProperty(RDFS.label) ? label(r) : shortName(r.getURI(), model);
        String href = iris.localPath(r.getURI()).orElse(r.getURI());
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    private static String shortName(String iri, PrefixMapping prefixes) {
        String curie = prefixes.qnameFor(iri);
        return curie != null ? curie : iri;
    }

    static String label(Resource r) {
        for (var p : List.of(SKOS.prefLabel, RDFS.label)) {
            Statement zh = r.listProperties(p).filterKeep(s -> "zh".equals(s.getLanguage())).nextOptional().orElse(null);
            if (zh != null) return zh.getString();
            Statement any = r.getProperty(p);
            if (any != null) return any.getString();
        }
        return r.getURI();
    }

    private static String esc(String s) {
        return Html.esc(s);
    }
}
