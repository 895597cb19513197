package org.plankg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the plankg ontology (ontology/plankg.ttl), in the vocabulary's persistent namespace. */
public final class Pk {

    public static final String NS = Iris.VOCABULARY + "plankg#";

    public static final Resource District = resource("District");
    public static final Resource Plan = resource("Plan");
    public static final Resource ImplementationPlan = resource("ImplementationPlan");
    public static final Resource WorkPlan = resource("WorkPlan");
    public static final Resource Reform = resource("Reform");
    public static final Resource Target = resource("Target");
    public static final Resource PlanItem = resource("PlanItem");
    public static final Resource Action = resource("Action");
    public static final Resource Project = resource("Project");
    public static final Resource Task = resource("Task");
    public static final Resource Unit = resource("Unit");
    public static final Resource Assignment = resource("Assignment");
    public static final Resource Duty = resource("Duty");

    public static final Property city = property("city");
    public static final Property province = property("province");
    public static final Property documentNumber = property("documentNumber");
    public static final Property sourceFile = property("sourceFile");
    public static final Property mediaType = property("mediaType");
    public static final Property sha256 = property("sha256");
    public static final Property target = property("target");
    public static final Property hasItem = property("hasItem");
    public static final Property indicator = property("indicator");
    public static final Property targetValue = property("targetValue");
    public static final Property unitOfMeasure = property("unitOfMeasure");
    public static final Property targetYear = property("targetYear");
    public static final Property inPlan = property("inPlan");
    public static final Property ordinal = property("ordinal");
    public static final Property alignedWith = property("alignedWith");
    public static final Property carriesOut = property("carriesOut");
    public static final Property citedPlanTitle = property("citedPlanTitle");
    public static final Property readWith = property("readWith");
    public static final Property predecessor = property("predecessor");
    public static final Property successor = property("successor");
    public static final Property succeeds = property("succeeds");
    public static final Property hasTask = property("hasTask");
    public static final Property inItem = property("inItem");
    public static final Property taskNumber = property("taskNumber");
    public static final Property text = property("text");
    public static final Property district = property("district");
    public static final Property category = property("category");
    public static final Property assignedTo = property("assignedTo");
    public static final Property hasAssignment = property("hasAssignment");
    public static final Property quote = property("quote");
    public static final Property sourceLine = property("sourceLine");
    public static final Property sourceLocator = property("sourceLocator");
    public static final Property steeringBody = property("steeringBody");
    public static final Property memberCount = property("memberCount");
    public static final Property dutyOf = property("dutyOf");
    public static final Property dutyRole = property("dutyRole");
    public static final Property matchPattern = property("matchPattern");
    public static final Property defaultUnitName = property("defaultUnitName");
    public static final Property namePattern = property("namePattern");
    public static final Property fromTable = property("fromTable");
    public static final Property unreadLine = property("unreadLine");
    public static final Property incompleteReading = property("incompleteReading");
    public static final Property loadWarning = property("loadWarning");
    public static final Property unlistedUnit = property("unlistedUnit");
    public static final Resource Correction = resource("Correction");
    public static final Property correction = property("correction");
    public static final Property change = property("change");
    public static final Property reason = property("reason");
    public static final Property correctionsFile = property("correctionsFile");
    public static final Property correctionsLine = property("correctionsLine");
    public static final Property correctionsSha256 = property("correctionsSha256");
    public static final Property correctionNote = property("correctionNote");

    private Pk() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
