package org.plankg.graph;

import java.util.Map;

import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;

/** The prefixes written into Turtle and TriG output. */
public final class Prefixes {

    public static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("pk", Pk.NS),
            Map.entry("role", Iris.VOCABULARY + "role/"),
            Map.entry("outline", Iris.VOCABULARY + "outline/"),
            Map.entry("category", Iris.VOCABULARY + "category/"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"));

    private Prefixes() {
    }
}
