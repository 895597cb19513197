package org.plankg.linkeddata;

import java.util.List;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.plankg.format.RdfFormat;

/**
 * The shapes document (ontology/shapes.ttl) as a page: its metadata, then each node shape in a
 * section (id = its local name, so /def/shapes#AssignmentShape lands on it) with what it targets
 * and a row per property constraint with its message.
 */
final class ShapesPage {

    private final Html html;
    private final ShapeIndex shapes;

    ShapesPage(Html html, ShapeIndex shapes) {
        this.html = html;
        this.shapes = shapes;
    }

    String render(String documentPath, List<RdfFormat> alternates) {
        Resource document = shapes.model().createResource(VocabularyDocuments.SHAPES);
        String title = document.getProperty(RDFS.label, "zh").getString();
        StringBuilder out = Html.open(title, documentPath, alternates).append("<h1>").append(Html.esc(title)).append("</h1>")
                .append(Html.bilingual(document, RDFS.comment, "p"))
                .append("<dl class=\"meta\"><dt>IRI</dt><dd><code>").append(Html.esc(document.getURI()))
                .append("</code> — 规范 IRI，各部署相同 / the canonical IRI, the same in every deployment</dd>")
                .append("<dt>版本 / version</dt><dd>").append(Html.esc(document.getProperty(OWL.versionInfo).getString())).append("</dd>");
        document.listProperties(DCTerms.modified).forEach(s -> out.append("<dt>修改 / modified</dt><dd>")
                .append(Html.esc(s.getString())).append("</dd>"));
        document.listProperties(DCTerms.license).forEach(s -> out.append("<dt>许可 / licence</dt><dd>")
                .append(html.link(s.getResource().getURI(), s.getResource().getURI())).append("</dd>"));
        out.append("<dt>本体 / ontology</dt><dd>").append(html.link(VocabularyDocuments.ONTOLOGY, VocabularyDocuments.ONTOLOGY))
                .append("</dd><dt>格式 / formats</dt><dd>").append(Html.formats(documentPath, alternates)).append("</dd></dl>")
                .append("<nav class=\"toc\" aria-label=\"目录 / Contents\"><h2 id=\"contents\">目录 / Contents</h2><ul>");
        List<Resource> nodeShapes = shapes.nodeShapes();
        nodeShapes.forEach(s -> out.append("<li>").append(html.term(s)).append(" ")
                .append(Html.bilingual(s, RDFS.label, "span")).append("</li>"));
        out.append("</ul></nav>");
        nodeShapes.forEach(s -> section(out, s));
        return out.append("</main></body></html>").toString();
    }

    private void section(StringBuilder out, Resource shape) {
        out.append("<section class=\"term\" id=\"").append(Html.esc(shape.getLocalName())).append("\"><h2><code>")
                .append(Html.esc(Html.curie(shape.getURI()))).append("</code> ").append(Html.bilingual(shape, RDFS.label, "span"))
                .append("</h2>").append(Html.bilingual(shape, RDFS.comment, "p")).append("<dl class=\"meta\"><dt>IRI</dt><dd><code>")
                .append(Html.esc(shape.getURI())).append("</code></dd>");
        shape.listProperties(SHACLM.targetClass).forEach(s -> out.append("<dt>目标类 / target class</dt><dd>")
                .append(html.term(s.getObject())).append("</dd>"));
        String own = ShapeIndex.constraints(shape, html);
        if (!own.isEmpty()) out.append("<dt>约束 / constraints</dt><dd>").append(own).append("</dd>");
        out.append("</dl>");
        List<Resource> properties = shapes.properties(shape);
        if (properties.isEmpty()) {
            out.append("</section>");
            return;
        }
        out.append("<table><thead><tr><th scope=\"col\">路径 / path</th><th scope=\"col\">约束 / constraints</th>")
                .append("<th scope=\"col\">消息 / message</th></tr></thead><tbody>");
        for (Resource p : properties) {
            out.append("<tr><th scope=\"row\">").append(html.term(ShapeIndex.path(p))).append("</th><td>")
                    .append(ShapeIndex.constraints(p, html)).append("</td><td>")
                    .append(Html.bilingual(p, SHACLM.message, "p")).append("</td></tr>");
        }
        out.append("</tbody></table></section>");
    }
}
