package org.plankg.store;

import org.apache.jena.query.QueryFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** /actuator/health reports whether the SPARQL store answers, and what the last plan sync did. */
@Component("storeHealthIndicator")
class StoreHealth implements HealthIndicator {

    private final Store store;
    private final PlanSync sync;

    StoreHealth(Store store, PlanSync sync) {
        this.store = store;
        this.sync = sync;
    }

    @Override
    public Health health() {
        Health.Builder health;
        try {
            store.ask(QueryFactory.create("ASK {}"));
            health = Health.up();
        } catch (StoreUnavailableException | StoreRefillingException e) {
            health = Health.down().withDetail("error", e.getMessage());
        }
        health.withDetail("endpoint", store.endpoint()).withDetail("embedded", store.isEmbedded());
        PlanSync.Report last = sync.lastReport();
        if (last != null) health.withDetail("lastSync", last);
        return health.build();
    }
}
