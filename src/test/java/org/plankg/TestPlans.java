package org.plankg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A plans folder for a test: a copy of the shipped plans, and corrections written beside them. */
public final class TestPlans {

    public static final String FENGTAI = "000_64d43a6d2d8e1f87.txt";
    public static final String CORRECTIONS_HEADER = "change,item,task,unit,role,to,line,quote,reason,by,date\n";

    private TestPlans() {
    }

    /** The shipped plans copied into {@code dir}/plans. */
    public static Path copyShipped(Path dir) {
        try {
            Path plans = Files.createDirectories(dir.resolve("plans"));
            try (Stream<Path> shipped = Files.list(Path.of("data/plans"))) {
                for (Path p : shipped.toList()) Files.copy(p, plans.resolve(p.getFileName()));
            }
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shipped plans in a new temporary folder, 丰台's with one correction with {@code reason}:
     * 区科协, which line 75 lists among the 责任单位 of the 青少年科学素质行动, leads it.
     */
    public static Path withFengtaiYouthLead(String reason) {
        try {
            Path plans = copyShipped(Files.createTempDirectory("plankg-plans-"));
            Files.writeString(plans.resolve(FENGTAI + ".corrections.csv"), CORRECTIONS_HEADER
                    + "role,青少年科学素质行动,,区科协,participant,lead,75,,\"" + reason.replace("\"", "\"\"") + "\",王研究员,2026-12-01\n");
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
