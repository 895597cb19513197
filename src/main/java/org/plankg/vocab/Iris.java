package org.plankg.vocab;

import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

import org.plankg.extract.District;
import org.plankg.extract.Item;
import org.plankg.extract.Plan;
import org.plankg.extract.Role;
import org.plankg.extract.Unit;

/**
 * Mints the IRIs of the graph. They are built from what the text says (district, period, item
 * name, task number, unit name, role), never from counters, so extracting the same texts again
 * gives the same IRIs. Names stay readable Unicode (IRIs, RFC 3987); only characters that cannot
 * stand in a path segment are percent-encoded.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "http://localhost:8080/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String district(District district) {
        return base + "id/district/" + segment(district.key());
    }

    public String plan(Plan plan) {
        return base + "id/plan/" + segment(plan.district().key()) + "/" + segment(plan.period());
    }

    public String item(Plan plan, Item item) {
        return plan(plan) + "/" + item.kind().key() + "/" + segment(item.name());
    }

    public String task(Plan plan, Item item, int number) {
        return item(plan, item) + "/task/" + number;
    }

    public String target(Plan plan, int year) {
        return plan(plan) + "/target/" + year;
    }

    public String unit(District district, Unit unit) {
        return base + "id/unit/" + segment(district.key()) + "/" + segment(unit.name());
    }

    public String assignment(String targetIri, Unit unit, Role role) {
        return targetIri + "/assignment/" + segment(unit.name()) + "/" + role.key();
    }

    /** The prefix of what one plan says of a steering body: {plan}/body/{body's unit name}. */
    public String body(Plan plan, Unit body) {
        return plan(plan) + "/body/" + segment(body.name());
    }

    /** A post that chairs a steering body, named by its wording (主管区长). */
    public String post(Plan plan, Unit body, String wording) {
        return body(plan, body) + "/post/" + segment(wording);
    }

    /** A unit's membership of a steering body in a role (vice-chair, member, office-host). */
    public String membership(Plan plan, Unit body, Unit member, String roleKey) {
        return body(plan, body) + "/membership/" + segment(member.name()) + "/" + roleKey;
    }

    /** Something a steering body does, by its role (coordinator, supervisor…). */
    public String duty(Plan plan, Unit body, String roleKey) {
        return body(plan, body) + "/duty/" + roleKey;
    }

    public String organization(String name) {
        return base + "id/organization/" + segment(name);
    }

    public String graph(Plan plan) {
        return base + "graph/plan/" + segment(plan.district().key()) + "/" + segment(plan.period());
    }

    public String vocabularyGraph() {
        return base + "graph/vocabulary";
    }

    public String role(Role role) {
        return role(role.key());
    }

    /** A concept of the role scheme by its notation (lead, chair, office-host…). */
    public String role(String key) {
        return base + "def/role/" + key;
    }

    public String category(String key) {
        return base + "def/category/" + key;
    }

    public String outline(String key) {
        return base + "def/outline/" + key;
    }

    /** An IRI minted under the default base, moved under this base (other IRIs stay as they are). */
    public String rebase(String iri) {
        return iri.startsWith(DEFAULT_BASE) ? base + iri.substring(DEFAULT_BASE.length()) : iri;
    }

    /** A copy of a graph written under the default base, with every such IRI moved under this base. */
    public Model rebase(Model model) {
        if (base.equals(DEFAULT_BASE)) return model;
        Model moved = ModelFactory.createDefaultModel();
        model.listStatements().forEach(st -> moved.add(
                (Resource) rebase(st.getSubject()), moved.createProperty(rebase(st.getPredicate().getURI())), rebase(st.getObject())));
        model.getNsPrefixMap().forEach((prefix, ns) -> moved.setNsPrefix(prefix, rebase(ns)));
        return moved;
    }

    private RDFNode rebase(RDFNode node) {
        return node.isURIResource() ? ResourceFactory.createResource(rebase(node.asResource().getURI())) : node;
    }

    static String segment(String name) {
        StringBuilder out = new StringBuilder();
        for (int cp : name.codePoints().toArray()) {
            if (cp > 0x7F || Character.isLetterOrDigit(cp) || "-._~!$&'()*+,;=:@".indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }
}
