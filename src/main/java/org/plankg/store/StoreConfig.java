package org.plankg.store;

import org.plankg.vocab.Iris;
import org.plankg.vocab.Vocabulary;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The store: an external Fuseki when {@code plankg.sparql.endpoint} is set, else an embedded one. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfig {

    @Bean(destroyMethod = "close")
    Store store(StoreProperties properties,
                @org.springframework.beans.factory.annotation.Value("${plankg.search.index:true}") boolean textIndex) {
        if (properties.sparql().external()) return Store.external(properties.sparql().endpoint());
        if (!textIndex) return Store.embedded(properties.data(), properties.sparql().timeout());
        return Store.embedded(properties.data(), properties.sparql().timeout(),
                tdb -> PlanTextIndex.wrap(tdb, properties.data().resolve("text-index")));
    }

    @Bean
    Vocabulary vocabulary() {
        return Vocabulary.load();
    }

    /** Instance IRIs under {@code plankg.base}: by default the service's own address, on its port. */
    @Bean
    Iris iris(@org.springframework.beans.factory.annotation.Value("${plankg.base}") String base) {
        if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalArgumentException("plankg.base must be an http(s) address without query or fragment, such as "
                    + "https://kg.example.edu/plankg/; it is " + base);
        }
        return new Iris(base);
    }
}
