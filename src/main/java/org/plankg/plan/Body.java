package org.plankg.plan;

import java.util.List;

/**
 * A steering body that a plan's 组织实施 section names, as a unit of the district: the steering
 * group (…领导小组) or its office (…领导小组办公室, …纲要实施工作办公室, 区纲要办). The office is a
 * part of the group ({@code unitOf}) when the plan names one. Every fact carries the verbatim
 * sentence it was read from and that sentence's first line; {@code quote}/{@code line} are those
 * of the first sentence naming the body, {@code memberCount} a count that sentence states
 * (52家成员单位) where it names no members.
 */
public record Body(Kind kind, Unit unit, Unit unitOf, String quote, int line, Integer memberCount,
                   List<Post> chairs, List<Member> members, List<Duty> duties) {

    /** The kind of body; the key is its unit category (ontology/categories.ttl). */
    public enum Kind {
        GROUP("steering-group"), OFFICE("steering-office");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A post that chairs the body, named by the text's wording of it (主管区长, 副县长), never a person. */
    public record Post(String wording, String quote, int line) {
    }

    /** A unit's place in the body: vice-chair (副组长/副主任), member (成员单位) or host (设在X). */
    public record Member(Unit unit, Position position, String quote, int line) {
    }

    /** What the text says the body does. */
    public record Duty(Function function, String quote, int line) {
    }

    /** The places of a unit in a body; keys are notations of the role scheme (ontology/roles.ttl). */
    public enum Position {
        VICE_CHAIR("vice-chair"), MEMBER("member"), HOST("office-host");

        private final String key;

        Position(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** What a body does; keys are notations of the role scheme (ontology/roles.ttl). */
    public enum Function {
        LEADER("leader"), COORDINATOR("coordinator"), SUPERVISOR("supervisor"), RESPONSIBLE("responsible");

        private final String key;

        Function(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The role concept of the chair (组长, 主任) of a body. */
    public static final String CHAIR = "chair";
}
