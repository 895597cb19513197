package org.plankg.graph;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.plankg.plan.Assignment;
import org.plankg.plan.Body;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.PlanFile;
import org.plankg.plan.PlanMetadata;
import org.plankg.plan.District;
import org.plankg.plan.Reform;
import org.plankg.plan.Target;
import org.plankg.plan.Task;
import org.plankg.plan.Unit;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.plankg.vocab.Vocabulary;

/** One plan as RDF, in the terms of ontology/plankg.ttl. */
public final class PlanGraph {

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final Iris iris;
    private final Model model = ModelFactory.createDefaultModel();

    private PlanGraph(Iris iris) {
        this.iris = iris;
        model.setNsPrefixes(Prefixes.ALL);
    }

    public static Model of(Plan plan, Iris iris) {
        PlanGraph graph = new PlanGraph(iris);
        graph.add(plan);
        graph.locate(plan.file());
        return graph.model;
    }

    /**
     * The researchers' reforms file as a graph: each entry a pk:Reform derived from the file's
     * resource ({@code file}), with its note as quote and its line; the graph carries the file's hash.
     */
    public static Model reforms(Map<District, List<Reform>> byDistrict, String graph, String file, String sha256, Iris iris) {
        PlanGraph g = new PlanGraph(iris);
        Resource source = g.model.createResource(graph).addProperty(Pk.sha256, sha256).addProperty(Pk.sourceFile, file);
        byDistrict.forEach((district, reforms) -> reforms.forEach(r -> g.addReform(district, graph + "/" + district.key(), source, r)));
        return g.model;
    }

    /** In a file that is not text, a line is a position: each one also says where it is (#page=3&line=12). */
    private void locate(PlanFile file) {
        if (file.isText()) return;
        for (Statement st : model.listStatements(null, Pk.sourceLine, (RDFNode) null).toList()) {
            st.getSubject().addProperty(Pk.sourceLocator, file.locate(st.getInt()));
        }
    }

    private void add(Plan plan) {
        Resource district = model.createResource(iris.district(plan.district()), Pk.District)
                .addProperty(RDFS.label, plan.district().name(), "zh");
        if (plan.district().city() != null) district.addProperty(Pk.city, plan.district().city());
        if (plan.district().province() != null) district.addProperty(Pk.province, plan.district().province());

        Resource p = model.createResource(iris.plan(plan), Pk.Plan)
                .addProperty(DCTerms.spatial, district)
                .addProperty(Pk.sourceFile, plan.source())
                .addProperty(Pk.sha256, plan.sha256())
                .addProperty(Pk.mediaType, plan.file().mediaType());
        if (plan.metadata().kind() != null) {
            p.addProperty(RDF.type, plan.metadata().kind() == PlanMetadata.Kind.WORK_PLAN ? Pk.WorkPlan : Pk.ImplementationPlan);
        }
        if (plan.metadata().outline() != null) {
            p.addProperty(Pk.carriesOut, model.createResource(Vocabulary.outlineScheme(plan.metadata().outline())));
        }
        p.addProperty(DCTerms.title, plan.metadata().title() != null ? plan.metadata().title() : plan.district().name() + "实施方案", "zh");
        p.addProperty(RDFS.label, p.getProperty(DCTerms.title).getString(), "zh");
        if (plan.metadata().documentNumber() != null) p.addProperty(Pk.documentNumber, plan.metadata().documentNumber());
        if (plan.metadata().issued() != null) p.addProperty(DCTerms.issued, plan.metadata().issued().toString(), XSDDatatype.XSDdate);
        if (plan.metadata().issuer() != null) {
            p.addProperty(DCTerms.publisher, model.createResource(iris.organization(plan.metadata().issuer()))
                    .addProperty(RDF.type, model.createResource(ORG + "Organization"))
                    .addProperty(SKOS.prefLabel, plan.metadata().issuer(), "zh"));
        }
        if (plan.metadata().startYear() != null) {
            p.addProperty(DCTerms.temporal, model.createResource(iris.plan(plan) + "/period", DCTerms.PeriodOfTime)
                    .addLiteral(DCAT.startDate, model.createTypedLiteral(plan.metadata().startYear().toString(), XSDDatatype.XSDgYear))
                    .addLiteral(DCAT.endDate, model.createTypedLiteral(plan.metadata().endYear().toString(), XSDDatatype.XSDgYear)));
        }
        for (Target target : plan.targets()) {
            p.addProperty(Pk.target, model.createResource(iris.target(plan, target.year()), Pk.Target)
                    .addProperty(Pk.indicator, target.indicator(), "zh")
                    .addLiteral(Pk.targetValue, decimal(target.value()))
                    .addProperty(Pk.unitOfMeasure, target.unitOfMeasure())
                    .addLiteral(Pk.targetYear, model.createTypedLiteral(String.valueOf(target.year()), XSDDatatype.XSDgYear))
                    .addProperty(Pk.quote, target.quote())
                    .addLiteral(Pk.sourceLine, integer(target.line())));
        }
        for (Item item : plan.items()) addItem(plan, p, item);
        for (Unit unit : plan.units()) addUnit(plan, district, unit);
        for (Assignment a : plan.assignments()) addAssignment(plan, p, a);
        plan.coverage().unreadLines().forEach(line -> p.addLiteral(Pk.unreadLine, integer(line)));
        plan.coverage().incomplete().forEach(reason -> p.addProperty(Pk.incompleteReading, reason));
        plan.units().stream().filter(u -> plan.coverage().unknownUnits().containsKey(u.name()))
                .forEach(u -> p.addProperty(Pk.unlistedUnit, model.createResource(iris.unit(plan.district(), u))));
        for (Body body : plan.bodies()) addBody(plan, p, body);
        for (Reform reform : plan.reforms()) addReform(plan.district(), iris.plan(plan), p, reform);
        if (plan.metadata().cites() != null) p.addProperty(Pk.citedPlanTitle, plan.metadata().cites(), "zh");
    }

