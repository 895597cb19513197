package org.plankg.plan;

/** What a unit is assigned to do; the keys are the notations of the role scheme (ontology/roles.ttl). */
public enum Role {
    LEAD("lead"), PARTICIPANT("participant"), RESPONSIBLE("responsible"),
    LEADER("leader"), COORDINATOR("coordinator"), OFFICE_HOST("office-host"), FUNDER("funder");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
