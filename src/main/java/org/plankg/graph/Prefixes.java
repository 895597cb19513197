package org.plankg.graph;

import java.util.Map;

import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;

/** The prefixes written into Turtle and TriG output. */
public final class Prefixes {

    public static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("pk", Pk.NS),
            Map.entry("role", Iris.DEFAULT_BASE + "def/role/"),
            Map.entry("outline", Iris.DEFAULT_BASE + "def/outline/"),
            Map.entry("category", Iris.DEFAULT_BASE + "def/category/"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"));

    /** The prefixes with namespaces under the given IRIs' base. */
    public static Map<String, String> under(Iris iris) {
        Map<String, String> moved = new java.util.HashMap<>();
        ALL.forEach((prefix, ns) -> moved.put(prefix, iris.rebase(ns)));
        return moved;
    }

    private Prefixes() {
    }
}