    /**
     * A unit renamed or merged: the successor pk:succeeds its predecessor, and a pk:Reform node
     * says where it was stated ({@code source}: the plan, or the reforms file's entry).
     */
    public Resource addReform(District district, String statedIn, Resource source, Reform reform) {
        Resource before = model.createResource(iris.unit(district, reform.before())).addProperty(SKOS.prefLabel, reform.before(), "zh");
        Resource after = model.createResource(iris.unit(district, reform.after())).addProperty(SKOS.prefLabel, reform.after(), "zh");
        after.addProperty(Pk.succeeds, before);
        Resource r = model.createResource(iris.reform(statedIn, reform.before()), Pk.Reform)
                .addProperty(Pk.predecessor, before)
                .addProperty(Pk.successor, after);
        evidence(r, source, reform.quote(), reform.line());
        return r;
    }

    /**
     * A decimal in its canonical form, as TDB2 keeps it inline (apache/jena#3404): written as 30.0
     * it would not be found to delete, and outlive its graph.
     */
    private org.apache.jena.rdf.model.Literal decimal(java.math.BigDecimal value) {
        org.apache.jena.graph.Node canonical = org.apache.jena.sparql.expr.NodeValue.makeDecimal(value).asNode();
        return model.createTypedLiteral(canonical.getLiteralLexicalForm(), XSDDatatype.XSDdecimal);
    }

