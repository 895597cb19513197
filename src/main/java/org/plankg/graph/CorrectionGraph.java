package org.plankg.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.plankg.correct.CorrectedPlan;
import org.plankg.correct.Correction;
import org.plankg.plan.Assignment;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;

/**
 * A plan's corrections in PROV-O terms: each a pk:Correction (a prov:Activity) with who, when, why
 * and what it rests on, in the plan's corrections graph; the statements as read that it replaced or
 * removed, invalidated by it, and each corrected statement's pk:correctionNote (the corrections in
 * words, for answers to show); and in the plan's own graph, each corrected statement's pk:correction.
 */
public final class CorrectionGraph {

    private static final String PROV = "http://www.w3.org/ns/prov#";

    private CorrectionGraph() {
    }

    /** The corrections graph of a corrected plan; marks the corrected statements in {@code planGraph}. */
    public static Model of(CorrectedPlan corrected, String file, String sha256, Iris iris, Model planGraph) {
        Plan plan = corrected.plan();
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.ALL);
        Resource planNode = model.createResource(iris.plan(plan));
        planGraph.createResource(iris.plan(plan)).addProperty(Pk.correctionsFile, file).addProperty(Pk.correctionsSha256, sha256);
        for (Correction c : corrected.corrections()) {
            Resource r = model.createResource(iris.correction(plan, c.id()), Pk.Correction)
                    .addProperty(Pk.change, c.change().key())
                    .addProperty(Pk.reason, c.reason())
                    .addProperty(prov("wasAssociatedWith"), model.createResource()
                            .addProperty(RDF.type, model.createResource(PROV + "Agent"))
                            .addProperty(RDFS.label, c.by()))
                    .addLiteral(DCTerms.date, model.createTypedLiteral(c.date().toString(), XSDDatatype.XSDdate))
                    .addProperty(Pk.correctionsFile, c.file())
                    .addLiteral(Pk.correctionsLine, integer(model, c.line()))
                    .addProperty(prov("used"), planNode)
                    .addProperty(RDFS.label, label(c), "zh");
            if (!c.quote().isEmpty()) r.addProperty(Pk.quote, c.quote());
            if (c.planLine() != null) r.addLiteral(Pk.sourceLine, integer(model, c.planLine()));
        }
        for (Assignment a : plan.assignments()) {
            Set<Correction> marks = corrected.marksOf(a);
            for (Correction c : marks) {
                planGraph.createResource(assignment(iris, plan, a)).addProperty(Pk.correction, planGraph.createResource(iris.correction(plan, c.id())));
            }
            if (!marks.isEmpty()) model.createResource(assignment(iris, plan, a)).addProperty(Pk.correctionNote, note(marks));
            for (Correction c : corrected.assignmentMarks().getOrDefault(CorrectedPlan.Ref.of(a), Set.of())) {
                model.createResource(iris.correction(plan, c.id())).addProperty(prov("generated"), model.createResource(assignment(iris, plan, a)));
            }
        }
        for (Item item : plan.items()) {
            Set<Correction> marks = corrected.itemMarks().getOrDefault(item.name(), Set.of());
            marks.forEach(c -> planGraph.createResource(iris.item(plan, item))
                    .addProperty(Pk.correction, planGraph.createResource(iris.correction(plan, c.id()))));
            // an item's note covers its rows too, so that a table of items reads one note per item
            Set<Correction> behind = new java.util.LinkedHashSet<>(marks);
            plan.assignments().stream().filter(a -> a.item() != null && a.item().name().equals(item.name()))
                    .forEach(a -> behind.addAll(corrected.marksOf(a)));
            if (!behind.isEmpty()) model.createResource(iris.item(plan, item)).addProperty(Pk.correctionNote, note(behind));
        }
        plan.units().forEach(u -> corrected.unitMarks().getOrDefault(u.name(), Set.of()).forEach(c -> planGraph
                .createResource(iris.unit(plan.district(), u)).addProperty(Pk.correction, planGraph.createResource(iris.correction(plan, c.id())))));
        invalidated(corrected, iris, model);
        return model;
    }

    private static void invalidated(CorrectedPlan corrected, Iris iris, Model model) {
        Plan plan = corrected.plan();
        for (Map.Entry<Correction, List<CorrectedPlan.Replacement>> e : corrected.replaced().entrySet()) {
            Resource correction = model.createResource(iris.correction(plan, e.getKey().id()));
            for (CorrectedPlan.Replacement replacement : e.getValue()) {
                Assignment old = replacement.asRead();
                Resource asRead = model.createResource(assignment(iris, plan, old))
                        .addProperty(prov("wasInvalidatedBy"), correction)
                        .addProperty(Pk.quote, old.quote())
                        .addLiteral(Pk.sourceLine, integer(model, old.line()))
                        .addProperty(RDFS.label, old.unit().name() + " · " + old.role().key() + " · "
                                + (old.item() == null ? "方案" : old.item().name()) + (old.task() == null ? "" : " " + old.task()), "zh");
                correction.addProperty(prov("invalidated"), asRead);
                if (replacement.now() != null) {
                    model.createResource(assignment(iris, plan, replacement.now())).addProperty(prov("wasRevisionOf"), asRead);
                }
            }
        }
    }

    private static String assignment(Iris iris, Plan plan, Assignment a) {
        return PlanGraph.assignmentIri(iris, plan, a);
    }

    /** The corrections behind a statement in words, as answers show them: reason — who, date, joined by " | ". */
    static String note(Set<Correction> corrections) {
        return String.join(" | ", corrections.stream().map(c -> c.reason() + " — " + c.by() + ", " + c.date()).toList());
    }

    private static String label(Correction c) {
        return c.change().key() + ": " + String.join(" · ", java.util.stream.Stream.of(c.unit(), c.role() == null ? "" : c.role().key(),
                c.item(), c.task() == null ? "" : c.task().toString(), c.to()).filter(s -> !s.isEmpty()).toList());
    }

    private static Property prov(String local) {
        return ResourceFactory.createProperty(PROV + local);
    }

    private static org.apache.jena.rdf.model.Literal integer(Model model, int value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }
}
