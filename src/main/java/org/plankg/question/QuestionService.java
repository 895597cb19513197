package org.plankg.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;
import org.apache.jena.query.Query;
import org.plankg.plan.Role;
import org.plankg.format.Table;
import org.plankg.query.Question.Parameter;
import org.plankg.store.Store;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Vocabulary;
import org.springframework.stereotype.Service;
import org.plankg.query.Question;
import org.plankg.query.Questions;
import org.plankg.query.BadParameterException;
import org.plankg.query.UnknownNameException;

/**
 * Answers questions: turns the text of request parameters into RDF terms by each parameter's
 * type (a role key into the role's IRI, a unit's spelling into the IRIs of the units it names),
 * binds them into the question's query and runs it on the store.
 */
@Service
public class QuestionService {

    private final Store store;
    private final Questions questions;
    private final Vocabulary vocabulary;
    private final Iris iris;
    private final AnswerCache<Table> cache = AnswerCache.ofTables();

    QuestionService(Store store, Questions questions, Vocabulary vocabulary, Iris iris) {
        this.store = store;
        this.questions = questions;
        this.vocabulary = vocabulary;
        this.iris = iris;
    }

    public Question question(String name) {
        return questions.find(name).orElseThrow(() -> unknown(name));
    }

    /** A question researchers may ask; the service's own ({@code # internal}) are not offered. */
    public Question offered(String name) {
        return questions.find(name).filter(q -> !q.internal()).orElseThrow(() -> unknown(name));
    }

    private UnknownNameException unknown(String name) {
        return new UnknownNameException("no question named " + name,
                Suggestions.closest(name, questions.offered().stream().map(Question::name).toList()));
    }

    /** The question's answer; kept until the store's content changes (see {@link Store#version()}). */
    public Table run(String name, Map<String, String> arguments) {
        Question question = question(name);
        String key = name + "?" + new java.util.TreeMap<>(arguments);
        return cache.get(key, store.version(), () -> Table.of(store.select(bind(question, arguments))));
    }

    /** The plans in the store, by graph, each with what identifies its content; ordered by graph. */
    public List<StoredPlan> storedPlans() {
        return run("stored-plans", Map.of()).records().stream()
                .map(r -> new StoredPlan((String) r.get("graph"),
                        StoredPlan.content((String) r.get("sha256"), (String) r.get("correctionsSha256"), (String) r.get("readWith"))))
                .distinct().sorted(java.util.Comparator.comparing(StoredPlan::graph)).toList();
    }

    /** A bound question's answer, asked of the store now and not kept (for answers kept elsewhere). */
    public Table runUncached(Query query) {
        return Table.of(store.select(query));
    }

    /** A bound question's answer on a dataset of the caller's own, never cached. */
    public Table runOn(org.apache.jena.query.Dataset dataset, Query query) {
        try (org.apache.jena.query.QueryExecution execution = org.apache.jena.query.QueryExecution.dataset(dataset)
                .query(query).build()) {
            return Table.of(execution.execSelect());
        }
    }

    /** The question's answer on a dataset of the caller's own (a plan being previewed), not on the store; never cached. */
    public Table runOn(org.apache.jena.query.Dataset dataset, String name, Map<String, String> arguments) {
        return runOn(dataset, bind(question(name), arguments));
    }

    /** The graph a CONSTRUCT question gives. */
    public org.apache.jena.rdf.model.Model graph(String name, Map<String, String> arguments) {
        return store.construct(bind(question(name), arguments));
    }

    /**
     * The question's answer with some parameters bound row by row to IRIs besides the arguments
     * ({@code together}: each parameter's column, all of one length; see {@link Question#bind(Map, Map)});
     * kept until the store's content changes.
     */
    public Table run(String name, Map<String, String> arguments, Map<String, List<String>> together) {
        Question question = question(name);
        String key = name + "?" + new java.util.TreeMap<>(arguments) + "&" + new java.util.TreeMap<>(together);
        return cache.get(key, store.version(), () -> {
            Map<String, List<Node>> columns = new LinkedHashMap<>();
            together.forEach((parameter, iris) -> columns.put(parameter, iris.stream().map(NodeFactory::createURI).toList()));
            return Table.of(store.select(question.bind(values(question, arguments), columns)));
        });
    }

