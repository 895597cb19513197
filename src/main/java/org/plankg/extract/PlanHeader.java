package org.plankg.extract;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plankg.plan.District;
import org.plankg.plan.PlanMetadata;
import org.plankg.vocab.Vocabulary;
import org.plankg.plan.Target;

/**
 * Reads a plan's metadata from its notice and title: district (with city and province), issuer,
 * document number, issue date, title and period; and its quantified targets
 * (公民具备科学素质的比例达到25.5%) from the whole text.
 */
final class PlanHeader {

    /** Who issues a plan: the government's office, the government, or the steering group or its office. */
    private static final String ISSUING_BODY = "(?:人民政府办公室|人民政府办公厅|人民政府|全民科学素质工作领导小组办公室|全民科学素质工作领导小组|科学技术协会"
            + "|党政办公室|管理委员会办公室|管委会办公室|管理委员会|管委会|行政公署办公室|行政公署|行署办公室)";
    /** An office issues a notice; a government named alone may be a site's banner (欢迎访问…区人民政府), so offices are looked for first. */
    /** A new area or development zone is run by its 管委会, whose office may be a 党政办公室; a 盟 or 地区 by its 行政公署. */
    private static final String ISSUING_OFFICE = "(?:人民政府办公室|人民政府办公厅|全民科学素质工作领导小组办公室|党政办公室|管理委员会办公室|管委会办公室|行政公署办公室|行署办公室)";
    private static final Pattern ISSUER =
            Pattern.compile("([\\u4e00-\\u9fa5]{1,6}?市)?([\\u4e00-\\u9fa5]{1,10}?[区县旗])" + ISSUING_BODY);
    private static final Pattern OFFICE_ISSUER =
            Pattern.compile("([\\u4e00-\\u9fa5]{1,6}?市)?([\\u4e00-\\u9fa5]{1,10}?[区县旗])" + ISSUING_OFFICE);
    /** A city's own office (晋江市人民政府办公室), or a prefecture's (渫阳苗族侗族自治州…, …盟). */
    private static final Pattern CITY_ISSUER = Pattern.compile("([\\u4e00-\\u9fa5]{1,10}?[市州盟])" + ISSUING_BODY);
    private static final Pattern CITY_OFFICE_ISSUER = Pattern.compile("([\\u4e00-\\u9fa5]{1,10}?[市州盟])" + ISSUING_OFFICE);
    /** The place a plan's title names, when no issuer is written: 《桐阴区2023年全民科学素质工作要点》. */
    private static final Pattern TITLED_PLACE = Pattern.compile(
            "^(?:.*?《)?([\\u4e00-\\u9fa5]{1,6}?市)?([\\u4e00-\\u9fa5]{1,10}?[区县旗市州盟])(?:\\d{4}年(?:度)?)?全民科学素质");
    /** A county cites its city's plan: 《北峪市全民科学素质行动规划纲要实施方案》. */
    private static final Pattern CITED_CITY = Pattern.compile("《([\\u4e00-\\u9fa5]{2,5}?[市州])");
    private static final Pattern TITLE = Pattern.compile("现将《(.+?)》(?:及[^《》，。]{1,12})?(?:印发|转发)");
    /** The title in the notice's own heading: 关于印发《…》的通知 (or 《…》及责任清单的通知). */
    private static final Pattern NOTICE_TITLE = Pattern.compile("关于\\s*(?:印发|转发)\\s*《?([^《》]+?)》?(?:及[^《》的]{1,12})?的通知");
    /** A title line standing alone: 岚平县全民科学素质行动规划纲要实施方案（2021—2025年）. */
    private static final Pattern TITLE_LINE = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{1,12}?[区县市旗州盟](?:\\d{4}年度?)?[\\u4e00-\\u9fa5]{2,30}?(?:方案|要点|规划|计划)(?:（[^）]{4,16}）)?$");
    private static final Pattern DOC_NUMBER = Pattern.compile("[\\u4e00-\\u9fa5]{1,10}〔\\d{4}〕\\d+号");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})年?[-—–~至到]+(\\d{4})年?");
    private static final Pattern TARGET =
            Pattern.compile("科学素质[^。，]{0,8}?比例[^。\\d]{0,12}?(\\d{1,2}(?:\\.\\d+)?)%");
    /** A local plan's title: a place, then its plan (方案, 规划, 计划, 要点), perhaps its period. */
    private static final Pattern CITED_PLAN = Pattern.compile(
            "《([\\u4e00-\\u9fa5]{1,12}?[省市区县州盟旗][^《》]{2,50}?(?:方案|规划|计划|要点)(?:（[^）]{4,16}）)?)》");
    private static final int CITES_CHARS = 3000;
    private static final Pattern NATIONAL = Pattern.compile("^(?:全民|国家|全国|中华人民共和国|国务院)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    /** A year's work plan by its title: 2023年全民科学素质工作要点, 2022年度…工作计划. */
    private static final Pattern WORK_PLAN = Pattern.compile("(\\d{4})年度?[^《》]{0,20}?(?:工作要点|工作计划|工作安排|任务清单|实施计划|任务台账|工作台账|责任清单|任务分解)");
    /** The outlines a plan cites: the 2021 one (规划纲要, 国发〔2021〕9号) and the earlier one (计划纲要, 国发〔2006〕7号, 国办发〔2016〕10号). */
    private static final Pattern CITES_2021 = Pattern.compile("规划纲要（2021|国发〔2021〕9号");
    private static final Pattern CITES_2006 = Pattern.compile("计划纲要（2006|国发〔2006〕7号|国办发〔2016〕10号");
    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");
    private static final List<String> PROVINCES = List.of("河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
            "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
            "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区",
            "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区");
    /** The notice and title come first; targets and the body's references to other documents later. */
    private static final int HEADER_CHARS = 1500;

    record Header(District district, String issuer, String title, String documentNumber, LocalDate issued,
                  Integer startYear, Integer endYear, PlanMetadata.Kind kind, String outline, String cites) {
    }

    private PlanHeader() {
    }

    /** Reads the header from the paragraphs; {@code all} is their concatenation. */
    static Header read(List<Text> paragraphs, Text all) throws PlanFormatException {
        String n = all.norm();
        Issuer issuer = issuer(paragraphs);
        if (issuer == null) {
            throw new PlanFormatException("no issuing district found (expected “…区人民政府办公室”, “…县人民政府办公室” "
                    + "or “…市人民政府办公室” in the notice)");
        }
        String city = issuer.city() != null ? issuer.city() : citedCity(n, issuer.name());
        String province = city == null ? mostFrequentProvince(n)
                : MUNICIPALITIES.contains(city) ? city : mostFrequentProvince(n);
        String name = issuer.name();
        District district = new District((issuer.city() == null ? "" : issuer.city()) + name, name, city, province);

        String head = n.substring(0, Math.min(n.length(), HEADER_CHARS));
        Matcher title = TITLE.matcher(head);
        boolean hasTitle = title.find();
        String titleText = hasTitle ? all.orig().substring(title.start(1), title.end(1)).strip() : null;
        Matcher notice = NOTICE_TITLE.matcher(head);
        if (notice.find()) {
            String noticeTitle = all.orig().substring(notice.start(1), notice.end(1)).strip();
            // the notice's heading names the plan in full where 现将《实施方案》印发 shortens it
            if (titleText == null || bare(noticeTitle).length() > bare(titleText).length()) titleText = noticeTitle;
        }
        if (titleText == null) titleText = titleLine(paragraphs);
        Matcher number = DOC_NUMBER.matcher(head.substring(0, hasTitle ? title.start() : head.length()));
        Matcher date = DATE.matcher(head);
        Matcher period = PERIOD.matcher(titleText == null ? "" : Text.fold(titleText));
        boolean hasPeriod = period.find();
        Integer start = hasPeriod ? Integer.valueOf(period.group(1)) : null;
        Integer end = hasPeriod ? Integer.valueOf(period.group(2)) : null;
        Matcher workPlan = WORK_PLAN.matcher(titleText == null ? "" : Text.fold(titleText));
        PlanMetadata.Kind kind = PlanMetadata.Kind.IMPLEMENTATION;
        if (!hasPeriod && workPlan.find()) {
            kind = PlanMetadata.Kind.WORK_PLAN;
            start = end = Integer.valueOf(workPlan.group(1));
        }
        // the office as it signs, and the date under it, which is the date of issue
        String signature = signed(head, issuer, district);
        Matcher signedOn = DATE.matcher(signature == null ? "" : signature);
        String office = signature == null ? null : signature.replaceFirst("\\s*\\d{4}年.*$", "");
        return new Header(district, office, titleText, number.find() ? documentNumber(all, number) : null,
                signedOn.find() ? date(signedOn) : date.find() ? date(date) : null, start, end, kind, outline(n, end), cites(n, titleText));
    }

    /**
     * The first local plan the text names by title that is not the plan itself: a place's
     * 方案, 规划, 计划 or 要点 (《汀栎市…实施方案（2021—2025年）》), not a national document
     * (《全民科学素质行动规划纲要…》) nor a newspaper (《芷湾报》).
     */
    static String cites(String n, String ownTitle) {
        String own = ownTitle == null ? "" : bare(Text.fold(ownTitle));
        // a plan says what it carries out near its start: 根据《…》, 实施《…》的关键之年
        Matcher cited = CITED_PLAN.matcher(n).region(0, Math.min(n.length(), CITES_CHARS));
        while (cited.find()) {
            String title = cited.group(1);
            if (!bare(title).equals(own) && !NATIONAL.matcher(title).find()) return title;
        }
        return null;
    }

    /**
     * The outline a plan carries out: by its period or year, the earlier outline's plans ending by
     * 2020 (a 2021 plan looks back on the earlier outline in its review); without years, the one it
     * cites more often by title or number; null when nothing tells.
     */
    static String outline(String n, Integer endYear) {
        if (endYear != null) return endYear <= 2020 ? Vocabulary.OUTLINE_2006 : Vocabulary.OUTLINE_2021;
        long cites2021 = CITES_2021.matcher(n).results().count();
        long cites2006 = CITES_2006.matcher(n).results().count();
        if (cites2021 == cites2006) return null;
        return cites2021 > cites2006 ? Vocabulary.OUTLINE_2021 : Vocabulary.OUTLINE_2006;
    }

    private static String bare(String title) {
        return title.replaceAll("\\s", "");
    }

    /** A paragraph of the header that is a plan's title and nothing else, or null. */
    private static String titleLine(List<Text> paragraphs) {
        int chars = 0;
        for (Text p : paragraphs) {
            if (chars > HEADER_CHARS) break;
            chars += p.length();
            if (TITLE_LINE.matcher(p.norm().strip()).matches()) return p.orig().strip();
        }
        return null;
    }

    /**
     * The number without header words run into it: 办公室文件丰政办发〔2022〕9号 → 丰政办发〔2022〕9号, and
     * without the end of the line before when it stands on a line of its own (主题分类：科技 / 雾岭府办发〔2022〕9号).
     */
    private static String documentNumber(Text all, Matcher match) {
        int start = match.start();
        int bracket = all.norm().indexOf('〔', start);
        for (int i = start + 1; i <= bracket; i++) {
            if (all.lines()[i] != all.lines()[i - 1]) start = i;
        }
        String number = all.norm().substring(start, match.end());
        for (String header : List.of("文件", "办公室", "通知", "》")) {
            int at = number.lastIndexOf(header);
            if (at >= 0) number = number.substring(at + header.length());
        }
        return number;
    }

    private record Issuer(String city, String name, String office) {
    }

    /**
     * The issuing office as it signs the notice, with the date under it (蓼汀区人民政府办公室 under a letterhead
     * 棹城市蓼汀区人民政府办公室, 渫阳州… under 渫阳苗族侗族自治州…), else as the letterhead names it.
     */
    private static String signed(String head, Issuer issuer, District district) {
        for (String place : new String[] {district.city(), district.name()}) {
            if (place == null || place.length() < 2) continue;
            Matcher m = Pattern.compile(Pattern.quote(place.substring(0, 2)) + "[\\u4e00-\\u9fa5]{0,12}?" + ISSUING_BODY
                    + "\\s*\\d{4}年\\d{1,2}月\\d{1,2}日").matcher(head);
            if (m.find()) return m.group();
        }
        return issuer.office();
    }

    /**
     * The first paragraph opening with “[city]district人民政府办公室”, preferring one that names the
     * city; a county-level city's “city人民政府办公室” when no district or county office is found.
     */
    private static Issuer issuer(List<Text> paragraphs) {
        Issuer office = issuer(paragraphs, OFFICE_ISSUER, CITY_OFFICE_ISSUER);
        if (office == null) office = issuer(paragraphs, ISSUER, CITY_ISSUER);
        return office != null ? office : titledPlace(paragraphs);
    }

    private static Issuer issuer(List<Text> paragraphs, Pattern issuerPattern, Pattern cityIssuerPattern) {
        Issuer withoutCity = null;
        Issuer cityLevel = null;
        int chars = 0;
        for (Text paragraph : paragraphs) {
            if (chars > HEADER_CHARS) break;
            chars += paragraph.length();
            Matcher m = issuerPattern.matcher(paragraph.norm());
            if (m.lookingAt()) {
                if (m.group(1) != null) return new Issuer(m.group(1), m.group(2), m.group());
                if (withoutCity == null) withoutCity = new Issuer(null, m.group(2), m.group());
            }
            Matcher c = cityIssuerPattern.matcher(paragraph.norm());
            if (cityLevel == null && c.lookingAt()) cityLevel = new Issuer(null, c.group(1), c.group());
        }
        return withoutCity != null ? withoutCity : cityLevel;
    }

    /** The place the title names, where no issuer is written (the issuer stays unknown). */
    private static Issuer titledPlace(List<Text> paragraphs) {
        int chars = 0;
        for (Text paragraph : paragraphs) {
            if (chars > HEADER_CHARS) break;
            chars += paragraph.length();
            Matcher t = TITLED_PLACE.matcher(paragraph.norm());
            if (t.find()) return new Issuer(t.group(1), t.group(2), null);
        }
        return null;
    }

    /** The city whose plan a county or county-level city cites, if any (not the place itself). */
    private static String citedCity(String n, String place) {
        Matcher m = CITED_CITY.matcher(n);
        while (m.find()) {
            if (!m.group(1).equals(place)) return m.group(1);
        }
        return null;
    }

    private static String mostFrequentProvince(String n) {
        Map<String, Integer> counts = new HashMap<>();
        for (String province : PROVINCES) {
            String shortName = province.substring(0, 2);
            int count = n.split(shortName, -1).length - 1;
            if (count > 0) counts.put(province, count);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Targets of the plan's own period: a baseline (2020年…达到16.3%) is not a target. */
    static List<Target> targets(Text all, Integer startYear) {
        List<Target> out = new ArrayList<>();
        String n = all.norm();
        Matcher m = TARGET.matcher(n);
        while (m.find()) {
            Matcher year = YEAR.matcher(n.substring(Math.max(0, m.start() - 200), m.start()));
            Integer y = null;
            while (year.find()) y = Integer.valueOf(year.group(1));
            if (y == null || (startYear != null && y < startYear)) continue;
            int from = n.lastIndexOf('。', m.start()) + 1;
            int to = n.indexOf('。', m.end());
            Text quote = all.sub(from, to < 0 ? n.length() : to + 1).strip();
            out.add(new Target("公民具备科学素质的比例", new BigDecimal(m.group(1)), "%", y,
                    quote.orig(), all.lines()[m.start(1)]));
        }
        return out;
    }
}
