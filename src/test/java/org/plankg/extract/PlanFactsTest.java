package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plankg.plan.Role.COORDINATOR;
import static org.plankg.plan.Role.FUNDER;
import static org.plankg.plan.Role.LEAD;
import static org.plankg.plan.Role.LEADER;
import static org.plankg.plan.Role.OFFICE_HOST;
import static org.plankg.plan.Role.PARTICIPANT;
import static org.plankg.plan.Role.RESPONSIBLE;
import static org.plankg.extract.ShippedPlans.assertRole;
import static org.plankg.extract.ShippedPlans.item;
import static org.plankg.extract.ShippedPlans.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Assignment;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;

/** Facts a researcher can check in the five shipped plans, one test per way of stating them. */
class PlanFactsTest {

    @Test
    void fengtaiStatesLeadsAndResponsibleUnitsPerItem() {
        Plan p = plan("丰台区");
        assertEquals("北京市", p.district().city());
        assertEquals("丰政办发〔2022〕9号", p.metadata().documentNumber());
        assertEquals(LocalDate.of(2022, 5, 9), p.metadata().issued());
        assertEquals("2021-2025", p.period());
        assertRole(p, "科技资源科普化工程", null, "区科协", LEAD);
        assertRole(p, "科技资源科普化工程", null, "区教委", LEAD);
        assertRole(p, "科普设施建设工程", null, "区科协", LEAD);
        assertRole(p, "青少年科学素质行动", null, "区委宣传部", LEAD);
        assertRole(p, "青少年科学素质行动", null, "区残联", PARTICIPANT);
        // 区人社保局 (farmers) is a variant spelling of 区人力社保局
        assertRole(p, "农民科学素质行动", null, "区人力社保局", PARTICIPANT);
        // 区精神文明办 (elderly) and 区文明办 (grassroots) are one office
        assertRole(p, "老年人科学素质行动", null, "区文明办", PARTICIPANT);
        assertRole(p, "基层科普能力提升工程", null, "区应急管理局", LEAD);
        assertEquals("farmers", item(p, "农民科学素质行动").national());
        assertNull(item(p, "创新文化发展工程").national());
        assertEquals(5, item(p, "青少年科学素质行动").tasks().size());
        assertRole(p, null, null, "区科协", OFFICE_HOST);
        assertRole(p, null, null, "区财政局", FUNDER);
        assertTarget(p, "25.5", 2025);
    }

    @Test
    void lichengExpandsAbbreviationsThatLeanOnAGroupPrefix() {
        Plan p = plan("鲤城区");
        assertEquals("泉州市", p.district().city());
        assertEquals("福建省", p.district().province());
        assertEquals("泉鲤政办〔2022〕26号", p.metadata().documentNumber());
        assertRole(p, "青少年科学素质提升行动", null, "区科协", LEAD);
        assertRole(p, "青少年科学素质提升行动", null, "区教育局", LEAD);
        assertRole(p, "青少年科学素质提升行动", null, "区妇联", PARTICIPANT);
        assertRole(p, "青少年科学素质提升行动", null, "区委文明办", PARTICIPANT);
        assertRole(p, "社区居民科学素质提升行动", null, "区委宣传部", PARTICIPANT);
        assertRole(p, "社区居民科学素质提升行动", null, "区科技局", PARTICIPANT);
        assertRole(p, "老年人科学素质提升行动", null, "区发改局", PARTICIPANT);
        assertRole(p, "领导干部和公务员科学素质提升行动", null, "区委党校", PARTICIPANT);
        assertRole(p, "科普基础设施工程", null, "区科协", LEAD);
        assertRole(p, "科学素质交流合作工程", null, "区委统战部", PARTICIPANT);
        assertNull(item(p, "社区居民科学素质提升行动").national());
        assertEquals("infrastructure", item(p, "科普基础设施工程").national());
        assertEquals("international", item(p, "科学素质交流合作工程").national());
        assertRole(p, null, null, "区科协", OFFICE_HOST);
        assertTarget(p, "17.8", 2025);
        assertTrue(p.units().stream().noneMatch(u -> u.name().equals("妇联") || u.name().equals("宣传部")),
                "abbreviations stay unexpanded: " + p.units());
    }

