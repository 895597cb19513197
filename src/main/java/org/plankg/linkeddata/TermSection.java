package org.plankg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * One class or property on the ontology's page: its IRI, labels and comments in zh and en, kind,
 * place in the hierarchy, domain and range, the shapes that constrain it and an example from the
 * store. The example is plan text, escaped like everything else.
 */
final class TermSection {

    private static final int EXAMPLE_LENGTH = 160;

    private final Html html;
    private final ShapeIndex shapes;
    private final Model ontology;

    TermSection(Html html, ShapeIndex shapes, Model ontology) {
        this.html = html;
        this.shapes = shapes;
        this.ontology = ontology;
    }

    static String kind(Resource term) {
        if (term.hasProperty(RDF.type, OWL.Class)) return "类 / class";
        String kind = term.hasProperty(RDF.type, OWL.ObjectProperty) ? "对象属性 / object property"
                : term.hasProperty(RDF.type, OWL.DatatypeProperty) ? "数据属性 / datatype property" : "其他 / other";
        return term.hasProperty(RDF.type, OWL.FunctionalProperty) ? kind + "（函数型 / functional）" : kind;
    }

    String render(Resource term, TermExamples.Example example) {
        StringBuilder out = new StringBuilder("<section class=\"term\" id=\"").append(Html.esc(term.getLocalName()))
                .append("\"><h3><code>").append(Html.esc(Html.curie(term.getURI()))).append("</code> ")
                .append(Html.bilingual(term, RDFS.label, "span")).append("</h3><dl class=\"meta\">");
        row(out, "IRI", "<code>" + Html.esc(term.getURI()) + "</code>");
        row(out, "类型 / type", kind(term));
        row(out, "说明 / comment", Html.bilingual(term, RDFS.comment, "p"));
        boolean isClass = term.hasProperty(RDF.type, OWL.Class);
        row(out, isClass ? "上位类 / superclasses" : "上位属性 / superproperties",
                values(term, isClass ? RDFS.subClassOf : RDFS.subPropertyOf));
        row(out, isClass ? "下位类 / subclasses" : "下位属性 / subproperties",
                terms(ontology.listSubjectsWithProperty(isClass ? RDFS.subClassOf : RDFS.subPropertyOf, term).toList()));
        if (isClass) {
            row(out, "作为定义域 / in the domain of", terms(mentioning(RDFS.domain, term)));
            row(out, "作为值域 / in the range of", terms(mentioning(RDFS.range, term)));
        } else {
            row(out, "定义域 / domain", values(term, RDFS.domain));
            row(out, "值域 / range", values(term, RDFS.range));
            row(out, "逆属性 / inverse of", values(term, OWL.inverseOf));
        }
        row(out, "另见 / see also", values(term, RDFS.seeAlso));
        row(out, "形状 / shapes", isClass ? classShapes(term) : propertyShapes(term));
        row(out, "例 / example", example(example, term));
        return out.append("</dl></section>").toString();
    }

    private static void row(StringBuilder out, String name, String value) {
        if (!value.isEmpty()) out.append("<dt>").append(name).append("</dt><dd>").append(value).append("</dd>");
    }

    private String values(Resource term, Property p) {
        return terms(term.listProperties(p).mapWith(s -> s.getObject()).toList());
    }

    private String terms(List<? extends RDFNode> nodes) {
        return nodes.stream().sorted(java.util.Comparator.comparing(RDFNode::toString)).map(html::term)
                .collect(Collectors.joining(", "));
    }

    /** The properties whose domain (or range) is the class or a union that includes it. */
    private List<Resource> mentioning(Property p, Resource type) {
        return ontology.listStatements(null, p, (RDFNode) null).toList().stream()
                .filter(s -> s.getObject().equals(type) || s.getObject().isAnon()
                        && s.getResource().hasProperty(OWL.unionOf)
                        && s.getResource().getPropertyResourceValue(OWL.unionOf).as(org.apache.jena.rdf.model.RDFList.class).contains(type))
                .map(s -> s.getSubject()).distinct().toList();
    }

    /** Node shapes that target the class, or a superclass of it (SHACL follows rdfs:subClassOf). */
    private String classShapes(Resource type) {
        List<String> items = new ArrayList<>();
        for (Resource ancestor : ancestors(type)) {
            for (Resource shape : shapes.targeting(ancestor)) {
                items.add("<li>" + html.term(shape) + (ancestor.equals(type) ? "" : "（经由 / via " + html.term(ancestor) + "）") + "</li>");
            }
        }
        return items.isEmpty() ? "" : "<ul>" + String.join("", items) + "</ul>";
    }

    private List<Resource> ancestors(Resource type) {
        List<Resource> found = new ArrayList<>(List.of(type));
        for (int i = 0; i < found.size(); i++) {
            found.get(i).listProperties(RDFS.subClassOf).forEach(s -> {
                if (s.getObject().isURIResource() && !found.contains(s.getResource())) found.add(s.getResource());
            });
        }
        return found;
    }

    private String propertyShapes(Resource property) {
        String items = shapes.on(property).stream()
                .map(p -> "<li>" + html.term(p.nodeShape()) + "：" + ShapeIndex.constraints(p.shape(), html) + "</li>")
                .collect(Collectors.joining());
        return items.isEmpty() ? "" : "<ul>" + items + "</ul>";
    }

    private String example(TermExamples.Example example, Resource term) {
        if (example == null) return "<span class=\"empty\">库中尚无 / none in the store</span>";
        String subject = node(example.subject(), example.subjectLabel());
        if (example.value() == null) return subject;
        return subject + " <code>" + Html.esc(Html.curie(term.getURI())) + "</code> " + node(example.value(), example.valueLabel());
    }

    private String node(RDFNode node, String label) {
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return html.link(iri, label != null ? label : Html.curie(iri));
        }
        if (!node.isLiteral()) return "[]";
        String text = node.asLiteral().getLexicalForm();
        if (text.codePointCount(0, text.length()) > EXAMPLE_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, EXAMPLE_LENGTH)) + "…";
        }
        String type = node.asLiteral().getDatatypeURI();
        if (!type.equals(XSD.xstring.getURI()) && !type.equals(RDF.langString.getURI())) return "<code>" + Html.esc(text) + "</code>";
        String lang = node.asLiteral().getLanguage();
        return "<q" + (lang.isEmpty() ? "" : " lang=\"" + Html.esc(lang) + "\"") + ">" + Html.esc(text) + "</q>";
    }
}
