package org.plankg.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plankg.extract.PlanParser;
import org.plankg.extract.PlanWithText;
import org.plankg.plan.Assignment;
import org.plankg.plan.Role;
import org.plankg.vocab.Vocabulary;

/**
 * Corrections of 丰台's plan (data/plans/000_…txt), whose line 75 reads 牵头部门：区教委、区委宣传部。
 * 责任单位：团区委、区妇联、区科信局、区科协、… for the 青少年科学素质行动, and line 107 gives
 * 区人力社保局 and 区总工会 the lead of the 产业工人科学素质行动.
 */
class CorrectorTest {

    static final String FILE = "000_64d43a6d2d8e1f87.txt";
    static final String HEADER = String.join(",", CorrectionsFile.COLUMNS) + "\n";
    static final String YOUTH = "青少年科学素质行动";
    static Vocabulary vocabulary;
    static PlanWithText fengtai;

    @BeforeAll
    static void read() throws Exception {
        vocabulary = Vocabulary.load();
        fengtai = new PlanParser(vocabulary).read(FILE, Files.readAllBytes(Path.of("data/plans", FILE)));
    }

    static CorrectedPlan apply(String rows) throws CorrectionException {
        List<Correction> corrections = CorrectionsFile.read(FILE + CorrectionsFile.SUFFIX, (HEADER + rows).getBytes(StandardCharsets.UTF_8));
        return new Corrector(vocabulary).apply(fengtai, corrections);
    }

    static Optional<Assignment> find(CorrectedPlan plan, String item, String unit, Role role) {
        return plan.plan().assignments().stream().filter(a -> a.item() != null && a.item().name().equals(item)
                && a.unit().name().equals(unit) && a.role() == role && a.task() == null).findFirst();
    }

    @Test
    void aRoleChangedMakesTheUnitLeadAndRemembersTheRowAsRead() throws Exception {
        assertTrue(find(CorrectedPlan.asRead(fengtai.plan()), YOUTH, "区科协", Role.PARTICIPANT).isPresent(), "as read, 区科协 participates");
        CorrectedPlan corrected = apply("role," + YOUTH + ",,区科协,participant,lead,75,,区科协 co-leads by the 2022 work plan,王研究员,2026-12-01\n");
        Assignment lead = find(corrected, YOUTH, "区科协", Role.LEAD).orElseThrow();
        assertFalse(find(corrected, YOUTH, "区科协", Role.PARTICIPANT).isPresent());
        assertEquals(75, lead.line(), "the quote and line stay those of the text");
        Correction correction = corrected.corrections().get(0);
        assertEquals(List.of(correction), List.copyOf(corrected.marksOf(lead)));
        assertEquals(FILE + CorrectionsFile.SUFFIX + ":2", correction.where());
        CorrectedPlan.Replacement replaced = corrected.replaced().get(correction).get(0);
        assertEquals(Role.PARTICIPANT, replaced.asRead().role());
        assertEquals(Role.LEAD, replaced.now().role());
        assertTrue(corrected.marksOf(find(corrected, YOUTH, "区教委", Role.LEAD).orElseThrow()).isEmpty(), "other rows stay as read");
    }

    @Test
    void removedAddedRealignedAndRenamedRowsEachApply() throws Exception {
        CorrectedPlan corrected = apply("""
                remove,产业工人科学素质行动,,区总工会,lead,,,,not in the text's list,李,2026-12-01
                add,产业工人科学素质行动,,区残联,lead,,,牵头部门：区人力社保局、区总工会,"<b>illustrative</b>",李,2026-12-01
                align,青少年科学素质行动,,,,none,,,=HYPERLINK("http://x"),李,2026-12-01
                rename,,,区科信局,,区科学技术和信息化局,,,full name,李,2026-12-01
                """);
        assertFalse(find(corrected, "产业工人科学素质行动", "区总工会", Role.LEAD).isPresent());
        assertTrue(find(corrected, "产业工人科学素质行动", "区人力社保局", Role.LEAD).isPresent(), "the other lead stays");
        Assignment added = find(corrected, "产业工人科学素质行动", "区残联", Role.LEAD).orElseThrow();
        assertEquals(107, added.line(), "the line is where the quote is");
        assertNull(corrected.plan().items().stream().filter(i -> i.name().equals(YOUTH)).findFirst().orElseThrow().national());
        assertEquals("<b>illustrative</b>", corrected.corrections().get(1).reason(), "a reason is kept as written");
        assertFalse(find(corrected, YOUTH, "区科信局", Role.PARTICIPANT).isPresent());
        Assignment renamed = find(corrected, YOUTH, "区科学技术和信息化局", Role.PARTICIPANT).orElseThrow();
        assertEquals(2, corrected.marksOf(renamed).size(), "renamed, and in a re-aligned item");
        assertTrue(corrected.plan().units().stream().noneMatch(u -> u.name().equals("区科信局")));
    }

