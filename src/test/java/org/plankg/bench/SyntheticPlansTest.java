package org.plankg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.extract.PlanParser;
import org.plankg.vocab.Vocabulary;

/** Enough synthetic districts for every county: 3,000 plans, each its own district. */
@Tag("slow")
class SyntheticPlansTest {

    @TempDir
    Path dir;

    @Test
    void threeThousandPlansEachOfItsOwnDistrict() throws Exception {
        Set<String> names = new HashSet<>();
        IntStream.range(0, 3000).forEach(i -> names.add(SyntheticPlans.inventedName(i)));
        assertEquals(3000, names.size(), "3,000 distinct names");
        List<Path> written = SyntheticPlans.write(Path.of("data/plans"), dir, 3000);
        assertEquals(3000, written.size());
        PlanParser parser = new PlanParser(Vocabulary.load());
        for (int i : new int[] {0, 1639, 1640, 2999}) {
            String district = parser.parse(written.get(i).getFileName().toString(), Files.readAllBytes(written.get(i))).district().name();
            assertEquals(SyntheticPlans.inventedName(i) + "区", district, "plan " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> SyntheticPlans.write(Path.of("data/plans"), dir.resolve("more"), 60 * 59 + 1));
    }
}
