package org.plankg.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.plankg.vocab.Pk;
import org.plankg.format.RdfFormat;

/**
 * The ontology's documentation, in the manner of pyLODE and Widoco: its IRI, version and licence,
 * how to cite a term, its RDF forms, a table of contents, a section per class and property (id =
 * the term's local name, so /def/plankg#Plan lands on it), and the concept schemes and shapes.
 */
final class OntologyPage {

    /** The sections of terms, by kind; a term of another kind would go last. */
    private static final List<Map.Entry<String, Resource>> GROUPS = List.of(
            Map.entry("classes|类 / Classes", OWL.Class),
            Map.entry("object-properties|对象属性 / Object properties", OWL.ObjectProperty),
            Map.entry("datatype-properties|数据属性 / Datatype properties", OWL.DatatypeProperty));

    private final Html html;
    private final ShapeIndex shapes;

    OntologyPage(Html html, ShapeIndex shapes) {
        this.html = html;
        this.shapes = shapes;
    }

    /** The terms the ontology defines (rdfs:isDefinedBy it), by local name. */
    static List<Resource> terms(Model model, Resource ontology) {
        return model.listSubjectsWithProperty(RDFS.isDefinedBy, ontology).filterKeep(r -> r.isURIResource() && r.getURI().startsWith(Pk.NS))
                .toList().stream().sorted(Comparator.comparing(Resource::getLocalName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    String render(Resource ontology, Map<String, TermExamples.Example> examples, String documentPath, List<RdfFormat> alternates) {
        Model model = ontology.getModel();
        String title = ontology.getProperty(DCTerms.title, "zh").getString();
        StringBuilder out = Html.open(title, documentPath, alternates).append("<h1>").append(Html.esc(title)).append("</h1>");
        ontology.listProperties(DCTerms.title, "en").forEach(s -> out.append("<p class=\"subtitle\" lang=\"en\">")
                .append(Html.esc(s.getString())).append("</p>"));
        metadata(out, ontology, documentPath, alternates);
        out.append(Html.bilingual(ontology, RDFS.comment, "p"));
        cite(out, ontology);
        List<Resource> terms = terms(model, ontology);
        contents(out, terms);
        TermSection section = new TermSection(html, shapes, model);
        for (var group : GROUPS) {
            String[] name = group.getKey().split("\\|");
            out.append("<h2 id=\"").append(name[0]).append("\">").append(name[1]).append("</h2>");
            for (Resource term : terms) {
                if (group(term) == group) out.append(section.render(term, examples.get(term.getURI())));
            }
        }
        List<Resource> others = terms.stream().filter(t -> group(t) == null).toList();
        if (!others.isEmpty()) out.append("<h2 id=\"other-terms\">其他 / Other terms</h2>");
        others.forEach(t -> out.append(section.render(t, examples.get(t.getURI()))));
        schemes(out, model);
        return out.append("</main></body></html>").toString();
    }

    private static Map.Entry<String, Resource> group(Resource term) {
        return GROUPS.stream().filter(g -> term.hasProperty(RDF.type, g.getValue())).findFirst().orElse(null);
    }

    private void metadata(StringBuilder out, Resource ontology, String documentPath, List<RdfFormat> alternates) {
        Resource version = ontology.getPropertyResourceValue(OWL2.versionIRI);
        out.append("<dl class=\"meta\"><dt>IRI</dt><dd><code>").append(Html.esc(ontology.getURI()))
                .append("</code> — 规范 IRI，各部署相同 / the canonical IRI, the same in every deployment</dd>")
                .append("<dt>版本 IRI / version IRI</dt><dd>").append(html.link(version.getURI(), version.getURI())).append("</dd>")
                .append("<dt>版本 / version</dt><dd>").append(Html.esc(ontology.getProperty(OWL.versionInfo).getString())).append("</dd>");
        ontology.listProperties(DCTerms.created).forEach(s -> out.append("<dt>创建 / created</dt><dd>")
                .append(Html.esc(s.getString())).append("</dd>"));
        ontology.listProperties(DCTerms.modified).forEach(s -> out.append("<dt>修改 / modified</dt><dd>")
                .append(Html.esc(s.getString())).append("</dd>"));
        ontology.listProperties(DCTerms.license).forEach(s -> out.append("<dt>许可 / licence</dt><dd>")
                .append(html.link(s.getResource().getURI(), s.getResource().getURI())).append("</dd>"));
        out.append("<dt>导入 / imports</dt><dd>").append(ontology.listProperties(OWL.imports).toList().stream()
                .map(s -> html.term(s.getObject())).sorted().collect(Collectors.joining(", "))).append("</dd>")
                .append("<dt>前缀 / prefix</dt><dd><code>PREFIX pk: &lt;").append(Html.esc(Pk.NS)).append("&gt;</code></dd>")
                .append("<dt>格式 / formats</dt><dd>").append(Html.formats(documentPath, alternates)).append("</dd></dl>");
    }

    private static void cite(StringBuilder out, Resource ontology) {
        String version = ontology.getPropertyResourceValue(OWL2.versionIRI).getURI();
        out.append("<h2 id=\"cite\">引用 / How to cite</h2><p>引用术语请用其持久 IRI，如 <code>").append(Html.esc(Pk.NS))
                .append("Assignment</code>，并注明本体版本 <code>").append(Html.esc(version)).append("</code>。</p>")
                .append("<p lang=\"en\">Cite a term by its persistent IRI, e.g. <code>").append(Html.esc(Pk.NS))
                .append("Assignment</code>, and this version of the ontology by its version IRI <code>").append(Html.esc(version))
                .append("</code>. They are the same in every deployment; the address of this page is not. ")
                .append("What changed in each version: <code>ontology/CHANGES.md</code> in the source.</p>");
    }

    private static void contents(StringBuilder out, List<Resource> terms) {
        out.append("<nav class=\"toc\" aria-label=\"目录 / Contents\"><h2 id=\"contents\">目录 / Contents</h2><ol>")
                .append("<li><a href=\"#cite\">引用 / How to cite</a></li>");
        for (var group : GROUPS) {
            String[] name = group.getKey().split("\\|");
            out.append("<li><a href=\"#").append(name[0]).append("\">").append(name[1]).append("</a><ul>");
            terms.stream().filter(t -> group(t) == group).forEach(t -> out.append("<li><a href=\"#")
                    .append(Html.esc(t.getLocalName())).append("\"><code>").append(Html.esc(Html.curie(t.getURI())))
                    .append("</code></a> ").append(Html.bilingual(t, RDFS.label, "span")).append("</li>"));
            out.append("</ul></li>");
        }
        out.append("<li><a href=\"#schemes\">概念体系与形状 / Concept schemes and shapes</a></li></ol></nav>");
    }

    /** The concept schemes of the vocabulary (roles, categories, national outline) and the shapes document. */
    private void schemes(StringBuilder out, Model model) {
        out.append("<h2 id=\"schemes\">概念体系与形状 / Concept schemes and shapes</h2><ul>");
        model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).forEach(scheme -> out.append("<li>")
                        .append(html.link(scheme.getURI(), Html.curie(scheme.getURI()))).append(" ")
                        .append(Html.bilingual(scheme, SKOS.prefLabel, "span")).append("（")
                        .append(model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().size())
                        .append(" 个概念 / concepts）</li>"));
        Resource document = shapes.model().createResource(VocabularyDocuments.SHAPES);
        out.append("<li>").append(html.link(document.getURI(), document.getURI())).append(" ")
                .append(Html.bilingual(document, RDFS.label, "span")).append("（")
                .append(shapes.nodeShapes().size()).append(" 个节点形状 / node shapes）</li></ul>");
    }
}
