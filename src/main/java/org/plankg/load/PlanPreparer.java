package org.plankg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.plankg.correct.CorrectedPlan;
import org.plankg.correct.CorrectionException;
import org.plankg.correct.CorrectionsFile;
import org.plankg.correct.Corrector;
import org.plankg.extract.PlanFormatException;
import org.plankg.extract.PlanParser;
import org.plankg.extract.PlanWithText;
import org.plankg.graph.CorrectionGraph;
import org.plankg.graph.PlanDataset;
import org.plankg.graph.PlanGraph;
import org.plankg.plan.Plan;
import org.plankg.read.DocumentReader;
import org.plankg.read.UnreadableException;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.plankg.vocab.Vocabulary;

/**
 * Reads a plan file and applies its corrections file, if it has one: the graphs to store, checked
 * against the shapes, or why the plan cannot be stored as it is now.
 */
final class PlanPreparer {

    /**
     * A plan file whose content (or whose corrections) is not in the store yet, with the graphs it
     * had there. Read again when its turn comes: 3,000 plans' bytes held at once would fill a
     * container's heap.
     */
    record Pending(String source, Path file, Corrections corrections, List<PlanSync.StoredGraph> earlier) {
    }

    /** A plan's corrections file: its name, content and hash. */
    record Corrections(String file, byte[] bytes, String sha256) {
    }

    /** A pending plan read and checked: its graphs, or why it could not be read. */
    record Prepared(Pending pending, Plan plan, String graph, Model model, String correctionsGraph, Model corrections,
                    String error) {

        static Prepared failed(Pending pending, String error) {
            return new Prepared(pending, null, null, null, null, null, error);
        }
    }

    private final Vocabulary vocabulary;
    private final Iris iris;
    private final PlanParser parser;
    private final Corrector corrector;
    private final DocumentReader reader;

    PlanPreparer(Vocabulary vocabulary, Iris iris, DocumentReader reader) {
        this.vocabulary = vocabulary;
        this.iris = iris;
        this.reader = reader;
        this.parser = new PlanParser(vocabulary, reader);
        this.corrector = new Corrector(vocabulary);
    }

    Prepared prepare(Pending pending) {
        try {
            reader.checkSize(pending.file());
            PlanWithText read = parser.read(pending.source(), Files.readAllBytes(pending.file()));
            CorrectedPlan corrected = CorrectedPlan.asRead(read.plan());
            if (pending.corrections() != null) {
                Corrections file = pending.corrections();
                corrected = corrector.apply(read, CorrectionsFile.read(file.file(), file.bytes()));
            }
            Plan plan = corrected.plan();
            Model model = PlanGraph.of(plan, iris);
            model.createResource(iris.plan(plan)).addLiteral(DCTerms.modified,
                    model.createTypedLiteral(java.util.Calendar.getInstance())).addProperty(Pk.readWith, vocabulary.readerId());
            Model corrections = pending.corrections() == null ? null : CorrectionGraph.of(corrected,
                    pending.corrections().file(), pending.corrections().sha256(), iris, model);
            Model checked = model.union(vocabulary.model());
            ValidationReport report = PlanDataset.validate(corrections == null ? checked : checked.union(corrections));
            if (!report.conforms()) throw new PlanFormatException("its graph does not conform to the shapes");
            return new Prepared(pending, plan, iris.graph(plan), model,
                    corrections == null ? null : iris.correctionsGraph(plan), corrections, null);
        } catch (PlanFormatException | IOException | UnreadableException e) {
            return Prepared.failed(pending, e.getMessage());
        } catch (CorrectionException e) {
            return Prepared.failed(pending, "its corrections do not apply, so the stored version is kept: "
                    + String.join("; ", e.problems()));
        }
    }
}
