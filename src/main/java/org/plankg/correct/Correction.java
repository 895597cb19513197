package org.plankg.correct;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.plankg.extract.PlanParser;
import org.plankg.plan.Role;

/**
 * One row of a corrections file: what it changes ({@code item} and {@code task} empty for the plan
 * as a whole), what it rests on in the plan ({@code quote}, {@code planLine}), why, who and when,
 * and where it is written ({@code file}, {@code line}). {@code role} is the role an assignment has
 * (add, remove, role); {@code to} the new role, outline item or name (role, align, rename).
 */
public record Correction(String file, int line, Change change, String item, Integer task, String unit, Role role,
                         String to, Integer planLine, String quote, String reason, String by, LocalDate date) {

    /** Where the correction is written, as errors name it: {@code plan.txt.corrections.csv:4}. */
    public String where() {
        return file + ":" + line;
    }

    /** A name for the correction that stays while the file is edited around it: a hash of what it changes. */
    public String id() {
        String what = String.join("\u0001", change.key(), item, task == null ? "" : task.toString(), unit,
                role == null ? "" : role.key(), to);
        return PlanParser.sha256(what.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