    @Test
    void tongzhouStatesADivisionOfLabourPerItem() {
        Plan p = plan("通州区");
        assertEquals("通政办发〔2022〕14号", p.metadata().documentNumber());
        for (String unit : List.of("区教委", "团区委", "区科协")) {
            assertRole(p, "青少年科学素质提升行动", null, unit, LEAD);
        }
        assertRole(p, "青少年科学素质提升行动", null, "各街道乡镇", PARTICIPANT);
        assertRole(p, "领导干部和公务员科学素质提升行动", null, "区委党校", LEAD);
        assertRole(p, "应急科普能力提升工程", null, "区应急局", LEAD);
        assertNull(item(p, "应急科普能力提升工程").national());
        assertEquals(6, p.items().stream().filter(i -> i.kind() == Item.Kind.PROJECT).count());
        assertEquals(3, item(p, "科技资源科普化工程").tasks().size(), "three —— tasks");
        assertRole(p, null, null, "区科协", COORDINATOR);
        assertRole(p, null, null, "区科协", OFFICE_HOST);
        assertRole(p, null, null, "区政府", LEADER);
        assertRole(p, null, null, "区财政局", FUNDER);
        assertTarget(p, "28", 2025);
        assertTrue(p.targets().stream().noneMatch(t -> t.year() == 2020), "the 2020 baseline is not a target");
    }

    @Test
    void xichengStatesResponsibleUnitsPerTask() {
        Plan p = plan("西城区");
        assertEquals("西政办发〔2022〕6号", p.metadata().documentNumber());
        for (String unit : List.of("区教委", "团区委", "区科协")) {
            assertRole(p, "青少年科学素质提升行动", 1, unit, RESPONSIBLE);
        }
        // task 3 of the workers' action: its list is cut by a footnote
        for (String unit : List.of("区科技和信息化局", "各街道", "区商务局", "区总工会", "区妇联")) {
            assertRole(p, "产业工人科学素质提升行动", 3, unit, RESPONSIBLE);
        }
        // task 2 of 创新文化建设工程: 区科技和信息化局 is broken by four footnotes
        assertRole(p, "创新文化建设工程", 2, "区科技和信息化局", RESPONSIBLE);
        assertRole(p, "领导干部和公务员科学素质提升行动", 3, "区委组织部", RESPONSIBLE);
        assertEquals(4, p.items().stream().filter(i -> i.kind() == Item.Kind.ACTION).count(), "no farmers' action");
        // the one lead in 西城 is its steering office's (领导小组办公室牵头, line 221), not an item's
        assertTrue(p.assignments().stream().noneMatch(a -> a.role() == LEAD && a.item() != null), "no lead split in 西城");
        assertRole(p, null, null, "区科协", OFFICE_HOST);
        assertRole(p, null, null, "区财政局", FUNDER);
        assertRole(p, null, null, "各成员单位", RESPONSIBLE);
        assertTarget(p, "30", 2025);
    }

    @Test
    void chaoyangStatesOnlyOrganisationLevelRoles() {
        Plan p = plan("朝阳区");
        assertNull(p.metadata().documentNumber(), "朝阳's notice gives no number; 国发〔2021〕9号 in the body is not it");
        assertEquals(LocalDate.of(2022, 10, 11), p.metadata().issued());
        assertEquals("2021-2035", p.period());
        assertTrue(p.assignments().stream().allMatch(a -> a.item() == null), "no item-level roles in 朝阳");
        assertRole(p, null, null, "区科协", COORDINATOR);
        assertRole(p, null, null, "区政府", LEADER);
        assertRole(p, null, null, "区财政局", FUNDER);
        assertEquals("international", item(p, "科学素质国际交流合作工程").national());
        assertEquals("infrastructure", item(p, "科普阵地体系建设工程").national());
        assertEquals("youth", item(p, "青少年科学素质提升行动").national());
        assertTarget(p, "30", 2025);
    }

    @Test
    void unitsOfDifferentDistrictsAreDifferentUnitsWithQuotesFromTheirText() {
        for (String district : List.of("丰台区", "鲤城区", "通州区", "西城区", "朝阳区")) {
            Plan p = plan(district);
            assertFalse(p.items().isEmpty(), district);
            for (Assignment a : p.assignments()) {
                assertTrue(a.line() > 0, district + " " + a);
                assertFalse(a.quote().isBlank(), district + " " + a);
            }
        }
        Assignment quote = plan("鲤城区").assignments().stream()
                .filter(a -> a.unit().name().equals("区妇联") && a.item() != null
                        && a.item().name().equals("青少年科学素质提升行动")).findFirst().orElseThrow();
        assertTrue(quote.quote().startsWith("责任单位：区科协、教育局牵头"), quote.quote());
        assertEquals(59, quote.line());
    }

    private static void assertTarget(Plan p, String value, int year) {
        assertTrue(p.targets().stream().anyMatch(t -> t.value().compareTo(new BigDecimal(value)) == 0 && t.year() == year),
                p.district().name() + " targets " + p.targets());
    }
}
