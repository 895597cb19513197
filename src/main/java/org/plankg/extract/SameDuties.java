package org.plankg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duties a plan gives a task by pointing at another's: 分工同第11项 (as task 11's), 分工同第3项，另增加X配合
 * (and X takes part), and, where the plan says once that it leaves them out (任务的责任分工与上一项任务相同的，
 * 不再标注), none at all — the task before's.
 */
final class SameDuties {

    private static final Pattern AS_PREVIOUS = Pattern.compile(
            "与?上一项(?:任务)?(?:相同|一致)的[，,]?(?:不再|不另|均不)(?:标注|注明|列出|重复|列明)");
    private static final Pattern SAME_AS = Pattern.compile("(?:分工|责任分工|责任单位)?同第(\\d{1,3})项");
    private static final Pattern ADDED = Pattern.compile("另(?:增加|增|加)([^，。；）]{2,60}?)(配合|参与|协助|牵头|负责)");

    private SameDuties() {
    }

    /** Whether a plan states that a task without duties has the duties of the task before it. */
    static boolean statesAsPrevious(String document) {
        return document.contains("上一项") && AS_PREVIOUS.matcher(document).find();
    }

    /** The task whose duties a task's text says it shares, or -1. */
    static int sameAs(String taskText) {
        Matcher m = SAME_AS.matcher(taskText);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** 另增加X配合: the units a reference adds and the word giving their role, or null. */
    static Matcher added(Text taskText) {
        Matcher m = ADDED.matcher(taskText.norm());
        return m.find() ? m : null;
    }
}
