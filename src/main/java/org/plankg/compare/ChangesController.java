package org.plankg.compare;

import org.plankg.format.Table;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What changed in a district between two of its plans ({@code from}, {@code to}: periods or years
 * as its plan ids end; the earliest and the latest by default): JSON with roles and tasks, CSV of
 * the role changes, and their SPARQL.
 */
@RestController
class ChangesController {

    private final PlanChanges changes;

    ChangesController(PlanChanges changes) {
        this.changes = changes;
    }

    @GetMapping(value = "/api/districts/{district}/changes", produces = "application/json")
    PlanChanges.Changes json(@PathVariable String district, @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to) {
        return changes.between(district, from, to);
    }

    /** The role changes, or with {@code part=tasks} the task changes. */
    @GetMapping(value = "/api/districts/{district}/changes", produces = "text/csv")
    Table csv(@PathVariable String district, @RequestParam(required = false) String from,
              @RequestParam(required = false) String to, @RequestParam(required = false) String part) {
        if ("tasks".equals(part)) return changes.tasks(district, from, to);
        if (part != null && !part.isBlank() && !part.equals("roles")) {
            throw new org.plankg.query.BadParameterException("part", "part must be roles or tasks, not " + part);
        }
        return changes.roles(district, from, to);
    }

    @GetMapping(value = "/api/districts/{district}/changes/sparql", produces = "text/plain;charset=UTF-8")
    String sparql(@PathVariable String district, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to) {
        return changes.sparql(district, from, to);
    }
}