    /** The question's query with the arguments bound, as it is sent to the store. */
    public Query bind(Question question, Map<String, String> arguments) {
        return question.bind(values(question, arguments));
    }

    private Map<String, List<Node>> values(Question question, Map<String, String> arguments) {
        for (String given : arguments.keySet()) {
            if (question.parameters().stream().noneMatch(p -> p.name().equals(given))) {
                throw new BadParameterException(given, given + " is not a parameter of " + question.name()
                        + "; its parameters: " + question.parameters().stream().map(Parameter::name).toList());
            }
        }
        arguments.forEach(QuestionService::requirePrintable);
        Map<String, List<Node>> values = new LinkedHashMap<>();
        for (Parameter p : question.parameters()) {
            String text = arguments.get(p.name());
            if (text != null && !text.isBlank()) values.put(p.name(), nodes(p, text.strip()));
        }
        return values;
    }

    private List<Node> nodes(Parameter p, String text) {
        return switch (p.type()) {
            case TEXT -> List.of(NodeFactory.createLiteralString(text));
            case INTEGER -> List.of(NodeFactory.createLiteralByValue(integer(p, text)));
            case IRI -> List.of(NodeFactory.createURI(iri(p, text)));
            case ROLE -> List.of(NodeFactory.createURI(iris.role(role(p, text))));
            case OUTLINE -> List.of(NodeFactory.createURI(iris.outline(outline(p, text))));
            case UNIT -> units(text).stream().map(NodeFactory::createURI).toList();
        };
    }

    /** How a unit may be written in a plan when a researcher types this: 科协 is also 区科协 and 区委科协. */
    public List<String> spellings(String spelling) {
        requirePrintable("name", spelling);
        List<String> spellings = new ArrayList<>(List.of(spelling));
        if (!spelling.startsWith("区")) spellings.addAll(List.of("区" + spelling, "区委" + spelling));
        return spellings;
    }

    /** The IRIs of the units a spelling names: 科协 → every 区科协; 区教委 → every education authority. */
    public List<String> units(String spelling) {
        List<String> spellings = spellings(spelling);
        Question find = questions.get("find-units");
        // one query per spelling: each is an exact, indexed label match
        List<String> units = spellings.stream()
                .flatMap(s -> cache.get("find-units?" + s, store.version(), () -> Table.of(store.select(
                        find.bind(Map.of("spelling", List.of(NodeFactory.createLiteralString(s))))))).records().stream())
                .map(r -> (String) r.get("unit")).distinct().toList();
        if (units.isEmpty()) {
            List<String> known = run("unit-names", Map.of()).records().stream().map(r -> (String) r.get("name")).toList();
            throw new UnknownNameException("no unit or unit category is named " + spelling,
                    Suggestions.closest(spelling, known));
        }
        return units;
    }

    /** No name or value in a plan holds a control character; one in a request is the caller's mistake. */
    private static void requirePrintable(String name, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameterException(name, name + " contains control characters");
        }
    }

    private static long integer(Parameter p, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadParameterException(p.name(), p.name() + " must be a whole number, not " + text);
        }
    }

    private static String iri(Parameter p, String text) {
        try {
            IRIs.checkEx(text);
            if (!text.startsWith("http://") && !text.startsWith("https://")) throw new IRIException("not http(s)");
            return text;
        } catch (IRIException e) {
            throw new BadParameterException(p.name(), p.name() + " must be an http IRI, not " + text);
        }
    }

    private static Role role(Parameter p, String key) {
        return Arrays.stream(Role.values()).filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new BadParameterException(p.name(), p.name() + " must be one of "
                        + Arrays.stream(Role.values()).map(Role::key).toList() + ", not " + key));
    }

    private String outline(Parameter p, String key) {
        List<String> keys = vocabulary.outline().stream().map(Vocabulary.OutlineConcept::key).toList();
        if (!keys.contains(key)) {
            throw new BadParameterException(p.name(), p.name() + " must be one of " + keys + ", not " + key);
        }
        return key;
    }
}
