package org.plankg.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SHACL shapes of ontology/shapes.ttl by what they constrain: node shapes by their target
 * class, property shapes by their path; and a property shape's constraints in one line.
 */
final class ShapeIndex {

    /** A property shape and the node shape it belongs to. */
    record PropertyShape(Resource nodeShape, Resource shape) {
    }

    /** Constraints come in this order, any others after them. */
    private static final List<Property> ORDER = List.of(SHACLM.minCount, SHACLM.maxCount, SHACLM.datatype, SHACLM.class_,
            SHACLM.node, SHACLM.nodeKind, SHACLM.in, SHACLM.hasValue, SHACLM.pattern, SHACLM.minLength, SHACLM.minInclusive,
            SHACLM.or);
    /** What a shape says that is not a constraint on its focus nodes (a node shape's property shapes are listed apart). */
    private static final Set<Property> NOT_CONSTRAINTS = Set.of(SHACLM.path, SHACLM.message, SHACLM.name,
            SHACLM.description, SHACLM.targetClass, SHACLM.property, RDFS.label, RDFS.comment, RDFS.isDefinedBy, RDF.type);

    private final Model model;

    ShapeIndex(Model shapes) {
        this.model = shapes;
    }

    Model model() {
        return model;
    }

    List<Resource> nodeShapes() {
        return model.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).filterKeep(Resource::isURIResource).toList()
                .stream().sorted(Comparator.comparing(Resource::getLocalName)).toList();
    }

    List<Resource> targeting(Resource type) {
        return model.listSubjectsWithProperty(SHACLM.targetClass, type).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    List<PropertyShape> on(Resource path) {
        return model.listSubjectsWithProperty(SHACLM.path, path).toList().stream()
                .flatMap(shape -> model.listSubjectsWithProperty(SHACLM.property, shape).toList().stream()
                        .map(node -> new PropertyShape(node, shape)))
                .sorted(Comparator.comparing(p -> p.nodeShape().getURI())).toList();
    }

    /** A node shape's property shapes, by path. */
    List<Resource> properties(Resource nodeShape) {
        return model.listObjectsOfProperty(nodeShape, SHACLM.property).toList().stream().map(RDFNode::asResource)
                .sorted(Comparator.comparing(s -> Html.curie(path(s).toString()))).toList();
    }

    static RDFNode path(Resource propertyShape) {
        return propertyShape.getRequiredProperty(SHACLM.path).getObject();
    }

    /** "sh:minCount 1 · sh:class pk:Plan", each value linked; a nested shape (in sh:or) as [ … ]. */
    static String constraints(Resource shape, Html html) {
        return shape.listProperties().toList().stream().filter(s -> !NOT_CONSTRAINTS.contains(s.getPredicate()))
                .sorted(Comparator.comparing((Statement s) -> ORDER.contains(s.getPredicate()) ? ORDER.indexOf(s.getPredicate()) : ORDER.size())
                        .thenComparing(s -> s.getPredicate().getURI()))
                .map(s -> "<code>" + Html.esc(Html.curie(s.getPredicate().getURI())) + "</code> " + value(s.getObject(), html))
                .collect(Collectors.joining(" · "));
    }

    private static String value(RDFNode node, Html html) {
        if (node.isAnon() && node.asResource().hasProperty(RDF.first)) {
            return "( " + node.asResource().as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream()
                    .map(n -> value(n, html)).collect(Collectors.joining(" ")) + " )";
        }
        if (node.isAnon()) return "[ " + constraints(node.asResource(), html) + " ]";
        return html.term(node);
    }
}
