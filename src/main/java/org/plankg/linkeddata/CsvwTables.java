package org.plankg.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plankg.vocab.Pk;

/**
 * The CSV tables of a release and their CSV on the Web (W3C CSVW) metadata: each column mapped to
 * the ontology's term, so that a CSVW processor turns the tables back into the graph's triples
 * (its IRIs in their URI form: non-ASCII characters percent-encoded, as URI templates expand them).
 */
final class CsvwTables {

    private static final String PK = Pk.NS;
    private static final String PROV = "http://www.w3.org/ns/prov#";

    /** A column: its name (the query's variable), what it maps to, and how its cells read. */
    record Column(String name, String description, String propertyUrl, String valueUrl, String datatype, String lang,
                  String aboutUrl, boolean required) {

        static Column iri(String name, String description, String property) {
            return new Column(name, description, property, "{+" + name + "}", null, null, null, true);
        }

        static Column text(String name, String description, String property, String datatype, String lang) {
            return new Column(name, description, property, null, datatype, lang, null, false);
        }

        /** A column for readers, not mapped: the same fact is in an IRI column. */
        static Column readable(String name, String description) {
            return new Column(name, description, null, null, null, null, null, false);
        }

        Column optional() {
            return new Column(name, description, propertyUrl, valueUrl, datatype, lang, aboutUrl, false);
        }

        Column withValue(String template) {
            return new Column(name, description, propertyUrl, template, datatype, lang, aboutUrl, required);
        }

        Column about(String template) {
            return new Column(name, description, propertyUrl, valueUrl, datatype, lang, template, required);
        }
    }

    /** A table: its file, the query that fills it, its key column (each row is about it), its type, its columns and primary key. */
    record Table(String file, String title, String query, String key, String type, List<Column> columns, List<String> primaryKey) {

        Table(String file, String title, String query, String key, String type, List<Column> columns) {
            this(file, title, query, key, type, columns, List.of(key));
        }
    }

    static final List<Table> TABLES = List.of(
            new Table("assignments.csv", "职责 / Assignments", "csv-assignments", "assignment", PK + "Assignment", List.of(
                    Column.readable("assignment", "the assignment's IRI"),
                    Column.iri("plan", "the plan it is read from", PROV + "wasDerivedFrom"),
                    Column.iri("target", "what it assigns: a task, an item (action or project) or the plan itself", PK + "assignedTo"),
                    Column.iri("unit", "the unit", PROV + "agent"),
                    Column.iri("role", "its role, a concept of https://w3id.org/plankg/def/role", PROV + "hadRole"),
                    Column.text("quote", "the sentence it is read from, verbatim", PK + "quote", "string", null),
                    Column.text("line", "the line (or position) of the quote in the plan's file", PK + "sourceLine", "integer", null),
                    Column.text("locator", "where the position is in a file that is not text (#page=3&line=12)", PK + "sourceLocator", "string", null),
                    Column.text("fromTable", "true when read from a division-of-labour table", PK + "fromTable", "boolean", null),
                    Column.readable("district", "the district's name"),
                    Column.readable("item", "the item's name (empty for the plan itself)"),
                    Column.readable("task", "the task's number in the item"),
                    Column.readable("unitName", "the unit's name"),
                    Column.readable("roleKey", "the role's key"),
                    Column.readable("correction", "the researchers' corrections behind the row: reason — who, date; empty when as read"))),
            new Table("plans.csv", "方案 / Plans", "csv-plans", "plan", PK + "Plan", List.of(
                    Column.readable("plan", "the plan's IRI"),
                    Column.iri("district", "its district", "http://purl.org/dc/terms/spatial"),
                    Column.text("districtName", "the district's name", "http://www.w3.org/2000/01/rdf-schema#label", "string", "zh")
                            .about("{+district}"),
                    Column.text("title", "the plan's title", "http://purl.org/dc/terms/title", "string", "zh"),
                    Column.text("documentNumber", "its document number (发文字号)", PK + "documentNumber", "string", null),
                    Column.text("issued", "its issue date", "http://purl.org/dc/terms/issued", "date", null),
                    Column.text("start", "the first year of its period", "http://www.w3.org/ns/dcat#startDate", "gYear", null)
                            .about("{+plan}/period"),
                    Column.text("end", "the last year of its period", "http://www.w3.org/ns/dcat#endDate", "gYear", null)
                            .about("{+plan}/period"),
                    Column.text("sourceFile", "the file it was read from, in the plans folder", PK + "sourceFile", "string", null),
                    Column.text("sha256", "the SHA-256 of that file", PK + "sha256", "string", null),
                    Column.text("mediaType", "the file's media type", PK + "mediaType", "string", null))),
            new Table("units.csv", "单位 / Units", "csv-units", "unit", PK + "Unit", List.of(
                    Column.readable("unit", "the unit's IRI"),
                    Column.text("name", "its name", "http://www.w3.org/2004/02/skos/core#prefLabel", "string", "zh"),
                    Column.iri("district", "its district", PK + "district"),
                    Column.iri("category", "its category, a concept of https://w3id.org/plankg/def/category", PK + "category"))),
            new Table("items.csv", "条目 / Items", "csv-items", "item", null, List.of(
                    Column.readable("item", "the item's IRI"),
                    Column.iri("plan", "its plan", PK + "inPlan"),
                    Column.text("name", "its name", "http://www.w3.org/2004/02/skos/core#prefLabel", "string", "zh"),
                    Column.iri("type", "action (pk:Action) or project (pk:Project)", "rdf:type"),
                    Column.text("ordinal", "its place among the plan's items", PK + "ordinal", "integer", null),
                    Column.iri("national", "the national outline item it is aligned with", PK + "alignedWith").optional(),
                    Column.text("line", "its heading's line", PK + "sourceLine", "integer", null))),
            new Table("corrections.csv", "更正 / Corrections", "csv-corrections", "correction", PK + "Correction", List.of(
                    Column.readable("correction", "the correction's IRI"),
                    Column.iri("corrected", "an assignment, item or unit it corrected", PK + "correction")
                            .about("{+corrected}").withValue("{+correction}"),
                    Column.iri("plan", "the plan it corrects", PROV + "used"),
                    Column.text("change", "add, remove, role, align or rename", PK + "change", "string", null),
                    Column.text("reason", "why, as its author wrote it", PK + "reason", "string", null),
                    Column.readable("by", "who made it"),
                    Column.text("date", "when", "http://purl.org/dc/terms/date", "date", null),
                    Column.text("correctionsFile", "the corrections file it is written in", PK + "correctionsFile", "string", null),
                    Column.text("correctionsLine", "its line in that file", PK + "correctionsLine", "integer", null)),
                    List.of("correction", "corrected")));

