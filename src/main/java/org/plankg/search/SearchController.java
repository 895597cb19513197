package org.plankg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.plankg.format.Table;
import org.plankg.query.BadParameterException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: ranked hits as JSON, or CSV; {@code /api/search/sparql}: the query sent. */
@RestController
class SearchController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 500;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping(value = "/api/search", produces = "application/json")
    ResponseEntity<List<SearchHit>> json(@RequestParam(required = false) String q,
                                         @RequestParam(required = false) String district,
                                         @RequestParam(required = false) String national,
                                         @RequestParam(required = false) String role,
                                         @RequestParam(required = false) Integer limit,
                                         @RequestParam(required = false) Integer offset) {
        SearchService.Filters filters = new SearchService.Filters(district, national, role);
        SearchService.Page page = page(q, filters, limit, offset);
        return headers(page).body(search.withUnits(page.hits(), filters));
    }

    @GetMapping(value = "/api/search", produces = "text/csv")
    ResponseEntity<Table> csv(@RequestParam(required = false) String q,
                              @RequestParam(required = false) String district,
                              @RequestParam(required = false) String national,
                              @RequestParam(required = false) String role,
                              @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) Integer offset) {
        SearchService.Filters filters = new SearchService.Filters(district, national, role);
        SearchService.Page page = page(q, filters, limit, offset);
        List<List<Object>> rows = new ArrayList<>();
        for (SearchHit h : search.withUnits(page.hits(), filters)) {
            rows.add(java.util.Arrays.asList(h.district(), h.province(), h.city(), h.item(), h.national(), h.task(),
                    h.snippet(), h.units().stream().map(u -> u.name() + " (" + u.role() + ")").collect(Collectors.joining("、")),
                    h.source(), h.score()));
        }
        Table table = new Table(List.of("district", "province", "city", "item", "national", "task", "snippet", "units",
                "source", "score"), rows);
        return headers(page).body(table);
    }

    @GetMapping(value = "/api/search/sparql", produces = "text/plain;charset=UTF-8")
    String sparql(@RequestParam(required = false) String q, @RequestParam(required = false) String district,
                  @RequestParam(required = false) String national, @RequestParam(required = false) String role) {
        return search.sparql(q, new SearchService.Filters(district, national, role)).serialize();
    }

    /**
     * {@code X-Total-Count}: the number of hits, when known (every matching passage read);
     * {@code X-Passage-Count}: the passages the text index matches; {@code X-More-Hits}: whether
     * a further page may hold hits.
     */
    private static ResponseEntity.BodyBuilder headers(SearchService.Page page) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header("X-Passage-Count", String.valueOf(page.passages()))
                .header("X-More-Hits", String.valueOf(page.more()));
        if (page.total() != null) response.header("X-Total-Count", String.valueOf(page.total()));
        return response;
    }

    private SearchService.Page page(String q, SearchService.Filters filters, Integer limit, Integer offset) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        int from = offset == null ? 0 : offset;
        if (size < 1 || size > MAX_LIMIT) {
            throw new BadParameterException("limit", "limit must be between 1 and " + MAX_LIMIT + ", not " + size);
        }
        if (from < 0) throw new BadParameterException("offset", "offset must be 0 or more, not " + from);
        return search.page(q, filters, from, size);
    }
}
