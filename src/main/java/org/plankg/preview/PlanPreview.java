package org.plankg.preview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.plankg.correct.CorrectedPlan;
import org.plankg.correct.Correction;
import org.plankg.correct.CorrectionsTemplate;
import org.plankg.extract.PlanWithText;
import org.plankg.graph.CorrectionGraph;
import org.plankg.graph.PlanGraph;
import org.plankg.plan.Plan;
import org.plankg.plan.SourceText;
import org.plankg.question.PlanOverview;
import org.plankg.question.QuestionService;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Vocabulary;

/**
 * What a researcher sees of a plan file before it joins the graph: the plan as the plan view shows
 * a stored one (built by the same questions, on the plan's own graph), its text line by line with
 * the lines that gave assignments and those that read like responsibility but gave none, the unit
 * names the vocabulary does not know, the reader's warnings, and its corrections file to start from.
 */
final class PlanPreview {

    private final QuestionService questions;
    private final Vocabulary vocabulary;
    private final Iris iris;

    PlanPreview(QuestionService questions, Vocabulary vocabulary, Iris iris) {
        this.questions = questions;
        this.vocabulary = vocabulary;
        this.iris = iris;
    }

    Map<String, Object> of(PlanWithText read, CorrectedPlan corrected, String correctionsFile) {
        Plan plan = corrected.plan();
        Dataset dataset = DatasetFactory.create();
        Model graph = PlanGraph.of(plan, iris);
        if (correctionsFile != null) {
            dataset.addNamedModel(iris.correctionsGraph(plan), CorrectionGraph.of(corrected, correctionsFile, "", iris, graph));
        }
        dataset.addNamedModel(iris.graph(plan), graph);
        dataset.addNamedModel(iris.vocabularyGraph(), vocabulary.model());
        PlanOverview overview = new PlanOverview((name, arguments) -> questions.runOn(dataset, name, arguments));
        Map<String, Object> row = questions.runOn(dataset, "plans", Map.of()).records().get(0);
        Map<String, Object> preview = overview.of(row, plan.warnings().stream().map(plan::describe).toList());
        preview.put("text", lines(read.text(), plan));
        preview.put("unknownUnits", plan.coverage().unknownUnits());
        preview.put("summary", plan.coverage().summary());
        preview.put("corrections", corrected.corrections().stream().map(Correction::where).toList());
        preview.put("template", CorrectionsTemplate.csv(read.plan(), corrected.corrections()));
        return preview;
    }

    /** Each line of the text: where it is, whether an assignment was read from it, whether it read like one but gave none. */
    private static List<Map<String, Object>> lines(SourceText text, Plan plan) {
        Set<Integer> used = new HashSet<>();
        plan.assignments().forEach(a -> used.add(a.line()));
        Set<Integer> unread = new HashSet<>(plan.coverage().unreadLines());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SourceText.Line line : text.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("line", line.position());
            l.put("at", plan.file().locate(line.position()));
            l.put("text", line.text());
            l.put("read", used.contains(line.position()));
            l.put("unread", unread.contains(line.position()));
            lines.add(l);
        }
        return lines;
    }
}
