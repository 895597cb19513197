package org.plankg.load;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.plankg.query.Questions;
import org.plankg.store.StoreProperties;
import org.plankg.store.Store;
import org.plankg.store.StoreRefillingException;
import org.plankg.store.StoreUnavailableException;

/**
 * /actuator/health reports whether the SPARQL store answers, whether the embedded store's disk has
 * room for the next plans, and what the last plan sync did.
 */
@Component("storeHealthIndicator")
class StoreHealth implements HealthIndicator {

    private final Store store;
    private final PlanSync sync;
    private final StoreProperties properties;
    private final org.apache.jena.query.Query answers;

    StoreHealth(Store store, PlanSync sync, StoreProperties properties, Questions questions) {
        this.store = store;
        this.answers = questions.get("store-answers").query();
        this.sync = sync;
        this.properties = properties;
    }

    @Override
    public Health health() {
        Health.Builder health;
        try {
            store.ask(answers);
            health = Health.up();
        } catch (StoreUnavailableException | StoreRefillingException e) {
            health = Health.down().withDetail("error", e.getMessage());
        }
        health.withDetail("endpoint", store.endpoint()).withDetail("embedded", store.isEmbedded());
        long free = store.freeDisk();
        if (store.isEmbedded()) {
            health.withDetail("diskFree", free).withDetail("diskFreeMinimum", properties.minimumFreeDisk().toBytes());
            if (free < properties.minimumFreeDisk().toBytes()) {
                health.down().withDetail("disk", "the disk holding the store is nearly full: loading plans will fail");
            }
        }
        PlanSync.Report last = sync.lastReport();
        if (last != null) health.withDetail("lastSync", last);
        return health.build();
    }
}
