package org.plankg.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The lookup page in a real headless Chromium, checked against what the plans say. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LookupPageTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = new Browser(1280, 1400);

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void findTheScienceAssociationAndSeeWhereItLeads() throws IOException {
        browser.driver.get(base() + "/");
        WebElement search = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("unit-search")));
        search.sendKeys("科协");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#unit-options [role=option]")));
        search.sendKeys(Keys.ARROW_DOWN);
        String active = search.getDomAttribute("aria-activedescendant");
        assertEquals("区科协", browser.driver.findElement(By.id(active)).getDomAttribute("data-name"));
        search.sendKeys(Keys.ENTER);

        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.matrix")));
        assertTrue(browser.driver.getCurrentUrl().contains("unit="), "the URL reflects the choice");
        List<String> districts = table.findElements(By.cssSelector("thead th")).stream().skip(1).map(WebElement::getText).toList();
        assertEquals(Set.of("丰台区", "鲤城区", "通州区", "西城区", "朝阳区"), Set.copyOf(districts));
        assertTrue(cell(table, districts, "科普基础设施工程", "丰台区").getText().contains("牵头"), "丰台's 科普设施建设工程");
        assertTrue(cell(table, districts, "科普基础设施工程", "鲤城区").getText().contains("牵头"), "鲤城's 科普基础设施工程");
        assertTrue(cell(table, districts, "科普基础设施工程", "西城区").getText().contains("任务"), "西城: task numbers");
        assertTrue(cell(table, districts, "青少年科学素质提升行动", "鲤城区").getText().contains("牵头"));
        assertTrue(cell(table, districts, "青少年科学素质提升行动", "丰台区").getText().contains("参与"));
        browser.screenshot("unit-view");

        cell(table, districts, "科普基础设施工程", "鲤城区").findElement(By.cssSelector("button")).click();
        WebElement detail = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        assertTrue(detail.findElement(By.tagName("blockquote")).getText().startsWith("责任单位：区科协牵头"), detail.getText());
        assertTrue(detail.getText().contains("001_c19de8b630eb6de0.txt:153"), detail.getText());
        browser.screenshot("unit-view-quote");

        browser.driver.findElement(By.id("download")).click();
        List<String> csv = downloaded();
        int shownRows = table.findElements(By.cssSelector("tbody tr:not(.group)")).size();
        assertEquals(shownRows + 1, csv.size(), "header and one line per row shown: " + csv);
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("科普基础设施工程,") && l.contains("牵头")), csv.toString());

        browser.driver.findElement(By.cssSelector("#sparql summary")).click();
        browser.waiting().until(d -> d.findElement(By.id("sparql-text")).getText().contains("VALUES ?unitIri"));

        browser.driver.findElement(By.id("lang")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("table.matrix caption")).getText().startsWith("Responsibilities of"));
        assertTrue(browser.driver.findElement(By.cssSelector("table.matrix")).getText().contains("Youth science literacy action"));
        assertTrue(browser.driver.getCurrentUrl().contains("lang=en"));
        browser.screenshot("unit-view-english");
        assertOnlyLocalRequestsAndNoErrors();
    }

    @Test
    void theYouthActionsLeadsPerDistrict() throws IOException {
        browser.driver.get(base() + "/?view=item&national=youth");
        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.item-matrix")));
        WebElement tongzhou = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals("通州区")).findFirst().orElseThrow();
        List<String> leads = tongzhou.findElements(By.tagName("td")).get(1).findElements(By.tagName("li"))
                .stream().map(WebElement::getText).toList();
        assertEquals(Set.of("区教委", "团区委", "区科协"), Set.copyOf(leads));
        browser.screenshot("item-view");
        assertOnlyLocalRequestsAndNoErrors();
    }

    @Test
    void aPlanWithItsTasksAndWhoAnswersForThem() throws IOException {
        browser.driver.get(base() + "/?view=plan&plan=西城区");
        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.plan")));
        WebElement firstTask = table.findElements(By.cssSelector("tr.task-row")).get(0);
        assertTrue(firstTask.getText().contains("区教委") && firstTask.getText().contains("团区委"), firstTask.getText());
        assertTrue(browser.driver.findElement(By.id("result")).getText().contains("西政办发〔2022〕6号"));
        browser.screenshot("plan-view");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.driver.get(base() + "/?view=unit&unit=区教委");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.matrix")));
        Long overflow = (Long) browser.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "the page itself does not scroll sideways at phone width (tables scroll inside)");
        browser.screenshot("unit-view-phone");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
        assertOnlyLocalRequestsAndNoErrors();
    }

    @Test
    void aPlansSteeringBodiesShowTheChairPostAndTheViceChairUnits() throws IOException {
        browser.driver.get(base() + "/?view=plan&plan=丰台区");
        WebElement office = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#bodies article")));
        assertTrue(office.findElement(By.tagName("h4")).getText().startsWith("区纲要办"), office.getText());
        assertEquals("主管区长", office.findElement(By.cssSelector("dd.body-chair")).getText(), "a post, from line 229");
        assertEquals(Set.of("区政府办", "区科协", "区科信局"), Set.copyOf(office.findElements(By.cssSelector("dd.body-vice-chair a"))
                .stream().map(WebElement::getText).toList()));
        assertEquals("区科协", office.findElement(By.cssSelector("dd.body-office-host")).getText());
        assertTrue(office.getText().contains("其办事机构设在区科协") && office.getText().contains("000_64d43a6d2d8e1f87.txt:229"),
                office.getText());
        browser.driver.executeScript("document.getElementById('bodies').scrollIntoView();");
        browser.screenshot("plan-view-bodies");

        browser.driver.get(base() + "/?view=unit&unit=区科协");
        WebElement places = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-bodies")));
        List<String> hosts = places.findElements(By.cssSelector("li.role-office-host")).stream().map(WebElement::getText).toList();
        assertEquals(4, hosts.size(), "丰台, 鲤城, 通州 and 西城 host their office at 区科协: " + hosts);
        assertTrue(places.findElements(By.cssSelector("li.role-vice-chair")).get(0).getText().contains("丰台区 · 区纲要办"),
                places.getText());
        browser.driver.findElement(By.id("lang")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("#unit-bodies h3")).getText().endsWith("in the steering bodies"));
        browser.screenshot("unit-view-bodies");
        assertOnlyLocalRequestsAndNoErrors();
    }

    @Test
    void theSparqlEditorRunsAnExampleQuestion() throws IOException {
        browser.driver.get(base() + "/sparql");
        browser.waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertEquals("10", browser.driver.findElement(By.cssSelector(".timeout")).getText(),
                "the editor states plankg.sparql.timeout as the service answers it at /sparql/limits (10 s unless configured)");
        List<String> examples = browser.driver.findElements(By.cssSelector("#examples option")).stream()
                .map(o -> o.getDomAttribute("value")).toList();
        assertTrue(examples.contains("unit-items") && !examples.contains("stored-plans"), "researchers' questions only: " + examples);
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("examples"))).selectByValue("plans");
        browser.waiting().until(d -> ((String) browser.driver.executeScript(
                "return window.plankgYasgui.getTab().getQuery();")).contains("pk:sha256"));
        browser.driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("丰政办发〔2022〕9号"));
        browser.screenshot("sparql-editor");
        assertOnlyLocalRequestsAndNoErrors();
    }

    private static WebElement cell(WebElement table, List<String> districts, String rowLabel, String district) {
        WebElement row = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("th[scope=row]")).isEmpty()
                        && r.findElement(By.cssSelector("th[scope=row]")).getText().equals(rowLabel))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + rowLabel));
        return row.findElements(By.tagName("td")).get(districts.indexOf(district));
    }

    private static List<String> downloaded() throws IOException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                List<Path> csv = files.filter(f -> f.toString().endsWith(".csv")).toList();
                if (!csv.isEmpty()) {
                    String text = Files.readString(csv.get(0), StandardCharsets.UTF_8).replace("\uFEFF", "");
                    Files.delete(csv.get(0));
                    return new ArrayList<>(text.lines().toList());
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no CSV was downloaded");
    }

    private static void assertOnlyLocalRequestsAndNoErrors() {
        for (String url : browser.requests()) {
            if (url.startsWith("data:") || url.startsWith("blob:")) continue;
            String host = URI.create(url).getHost();
            assertTrue(host.equals("localhost") || host.equals("127.0.0.1"), "a request left localhost: " + url);
        }
        assertEquals(List.of(), browser.consoleErrors(), "script errors");
    }
}
