package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plankg.plan.Role.LEAD;
import static org.plankg.plan.Role.PARTICIPANT;
import static org.plankg.extract.ShippedPlans.assertRole;
import static org.plankg.extract.ShippedPlans.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Body.Function;
import org.plankg.plan.Body.Kind;
import org.plankg.plan.Body.Position;
import org.plankg.plan.Assignment;
import org.plankg.plan.Body;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;

/**
 * The steering group and its office as the 组织实施 sections of the shipped plans describe them
 * (line numbers are those of data/plans/*.txt), and a fictional county plan.
 */
class SteeringBodiesTest {

    static final Path COUNTY = Path.of("src/test/resources/fixtures/org-county.txt");

    @Test
    void fengtaisOutlineOfficeIsChairedByThePostOfItsDistrictHead() {
        Plan p = plan("丰台区");
        assertEquals(Set.of(Kind.OFFICE), kinds(p), "丰台 names no 领导小组: the 纲要办 is the steering body");
        Body office = body(p, Kind.OFFICE);
        assertEquals("区纲要办", office.unit().name());
        assertTrue(office.unit().spellings().contains("区级全民科学素质纲要实施工作办公室"), office.unit().toString());
        assertEquals(229, office.line());
        assertEquals(List.of("主管区长"), office.chairs().stream().map(Body.Post::wording).toList());
        assertEquals(229, office.chairs().get(0).line());
        assertEquals(Set.of("区政府办", "区科协", "区科信局"), units(office, Position.VICE_CHAIR));
        assertEquals(Set.of("区科协"), units(office, Position.HOST));
        assertEquals(Set.of(), units(office, Position.MEMBER), "相关25个部门 names no unit");
        assertEquals(25, office.memberCount());
        assertEquals(Map.of(Function.COORDINATOR, 229, Function.SUPERVISOR, 239), duties(office));
        assertTrue(office.quote().contains("其办事机构设在区科协"), office.quote());
        // 国家全民科学素质纲要实施工作办公室 and 北京市纲要办 in the same sentence are other levels' bodies
        assertTrue(p.units().stream().noneMatch(u -> u.name().contains("北京市") || u.name().contains("国家")), p.units().toString());
    }

    @Test
    void xichengsGroupIsChairedByTheDeputyDistrictHeadAndItsOfficeLeadsTheSupervision() {
        Plan p = plan("西城区");
        Body group = body(p, Kind.GROUP);
        Body office = body(p, Kind.OFFICE);
        assertEquals("区全民科学素质工作领导小组", group.unit().name());
        assertEquals("steering-group", group.unit().category());
        assertEquals(213, group.line());
        assertEquals(List.of("分管副区长"), group.chairs().stream().map(Body.Post::wording).toList());
        assertEquals(52, group.memberCount(), "52家成员单位组成");
        // 负责领导…实施工作 on line 213; 组织协调、监督检查… after the line break, on 215
        assertEquals(Map.of(Function.LEADER, 213, Function.COORDINATOR, 215, Function.SUPERVISOR, 215), duties(group));
        assertEquals("区全民科学素质工作领导小组办公室", office.unit().name(), "领导小组办公室, after the group's name");
        assertEquals("steering-office", office.unit().category());
        assertEquals(group.unit(), office.unitOf());
        assertEquals(Set.of("区科协"), units(office, Position.HOST));
        assertEquals(215, office.members().get(0).line());
        assertTrue(office.chairs().isEmpty());

        // 领导小组办公室牵头，会同区科技和信息化局、中关村西城园管委会等部门，… (line 221, 组织实施)
        assertRole(p, null, null, "区全民科学素质工作领导小组办公室", LEAD);
        assertRole(p, null, null, "区科技和信息化局", PARTICIPANT);
        Assignment park = p.assignments().stream()
                .filter(a -> a.role() == PARTICIPANT && a.item() == null && a.unit().category().equals("development-zone"))
                .findFirst().orElseThrow();
        assertEquals("中关村西城园管委会", park.unit().name(), "an unknown name is kept as written");
        assertEquals(221, park.line());
        assertTrue(park.quote().startsWith("领导小组办公室牵头，会同区科技和信息化局、中关村西城园管委会等部门"), park.quote());
    }

    @Test
    void lichengAndTongzhouHostTheirOfficeAtTheScienceAssociation() {
        Plan licheng = plan("鲤城区");
        Body group = body(licheng, Kind.GROUP);
        Body office = body(licheng, Kind.OFFICE);
        assertEquals("区全民科学素质工作领导小组", group.unit().name(), "调整充实全民科学素质工作领导小组, at its level");
        assertEquals("区全民科学素质工作领导小组办公室", office.unit().name());
        assertEquals(group.unit(), office.unitOf());
        assertEquals(Set.of("区科协"), units(office, Position.HOST));
        assertEquals(189, office.line());
        assertEquals(Map.of(Function.RESPONSIBLE, 189), duties(office));

        Plan tongzhou = plan("通州区");
        assertEquals(Set.of(Kind.OFFICE), kinds(tongzhou));
        Body tongzhouOffice = body(tongzhou, Kind.OFFICE);
        assertEquals("区纲要办", tongzhouOffice.unit().name(), "以下简称区纲要办; 市纲要办 is the city's");
        assertEquals(Set.of("区科协"), units(tongzhouOffice, Position.HOST));
        assertEquals(115, tongzhouOffice.line());
        assertNull(tongzhouOffice.unitOf());

        Plan chaoyang = plan("朝阳区");
        Body chaoyangOffice = body(chaoyang, Kind.OFFICE);
        assertEquals("区全民科学素质纲要实施工作办公室", chaoyangOffice.unit().name());
        assertEquals(95, chaoyangOffice.line(), "发挥朝阳区全民科学素质纲要实施工作办公室作用");
        assertTrue(chaoyangOffice.members().isEmpty() && chaoyangOffice.chairs().isEmpty(), chaoyangOffice.toString());
    }

