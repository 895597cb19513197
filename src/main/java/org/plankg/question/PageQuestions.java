package org.plankg.question;

import java.util.Map;

import org.springframework.stereotype.Component;

/** The questions every view of the page starts from (main.js), and the charts view's first chart. */
@Component
class PageQuestions implements PageOpening {

    private static final String[] FIRST = {"vocabulary-labels", "plans", "items", "names", "chart-targets"};

    private final QuestionService questions;

    PageQuestions(QuestionService questions) {
        this.questions = questions;
    }

    @Override
    public void open() {
        for (String name : FIRST) questions.run(name, Map.of());
    }
}