    @Test
    void aCorrectionThatNoLongerAppliesIsAnErrorNamingItsFileAndLine() {
        CorrectionException e = assertThrows(CorrectionException.class, () -> apply("""
                remove,青少年科学素质行动,,区总工会,lead,,,,gone,李,2026-12-01
                add,青少年科学素质行动,,区科协,participant,,,区科协,already read,李,2026-12-01
                add,青少年科学素质行动,,区科协,lead,,,这句话不在方案里,changed text,李,2026-12-01
                role,不存在的行动,,区科协,participant,lead,,,no such item,李,2026-12-01
                rename,,,区不存在局,,区存在局,,,no such unit,李,2026-12-01
                add,青少年科学素质行动,,区火星局,lead,,75,,unnamed unit,李,2026-12-01
                """));
        List<String> problems = e.problems();
        assertEquals(6, problems.size(), problems.toString());
        String file = FILE + CorrectionsFile.SUFFIX;
        assertTrue(problems.get(0).startsWith(file + ":2: no assignment of 区总工会 as lead to 青少年科学素质行动"), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":3: the plan already gives 区科协"), problems.get(1));
        assertTrue(problems.get(2).startsWith(file + ":4: its quote is not in the plan's text"), problems.get(2));
        assertTrue(problems.get(3).startsWith(file + ":5: no item 不存在的行动"), problems.get(3));
        assertTrue(problems.get(4).startsWith(file + ":6: 区不存在局 is not a unit"), problems.get(4));
        assertTrue(problems.get(5).startsWith(file + ":7: 区火星局 is not named in the plan's text"), problems.get(5));
    }

    @Test
    void aMalformedFileSaysWhatIsWrongWithEachRow() {
        CorrectionException header = assertThrows(CorrectionException.class,
                () -> CorrectionsFile.read("x.corrections.csv", "change,item\nadd,x\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(header.problems().get(0).startsWith("x.corrections.csv:1: the header lacks the columns"), header.getMessage());
        CorrectionException rows = assertThrows(CorrectionException.class, () -> CorrectionsFile.read("x.corrections.csv",
                (HEADER + "# a comment\nmove,a,,b,lead,,,,r,me,2026-12-01\nadd,a,x,b,boss,,,,r,me,2026-12-01\nremove,a,,b,lead,,,,,,12/01/2026\n")
                        .getBytes(StandardCharsets.UTF_8)));
        List<String> problems = rows.problems();
        assertTrue(problems.get(0).startsWith("x.corrections.csv:3: unknown change 'move'"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("x.corrections.csv:4: 'task' is not a number")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("x.corrections.csv:4: unknown role 'boss'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("x.corrections.csv:5: 'reason' is empty")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("x.corrections.csv:5: the date is not YYYY-MM-DD")), problems.toString());
    }

    @Test
    void aFileThatIsNotCsvIsAProblemNotACrash() {
        for (String text : List.of(HEADER + "add,\"unterminated\n", "change,change,item\n", "\u0000\u0001\u0002")) {
            CorrectionException e = assertThrows(CorrectionException.class,
                    () -> CorrectionsFile.read("x.corrections.csv", text.getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.problems().get(0).startsWith("x.corrections.csv:"), e.getMessage());
        }
    }

    @Test
    void rowsAsReadAByteOrderMarkAndChineseRoleWordsAreAccepted() throws Exception {
        byte[] bytes = ("\uFEFF" + HEADER + ",青少年科学素质行动,,区教委,lead,,75,,,,\n"
                + "role,青少年科学素质行动,,区科协,参与,牵头,,,co-lead,王,2026-12-01\n").getBytes(StandardCharsets.UTF_8);
        List<Correction> corrections = CorrectionsFile.read("x.corrections.csv", bytes);
        assertEquals(1, corrections.size(), "a row without a change is a row as read");
        assertEquals(Role.PARTICIPANT, corrections.get(0).role());
        assertEquals("lead", corrections.get(0).to());
    }
}
