package org.plankg.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the plans and the store are: {@code plankg.plans}, {@code plankg.data} (the embedded TDB2
 * directory), {@code plankg.sparql.endpoint} (an external Fuseki dataset; nothing embedded starts
 * when it is set), how often the plans folder and the store are compared, what a plan file that
 * shrank does, and below how much free disk under {@code plankg.data} health reports the store down.
 */
@ConfigurationProperties("plankg")
public record StoreProperties(
        @DefaultValue("data/plans") Path plans,
        @DefaultValue("plankg-data") Path data,
        @DefaultValue Sparql sparql,
        @DefaultValue("10s") Duration syncInterval,
        @DefaultValue("keep") ShrunkPlans shrunkPlans,
        @DefaultValue("64MB") org.springframework.util.unit.DataSize minimumFreeDisk) {

    /**
     * {@code plankg.shrunk-plans}: what a plan file that now reads as far less than its stored
     * version does (a download cut short, a bad re-save): {@code keep} the stored version, or
     * {@code replace} it; a warning is given either way.
     */
    public enum ShrunkPlans { KEEP, REPLACE }

    /**
     * The public SPARQL endpoint's limits: {@code timeout} per query (enforced by the store),
     * {@code concurrent-queries} running at once, {@code waiting-queries} in line behind them (one
     * more gets 429), and {@code max-rows} rows or triples per answer.
     */
    public record Sparql(String endpoint, @DefaultValue("10s") Duration timeout,
                         @DefaultValue("4") int concurrentQueries, @DefaultValue("32") int waitingQueries,
                         @DefaultValue("200000") long maxRows) {
        public boolean external() {
            return endpoint != null && !endpoint.isBlank();
        }
    }
}
