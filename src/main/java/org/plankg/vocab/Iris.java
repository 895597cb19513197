package org.plankg.vocab;

import java.nio.charset.StandardCharsets;

import org.plankg.plan.District;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;
import org.plankg.plan.Unit;

/**
 * Mints the IRIs of the graph. They are built from what the text says (district, period, item
 * name, task number, unit name, role), never from counters, so extracting the same texts again
 * gives the same IRIs. Names stay readable Unicode (IRIs, RFC 3987); only characters that cannot
 * stand in a path segment are percent-encoded.
 */
public final class Iris {

    /**
     * The persistent namespace of the vocabulary (ontology, shapes, roles, categories, national
     * outline): the same in every deployment, whatever {@code plankg.base} is. w3id.org redirects
     * it to a deployment's /def/… documents (README, "The vocabulary's namespace").
     */
    public static final String VOCABULARY = "https://w3id.org/plankg/def/";
    /** The base of instance IRIs when none is given: the service on its default port. */
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
        return unit(district, unit.name());
    }

    /** A unit of a district by its name: the same IRI in every plan of the district. */
    public String unit(District district, String name) {
        return base + "id/unit/" + segment(district.key()) + "/" + segment(name);
    }

    /** A reform of a district's unit ({@code before}), as one plan or the reforms file states it ({@code statedIn}). */
    public String reform(String statedIn, String before) {
        return statedIn + "/reform/" + segment(before);
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

    /** The graph of links between stored plans (a plan dct:references the plan it cites). */
    public String linksGraph() {
        return base + "graph/links";
    }

    /** The graph of the researchers' reforms file. */
    public String reformsGraph() {
        return base + "graph/reforms";
    }

    public String graph(Plan plan) {
        return base + "graph/plan/" + segment(plan.district().key()) + "/" + segment(plan.period());
    }

    /** The graph of a plan's corrections, beside its own. */
    public String correctionsGraph(Plan plan) {
        return graph(plan) + "/corrections";
    }

    /** A correction of a plan, by an id that stays while its file is edited around it. */
    public String correction(Plan plan, String id) {
        return plan(plan) + "/correction/" + segment(id);
    }

    public String vocabularyGraph() {
        return base + "graph/vocabulary";
    }

    public String role(Role role) {
        return role(role.key());
    }

    /** A concept of the role scheme by its notation (lead, chair, office-host…). */
    public String role(String key) {
        return VOCABULARY + "role/" + key;
    }

    public String category(String key) {
        return VOCABULARY + "category/" + key;
    }

    /** A concept of a national outline by its notation: the earlier outline's start with "e-" (e-youth). */
    public String outline(String key) {
        return VOCABULARY + (key.startsWith("e-") ? "outline-2006/" : "outline/") + key;
    }

    /**
     * Where this service serves an IRI: the path of an instance IRI under the base, or the /def/…
     * document of a vocabulary IRI (the persistent namespace's redirect, taken locally); else empty.
     */
    public java.util.Optional<String> localPath(String iri) {
        if (iri.startsWith(base)) return java.util.Optional.of("/" + iri.substring(base.length()));
        if (iri.startsWith(VOCABULARY)) return java.util.Optional.of("/def/" + iri.substring(VOCABULARY.length()));
        return java.util.Optional.empty();
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