    private CsvwTables() {
    }

    /** The metadata document: the tables, their columns and what each maps to, the release's version. */
    static Map<String, Object> metadata(String base, String version, String modified) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("@context", "http://www.w3.org/ns/csvw");
        group.put("@id", base + "dumps/csv/csv-metadata.json");
        group.put("dc:title", "plankg: who is responsible for what in district science-literacy plans");
        group.put("dc:license", Map.of("@id", "https://creativecommons.org/licenses/by/4.0/"));
        group.put("schema:version", version);
        group.put("dc:modified", Map.of("@value", modified, "@type", "xsd:dateTime"));
        group.put("dialect", Map.of("header", true, "commentPrefix", "#"));
        List<Object> tables = new ArrayList<>();
        for (Table table : TABLES) {
            List<Object> columns = new ArrayList<>();
            for (Column c : table.columns()) columns.add(column(c));
            if (table.type() != null) {
                columns.add(Map.of("virtual", true, "propertyUrl", "rdf:type", "valueUrl", table.type()));
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("aboutUrl", "{+" + table.key() + "}");
            schema.put("primaryKey", table.primaryKey().size() == 1 ? table.primaryKey().get(0) : table.primaryKey());
            schema.put("columns", columns);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("url", table.file());
            t.put("dc:title", table.title());
            t.put("tableSchema", schema);
            tables.add(t);
        }
        group.put("tables", tables);
        return group;
    }

    private static Map<String, Object> column(Column c) {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", c.name());
        column.put("titles", c.name());
        column.put("dc:description", c.description());
        if (c.propertyUrl() == null) {
            column.put("suppressOutput", true);
            return column;
        }
        if (c.aboutUrl() != null) column.put("aboutUrl", c.aboutUrl());
        column.put("propertyUrl", c.propertyUrl());
        if (c.valueUrl() != null) column.put("valueUrl", c.valueUrl());
        if (c.datatype() != null) column.put("datatype", c.datatype());
        if (c.lang() != null) column.put("lang", c.lang());
        if (c.required()) column.put("required", true);
        return column;
    }
}
