package org.plankg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The packages' layers, floor first (README, "The packages"): a package imports only from the
 * layers below it, never from a layer above, and the features of the same layer not from each
 * other. A new upward or sideways import, or a cycle, fails here; move the type down instead.
 */
class LayersTest {

    /** Floor first; each entry is one layer, its packages relative to org.plankg ("" is the root). */
    static final List<List<String>> LAYERS = List.of(
            List.of("plan"),                 // the plan model: records of what a plan says
            List.of("vocab"),                // the vocabulary and IRIs
            List.of("format"),               // tables, JSON/CSV rows, RDF formats
            List.of("read"),                 // files as documents
            List.of("extract"),              // documents as plans
            List.of("correct"),              // researchers' corrections applied to plans as read
            List.of("graph"),                // plans as RDF
            List.of("store"),                // the store: embedded or external Fuseki, the text index
            List.of("query"),                // the query files and their parameters
            List.of("load"),                 // keeping the store in step with the plan folder
            List.of("question"),             // answering questions, the answer cache
            List.of("api", "network", "search", "compare", "linkeddata", "sparql", "preview"), // the features
            List.of("web"),                  // error answers and converters for every feature
            List.of(""),                     // the Spring application
            List.of("bench"),                // the benchmark
            List.of("cli"));                 // the jar's entry point and the extract command

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.plankg");

    @TestFactory
    Stream<DynamicTest> noLayerImportsFromALayerAbove() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            List<String> above = LAYERS.subList(i + 1, LAYERS.size()).stream().flatMap(List::stream).toList();
            for (String layer : LAYERS.get(i)) {
                tests.add(DynamicTest.dynamicTest(name(layer) + " imports nothing from above it", () ->
                        noClasses().that().resideInAPackage(pattern(layer))
                                .should().dependOnClassesThat().resideInAnyPackage(patterns(above))
                                .check(CLASSES)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> featuresDoNotImportEachOther() {
        List<String> features = LAYERS.stream().filter(layer -> layer.size() > 1).findFirst().orElseThrow();
        return features.stream().map(feature -> DynamicTest.dynamicTest(feature + " imports no other feature", () ->
                noClasses().that().resideInAPackage(pattern(feature))
                        .should().dependOnClassesThat().resideInAnyPackage(
                                patterns(features.stream().filter(other -> !other.equals(feature)).toList()))
                        .check(CLASSES)));
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("org.plankg.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPackageHasItsLayer() {
        List<String> known = LAYERS.stream().flatMap(List::stream).toList();
        classes().should().resideInAnyPackage(patterns(known))
                .because("every package of org.plankg belongs to a layer of LayersTest.LAYERS")
                .check(CLASSES);
    }

    private static String name(String layer) {
        return layer.isEmpty() ? "org.plankg" : layer;
    }

    private static String pattern(String layer) {
        return layer.isEmpty() ? "org.plankg" : "org.plankg." + layer + "..";
    }

    private static String[] patterns(List<String> layers) {
        return layers.stream().map(LayersTest::pattern).toArray(String[]::new);
    }
}