    @Test
    void onlyTheOfficesLeadIsNew() {
        // the office leads in one sentence of the five plans only
        for (String district : List.of("丰台区", "鲤城区", "通州区", "西城区", "朝阳区")) {
            long leads = plan(district).assignments().stream().filter(a -> a.unit().category().startsWith("steering")
                    && a.role() == LEAD).count();
            assertEquals(district.equals("西城区") ? 1 : 0, leads, district);
        }
    }

    @Test
    void aCountyGroupChairedByADeputyCountyHead() {
        Plan p = county(text());
        assertEquals("某某县", p.district().name());
        Body group = body(p, Kind.GROUP);
        Body office = body(p, Kind.OFFICE);
        assertEquals("县全民科学素质工作领导小组", group.unit().name());
        assertEquals(List.of("副县长"), group.chairs().stream().map(Body.Post::wording).toList());
        assertEquals(Set.of("县科协", "县教育局"), units(group, Position.VICE_CHAIR));
        assertEquals(Set.of("县委宣传部", "县科技局", "县财政局"), units(group, Position.MEMBER));
        assertNull(group.memberCount());
        assertEquals(Set.of(Function.LEADER, Function.COORDINATOR, Function.SUPERVISOR), duties(group).keySet());
        assertEquals("县全民科学素质工作领导小组办公室", office.unit().name());
        assertEquals(group.unit(), office.unitOf());
        assertEquals(Set.of("县科协"), units(office, Position.HOST), "not 区科协");
        assertEquals(Map.of(Function.RESPONSIBLE, 31), duties(office));
    }

    @Test
    void aCountyPlanWithHalfWidthPunctuationGivesTheSameBodies() {
        String half = text().replace('，', ',').replace('：', ':').replace('；', ';').replace('（', '(').replace('）', ')');
        assertEquals(summary(county(text())), summary(county(half)));
    }

    @Test
    void anOfficeThatLeadsATaskLeadsThatTask() {
        String withTask = text().replace("（责任单位：县教育局、县科协）\n",
                "（责任单位：县教育局、县科协）\n\n2. 开展科技活动。领导小组办公室牵头，会同县教育局、县科技局等部门，组织科技活动周。\n");
        Plan p = county(withTask);
        Item youth = ShippedPlans.item(p, "青少年科学素质提升行动");
        assertEquals(2, youth.tasks().size());
        assertRole(p, "青少年科学素质提升行动", 2, "县全民科学素质工作领导小组办公室", LEAD);
        assertRole(p, "青少年科学素质提升行动", 2, "县教育局", PARTICIPANT);
        assertRole(p, "青少年科学素质提升行动", 2, "县科技局", PARTICIPANT);
        assertTrue(p.assignments().stream().noneMatch(a -> a.item() == null && a.role() == LEAD), "not the plan's");
    }

    @Test
    void aChairIsAPostNeverAPerson() {
        String named = text().replace("由副县长任组长", "由副县长张三任组长");
        assertTrue(body(county(named), Kind.GROUP).chairs().isEmpty(), "副县长张三 is a person");
    }

    static String text() {
        return new String(ShippedPlans.read(COUNTY), StandardCharsets.UTF_8);
    }

    static Plan county(String text) {
        return ShippedPlans.parse(COUNTY.toString(), text.getBytes(StandardCharsets.UTF_8));
    }

    static Body body(Plan p, Kind kind) {
        Optional<Body> body = p.bodies().stream().filter(b -> b.kind() == kind).findFirst();
        return body.orElseThrow(() -> new AssertionError(p.district().name() + " has no " + kind + ": " + p.bodies()));
    }

    private static Set<Kind> kinds(Plan p) {
        return p.bodies().stream().map(Body::kind).collect(Collectors.toSet());
    }

    private static Set<String> units(Body body, Position position) {
        return body.members().stream().filter(m -> m.position() == position).map(m -> m.unit().name())
                .collect(Collectors.toSet());
    }

    private static Map<Function, Integer> duties(Body body) {
        return body.duties().stream().collect(Collectors.toMap(Body.Duty::function, Body.Duty::line));
    }

    /** The bodies' facts, quotes with punctuation folded, without lines (a wrapped text has others). */
    static List<String> summary(Plan p) {
        return p.bodies().stream().map(b -> b.kind() + " " + b.unit().name() + " of " + (b.unitOf() == null ? "-" : b.unitOf().name())
                + " " + b.memberCount() + " " + Text.fold(b.quote())
                + b.chairs().stream().map(c -> " chair " + c.wording() + " " + Text.fold(c.quote())).toList()
                + b.members().stream().map(m -> " " + m.position() + " " + m.unit().name() + " " + Text.fold(m.quote())).toList()
                + b.duties().stream().map(d -> " " + d.function() + " " + Text.fold(d.quote())).toList()).toList();
    }
}
