package org.plankg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.plankg.plan.Plan;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Vocabulary;

/**
 * The graph of several plans: one named graph per plan and one for the ontology and vocabularies,
 * checked against the SHACL shapes of ontology/shapes.ttl.
 */
public final class PlanDataset {

    private static final Shapes SHAPES = shapes();

    private PlanDataset() {
    }

    public static Dataset of(List<Plan> plans, Vocabulary vocabulary, Iris iris) {
        Dataset dataset = DatasetFactory.create();
        dataset.getDefaultModel().setNsPrefixes(Prefixes.ALL);
        dataset.addNamedModel(iris.vocabularyGraph(), vocabulary.model());
        for (Plan plan : plans) {
            dataset.addNamedModel(iris.graph(plan), PlanGraph.of(plan, iris));
        }
        return dataset;
    }

    /** Validates the union of all graphs, so that shapes see the ontology's class hierarchy. */
    public static ValidationReport validate(Dataset dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.listModelNames().forEachRemaining(name ->
                dataset.getNamedModel(name).getGraph().find().forEach(union::add));
        return ShaclValidator.get().validate(SHAPES, union);
    }

    /** Validates one graph, which must include the ontology for the class hierarchy. */
    public static ValidationReport validate(Model model) {
        return ShaclValidator.get().validate(SHAPES, model.getGraph());
    }

    public static Shapes shapes() {
        return Shapes.parse(shapesModel().getGraph());
    }

    /** ontology/shapes.ttl as written, with its prefixes: the shapes document /def/shapes serves. */
    public static Model shapesModel() {
        try (InputStream in = PlanDataset.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/shapes.ttl is not on the classpath");
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
