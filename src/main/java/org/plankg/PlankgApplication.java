package org.plankg;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The service: every component under {@code org.plankg}. It is started by {@link org.plankg.cli.Main}
 * (the jar's entry point, which also runs {@code extract} and {@code bench}) and by the tests.
 */
@SpringBootApplication
public class PlankgApplication {
}
