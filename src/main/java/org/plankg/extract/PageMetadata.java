package org.plankg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plankg.plan.Warning;

/**
 * Fills what a plan's text lacks from what its web page says about it (发布机构, 成文日期 or
 * 发布日期, 文号, the page title), and notes each value so taken: the text always wins.
 */
final class PageMetadata {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    private static final Pattern TITLE = Pattern.compile("《(.+?)》");

    private PageMetadata() {
    }

    static PlanHeader.Header fill(List<Text> paragraphs, Text all, Map<String, String> page, String source,
                                  List<Warning> notes) throws PlanFormatException {
        PlanHeader.Header h;
        try {
            h = PlanHeader.read(paragraphs, all);
        } catch (PlanFormatException e) {
            String issuer = page.get("issuer");
            if (issuer == null) throw e;
            List<Text> withIssuer = new ArrayList<>(List.of(Text.line(issuer, 0)));
            withIssuer.addAll(paragraphs);
            h = PlanHeader.read(withIssuer, all);
            notes.add(Warning.ofFile("issuing office taken from the page's 发布机构 (" + issuer + "): the plan's text names none"));
        }
        LocalDate issued = h.issued();
        if (issued == null && page.containsKey("issued") && (issued = date(page.get("issued"))) != null) {
            notes.add(Warning.ofFile("issue date " + issued + " taken from the page's metadata: the plan's text states none"));
        }
        String number = h.documentNumber();
        if (number == null && (number = page.get("documentNumber")) != null) {
            notes.add(Warning.ofFile("document number " + number + " taken from the page's 文号: the plan's text states none"));
        }
        String title = h.title();
        Matcher pageTitle = TITLE.matcher(page.getOrDefault("pageTitle", ""));
        if (title == null && pageTitle.find()) {
            title = pageTitle.group(1);
            notes.add(Warning.ofFile("title taken from the page's title: the plan's text states none"));
        }
        return new PlanHeader.Header(h.district(), h.issuer(), title, number, issued, h.startYear(), h.endYear(), h.kind(), h.outline(), h.cites());
    }

    private static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
