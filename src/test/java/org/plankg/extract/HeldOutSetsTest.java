package org.plankg.extract;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every plan of the held-out sets written after issue 24's reader (fixtures/heldout-5 … heldout-11, by
 * helpers who never saw the reader) is read as annotated or says it is not, and names no unit that
 * its text does not write. The facts a researcher can check in each set are in HeldOutFifthTest …
 * HeldOutEleventhTest.
 */
class HeldOutSetsTest {

    static Stream<Path> plans() {
        return Stream.of("heldout-5", "heldout-6", "heldout-7", "heldout-8", "heldout-9", "heldout-10", "heldout-11")
                .flatMap(set -> Evaluation.annotated(Path.of("src/test/resources/fixtures", set)).stream());
    }

    @ParameterizedTest
    @MethodSource("plans")
    void isReadAsAnnotatedOrSaysItIsNot(Path file) {
        Evaluation.assertReadOrFlagged(file);
        Evaluation.assertUnitsAsWritten(file);
    }
}
