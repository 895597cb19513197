package org.plankg.api;

import java.util.Map;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.plankg.format.RowStream;
import org.plankg.format.Table;
import org.plankg.question.AssignmentPages;
import org.springframework.http.ResponseEntity;
import org.plankg.query.BadParameterException;
import org.plankg.question.QuestionService;
import org.plankg.question.UnitItemPages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is responsible for what: all assignments, one unit's across districts (and where it sits in
 * the steering bodies), one item's per district.
 */
@RestController
class AssignmentsController {

    private final QuestionService questions;
    private final AssignmentPages pages;
    private final NationalMatrices matrices;
    private final UnitItemPages unitPages;

    /** Rows of a unit's lookup given at once unless asked otherwise, and the most given. */
    static final long UNIT_ROWS = 100;
    static final long MAX_UNIT_ROWS = 100_000;

    AssignmentsController(QuestionService questions, AssignmentPages pages, NationalMatrices matrices, UnitItemPages unitPages) {
        this.questions = questions;
        this.pages = pages;
        this.matrices = matrices;
        this.unitPages = unitPages;
    }

    /**
     * Every assignment, written while it is read, or a page of them ({@code offset}, {@code limit});
     * {@code X-Total-Count} gives the number of all rows, {@code Link} the next and previous pages.
     */
    @GetMapping("/api/assignments")
    ResponseEntity<RowStream> assignments(@RequestParam(required = false) Long offset,
                                          @RequestParam(required = false) Long limit, HttpServletRequest request) {
        long from = offset == null ? 0 : offset;
        if (from < 0) throw new BadParameterException("offset", "offset must be 0 or more, not " + from);
        if (limit != null && limit < 1) throw new BadParameterException("limit", "limit must be 1 or more, not " + limit);
        RowStream page = pages.page(from, limit);
        if (limit == null) return ResponseEntity.ok().header("X-Total-Count", String.valueOf(page.total())).body(page);
        return paged(page.total(), from, limit, request).body(page);
    }

    private static String link(HttpServletRequest request, long offset, long limit, String rel) {
        String query = request.getQueryString() == null ? "" : request.getQueryString()
                .replaceAll("(^|&)(offset|limit)=[^&]*", "").replaceAll("^&", "");
        return "<" + request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + "offset=" + offset
                + "&limit=" + limit + ">; rel=\"" + rel + "\"";
    }

    /**
     * What a unit does across districts, {@code limit} rows (100 unless given) from {@code offset}
     * on; {@code X-Total-Count} gives the number of all rows, {@code Link} the next and previous pages.
     * A first page of a lookup over many plans may come without {@code X-Total-Count}: it was read
     * from the first districts (see UnitItemPages); its {@code Link} next says that rows follow.
     */
    @GetMapping("/api/units/{name}/items")
    ResponseEntity<Table> unitItems(@PathVariable String name, @RequestParam(required = false) String role,
                                    @RequestParam(required = false) Long offset, @RequestParam(required = false) Long limit,
                                    HttpServletRequest request) {
        long from = offset == null ? 0 : offset;
        long size = limit == null ? UNIT_ROWS : limit;
        if (from < 0) throw new BadParameterException("offset", "offset must be 0 or more, not " + from);
        if (size < 1 || size > MAX_UNIT_ROWS) {
            throw new BadParameterException("limit", "limit must be between 1 and " + MAX_UNIT_ROWS + ", not " + size);
        }
        UnitItemPages.Page page = unitPages.page(name, role, from, size);
        if (page.total() != null) return paged(page.total(), from, size, request).body(page.rows());
        // a first page read from the first districts: rows follow it, their number comes with them
        return ResponseEntity.ok().header("Link", link(request, size, size, "next")).body(page.rows());
    }

    private static ResponseEntity.BodyBuilder paged(long total, long from, long limit, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", String.valueOf(total));
        List<String> links = new ArrayList<>();
        if (from + limit < total) links.add(link(request, from + limit, limit, "next"));
        if (from > 0) links.add(link(request, Math.max(0, from - limit), limit, "prev"));
        if (!links.isEmpty()) response.header("Link", String.join(", ", links));
        return response;
    }

    @GetMapping("/api/units/{name}/bodies")
    Table unitBodies(@PathVariable String name) {
        return questions.run("unit-bodies", Map.of("unit", name));
    }

    @GetMapping("/api/matrix")
    Table matrix(@RequestParam(required = false) String national, @RequestParam(required = false) String item) {
        if (national != null && !national.isBlank()) return matrices.of(national.strip());
        if (item != null && !item.isBlank()) return questions.run("item-matrix", Map.of("item", item));
        throw new BadParameterException("national", "give national (an outline key such as youth) or item (an item's name)");
    }
}
