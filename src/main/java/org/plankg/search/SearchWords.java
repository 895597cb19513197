package org.plankg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.plankg.query.BadParameterException;
import org.plankg.store.PlanTextIndex;

/**
 * What a researcher typed: words and "quoted phrases", all of which must match. Each becomes a
 * Lucene phrase of its smartcn words (应急科普 matches 应急 followed by 科普), so nothing typed is
 * read as Lucene syntax: a query is built here, never passed through.
 */
record SearchWords(List<String> phrases) {

    static final int MAX_LENGTH = 200;
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Analyzer ANALYZER = PlanTextIndex.analyzer();

    static SearchWords parse(String q) {
        if (q == null || q.isBlank()) throw new BadParameterException("q", "q must give the words to search for");
        if (q.length() > MAX_LENGTH) {
            throw new BadParameterException("q", "q is longer than " + MAX_LENGTH + " characters");
        }
        if (q.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new BadParameterException("q", "q has an unclosed quote: put a phrase between two \" marks");
        }
        List<String> phrases = new ArrayList<>();
        Matcher m = PART.matcher(q);
        while (m.find()) {
            String phrase = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (phrase.isEmpty()) continue;
            if (words(phrase).isEmpty()) {
                throw new BadParameterException("q", "\"" + phrase + "\" has no word that can be searched for "
                        + "(punctuation and words such as 的 or 和 are not indexed)");
            }
            phrases.add(phrase);
        }
        if (phrases.isEmpty()) throw new BadParameterException("q", "q must give the words to search for");
        return new SearchWords(List.copyOf(phrases));
    }

    /** The Lucene query: every phrase required; with {@code graphs}, only in those plan graphs. */
    String lucene(List<String> graphs) {
        StringBuilder query = new StringBuilder();
        for (String phrase : phrases) {
            query.append("+\"").append(phrase.replace("\\", "\\\\")).append("\" ");
        }
        if (!graphs.isEmpty()) {
            query.append("+(");
            graphs.forEach(g -> query.append("graph:").append(QueryParserBase.escape(g)).append(' '));
            query.append(')');
        }
        return query.toString().strip();
    }

    /** The words smartcn reads in a text, as the index has them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream(PlanTextIndex.FIELD, text)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) words.add(term.toString());
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