    private org.apache.jena.rdf.model.Literal integer(int value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    private void addItem(Plan plan, Resource p, Item item) {
        Resource r = model.createResource(iris.item(plan, item),
                        switch (item.kind()) { case ACTION -> Pk.Action; case PROJECT -> Pk.Project; case OTHER -> Pk.PlanItem; })
                .addProperty(SKOS.prefLabel, item.name(), "zh")
                .addProperty(Pk.inPlan, p)
                .addLiteral(Pk.ordinal, integer(item.ordinal()))
                .addLiteral(Pk.sourceLine, integer(item.line()));
        p.addProperty(Pk.hasItem, r);
        if (item.national() != null) r.addProperty(Pk.alignedWith, model.createResource(iris.outline(item.national())));
        for (Task task : item.tasks()) {
            Resource t = model.createResource(iris.task(plan, item, task.number()), Pk.Task)
                    .addProperty(Pk.inItem, r)
                    .addLiteral(Pk.taskNumber, integer(task.number()))
                    .addProperty(Pk.text, task.text(), "zh")
                    .addProperty(RDFS.label, item.name() + " " + task.number(), "zh")
                    .addLiteral(Pk.sourceLine, integer(task.line()));
            r.addProperty(Pk.hasTask, t);
        }
    }

    private void addUnit(Plan plan, Resource district, Unit unit) {
        Resource r = model.createResource(iris.unit(plan.district(), unit), Pk.Unit)
                .addProperty(SKOS.prefLabel, unit.name(), "zh")
                .addProperty(Pk.district, district)
                .addProperty(Pk.category, model.createResource(iris.category(unit.category())));
        unit.spellings().stream().filter(s -> !s.equals(unit.name()))
                .forEach(s -> r.addProperty(SKOS.altLabel, s, "zh"));
    }

    /**
     * A steering body in W3C ORG terms: the group an org:Organization, the office an
     * org:OrganizationalUnit (org:unitOf the group); its chair an org:Post, its vice-chair, member
     * and host units org:Memberships, what it does pk:Duty nodes (and org:purpose). Each fact
     * carries its quote, line and plan, as assignments do.
     */
    private void addBody(Plan plan, Resource p, Body b) {
        Resource body = model.createResource(iris.unit(plan.district(), b.unit()))
                .addProperty(RDF.type, org(b.kind() == Body.Kind.GROUP ? "Organization" : "OrganizationalUnit"));
        evidence(body, p, b.quote(), b.line());
        p.addProperty(Pk.steeringBody, body);
        if (b.memberCount() != null) body.addLiteral(Pk.memberCount, integer(b.memberCount()));
        if (b.unitOf() != null) {
            Resource group = model.createResource(iris.unit(plan.district(), b.unitOf()));
            body.addProperty(model.createProperty(ORG, "unitOf"), group);
            group.addProperty(model.createProperty(ORG, "hasUnit"), body);
        }
        for (Body.Post post : b.chairs()) {
            Resource r = model.createResource(iris.post(plan, b.unit(), post.wording()), org("Post"))
                    .addProperty(model.createProperty(ORG, "postIn"), body)
                    .addProperty(model.createProperty(ORG, "role"), model.createResource(iris.role(Body.CHAIR)))
                    .addProperty(SKOS.prefLabel, post.wording(), "zh");
            evidence(r, p, post.quote(), post.line());
            body.addProperty(model.createProperty(ORG, "hasPost"), r);
        }
        for (Body.Member member : b.members()) {
            Resource r = model.createResource(iris.membership(plan, b.unit(), member.unit(), member.position().key()),
                            org("Membership"))
                    .addProperty(model.createProperty(ORG, "member"), model.createResource(iris.unit(plan.district(), member.unit())))
                    .addProperty(model.createProperty(ORG, "organization"), body)
                    .addProperty(model.createProperty(ORG, "role"), model.createResource(iris.role(member.position().key())));
            evidence(r, p, member.quote(), member.line());
        }
        for (Body.Duty duty : b.duties()) {
            Resource role = model.createResource(iris.role(duty.function().key()));
            Resource r = model.createResource(iris.duty(plan, b.unit(), duty.function().key()), Pk.Duty)
                    .addProperty(Pk.dutyOf, body)
                    .addProperty(Pk.dutyRole, role);
            evidence(r, p, duty.quote(), duty.line());
            body.addProperty(model.createProperty(ORG, "purpose"), role);
        }
    }

    private Resource org(String local) {
        return model.createResource(ORG + local);
    }

    private void evidence(Resource r, Resource plan, String quote, int line) {
        r.addProperty(Pk.quote, quote)
                .addLiteral(Pk.sourceLine, integer(line))
                .addProperty(model.createProperty(PROV, "wasDerivedFrom"), plan);
    }

    /** An assignment's IRI: under its task, its item, or the plan itself. */
    public static String assignmentIri(Iris iris, Plan plan, Assignment a) {
        return iris.assignment(targetIri(iris, plan, a), a.unit(), a.role());
    }

    private static String targetIri(Iris iris, Plan plan, Assignment a) {
        return a.item() == null ? iris.plan(plan)
                : a.task() == null ? iris.item(plan, a.item())
                : iris.task(plan, a.item(), a.task());
    }

    private void addAssignment(Plan plan, Resource p, Assignment a) {
        Resource target = model.createResource(targetIri(iris, plan, a));
        Resource r = model.createResource(assignmentIri(iris, plan, a), Pk.Assignment)
                .addProperty(model.createProperty(PROV, "agent"), model.createResource(iris.unit(plan.district(), a.unit())))
                .addProperty(model.createProperty(PROV, "hadRole"), model.createResource(iris.role(a.role())))
                .addProperty(Pk.assignedTo, target)
                .addProperty(Pk.quote, a.quote())
                .addLiteral(Pk.sourceLine, integer(a.line()))
                .addProperty(model.createProperty(PROV, "wasDerivedFrom"), p);
        if (a.fromTable()) r.addLiteral(Pk.fromTable, true);
        target.addProperty(Pk.hasAssignment, r);
    }
}
