package org.plankg.sparql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.plankg.query.BadParameterException;

/**
 * Queries too deep to be worth running are refused before they run, with a 400 that says so: a
 * query text nested deeper than {@link #MAX_NESTING} braces or brackets (checked before it is
 * parsed), or an expression nested deeper than {@link #MAX_EXPRESSION_DEPTH} (a sum of 20,000
 * terms is 20,000 deep). Either would otherwise hold a slot until the time limit, or overflow the
 * stack, for an answer no researcher needs.
 */
final class QueryShape {

    static final int MAX_NESTING = 64;
    static final int MAX_EXPRESSION_DEPTH = 256;

    private QueryShape() {
    }

    /** The deepest nesting of { } and ( ) in the text, strings, IRIs and comments aside. */
    static void checkNesting(String text) {
        int depth = 0;
        int deepest = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
                continue;
            }
            switch (c) {
                case '"', '\'' -> quote = c;
                case '<' -> {
                    int end = text.indexOf('>', i);
                    int space = indexOfSpace(text, i);
                    if (end > i && (space < 0 || end < space)) i = end; // an IRI, not a less-than
                }
                case '#' -> {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? text.length() : end;
                }
                case '{', '(', '[' -> deepest = Math.max(deepest, ++depth);
                case '}', ')', ']' -> depth--;
                default -> {
                }
            }
        }
        if (deepest > MAX_NESTING) {
            throw new BadParameterException("query", "the query is nested " + deepest + " levels deep; queries are limited to "
                    + MAX_NESTING + " levels of braces and brackets");
        }
    }

    private static int indexOfSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) return i;
        }
        return -1;
    }

    /** The deepest expression of the query: its filters, binds, projections, grouping, having and order. */
    static void checkExpressions(Query query) {
        List<Expr> roots = new ArrayList<>();
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementFilter filter) {
                    roots.add(filter.getExpr());
                }

                @Override
                public void visit(ElementBind bind) {
                    roots.add(bind.getExpr());
                }
            });
        }
        if (query.getProject() != null) roots.addAll(query.getProject().getExprs().values());
        if (query.getGroupBy() != null) roots.addAll(query.getGroupBy().getExprs().values());
        if (query.getHavingExprs() != null) roots.addAll(query.getHavingExprs());
        if (query.getOrderBy() != null) query.getOrderBy().stream().map(SortCondition::getExpression).forEach(roots::add);
        for (Expr root : roots) {
            int depth = depth(root);
            if (depth > MAX_EXPRESSION_DEPTH) {
                throw new BadParameterException("query", "an expression of the query is nested " + depth
                        + " levels deep; expressions are limited to " + MAX_EXPRESSION_DEPTH + " levels");
            }
        }
    }

    /** Walked with a stack of its own: the expressions refused here would overflow a recursive walk. */
    private static int depth(Expr root) {
        record At(Expr expr, int depth) {
        }
        Deque<At> stack = new ArrayDeque<>(List.of(new At(root, 1)));
        int deepest = 0;
        while (!stack.isEmpty()) {
            At at = stack.pop();
            deepest = Math.max(deepest, at.depth());
            if (deepest > MAX_EXPRESSION_DEPTH) return deepest;
            if (at.expr() instanceof ExprFunction function) {
                for (Expr arg : function.getArgs()) stack.push(new At(arg, at.depth() + 1));
            }
        }
        return deepest;
    }
}
