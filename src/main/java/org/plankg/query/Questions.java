package org.plankg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plankg.vocab.Iris;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The questions of queries/*.rq, read and parsed once at start-up; a broken one stops start-up. */
@Component
public class Questions {

    private final Map<String, Question> byName = new LinkedHashMap<>();

    /** The questions with examples under the default base. */
    public Questions() {
        this(Iris.standard());
    }

    /**
     * The questions; the instance IRIs of their examples, written under the default base, name
     * {@code iris}' base. The vocabulary's IRIs are the same in every deployment, so the SPARQL is
     * used as written.
     */
    @Autowired
    public Questions(Iris iris) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:queries/*.rq");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                String name = file.getFilename().replaceFirst("\\.rq$", "");
                String text = file.getContentAsString(StandardCharsets.UTF_8).lines()
                        .map(line -> line.startsWith("# example:") ? line.replace(Iris.DEFAULT_BASE, iris.base()) : line)
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
                byName.put(name, Question.parse(name, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries/", e);
        }
        if (byName.isEmpty()) throw new IllegalStateException("no queries/*.rq on the classpath");
    }

    public List<Question> all() {
        return List.copyOf(byName.values());
    }

    /** The questions offered to researchers: all but the service's own ({@code # internal}). */
    public List<Question> offered() {
        return byName.values().stream().filter(q -> !q.internal()).toList();
    }

    public Optional<Question> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** A question the service itself relies on. */
    public Question get(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
    }
}
