package org.plankg.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search and comparison views in Chromium, over the shipped plans with 朝阳's task 5 (l.84)
 * given hostile markup, which must show as text and never run.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparePageTest {

    static final String HOSTILE = "<img src=x onerror=\"window.hacked=1\">";
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = new Browser(1280, 1400);
    private static Path plans;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void plansWithHostileText(DynamicPropertyRegistry registry) throws IOException {
        plans = Files.createTempDirectory("plankg-compare-plans");
        try (Stream<Path> shipped = Files.list(Path.of("data/plans"))) {
            for (Path p : shipped.toList()) Files.copy(p, plans.resolve(p.getFileName()));
        }
        Path chaoyang = plans.resolve("004_6c226d949c8fefda.txt");
        Files.writeString(chaoyang, Files.readString(chaoyang).replace("大力提升应急科普传播能力", "大力提升应急" + HOSTILE + "科普传播能力"));
        registry.add("plankg.plans", plans::toString);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void searchShowsHitsByDistrictWithUnitsAndHostileTextAsText() throws IOException {
        browser.driver.get(base() + "/?view=search");
        WebElement box = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("search-q")));
        box.sendKeys("应急\n");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hits")));
        List<String> districts = browser.driver.findElements(By.cssSelector(".hits h3")).stream()
                .map(h -> h.getText().replaceAll(" ·.*", "")).toList();
        assertTrue(districts.containsAll(List.of("丰台区", "鲤城区", "通州区", "西城区", "朝阳区")), districts.toString());
        assertTrue(browser.driver.getCurrentUrl().contains("q="), "the URL can be shared");
        WebElement tongzhou = browser.driver.findElements(By.cssSelector(".hit")).stream()
                .filter(h -> h.getText().contains("002_4bd26428d9563ede.txt:101")).findFirst().orElseThrow();
        assertEquals("应急", tongzhou.findElement(By.tagName("mark")).getText());
        assertTrue(tongzhou.getText().contains("区应急局"), "the units that lead it: " + tongzhou.getText());
        assertTrue(tongzhou.findElement(By.cssSelector("cite a")).getDomAttribute("href").contains("view=plan"),
                "a link to the source sentence's plan");
        assertTrue(browser.driver.findElement(By.id("result")).getText().contains(HOSTILE), "hostile markup shown as text");
        assertEquals(Boolean.FALSE, browser.driver.executeScript("return window.hacked === 1"));
        browser.screenshot("search-view");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void eachChartHasOneBarPerDistrict() throws IOException {
        for (String chart : List.of("targets", "categories", "national")) {
            browser.driver.get(base() + "/?view=charts&chart=" + chart);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .chart svg")));
            List<String> bars = browser.driver.findElements(By.cssSelector("#result svg g.bar text[text-anchor=end]"))
                    .stream().map(WebElement::getText).sorted().toList();
            assertEquals(List.of("丰台区", "朝阳区", "西城区", "通州区", "鲤城区").stream().sorted().toList(), bars, chart);
            assertTrue(browser.driver.findElement(By.id("tools")).isDisplayed(), "CSV and SPARQL for " + chart);
            browser.screenshot("chart-" + chart);
            assertEquals(List.of(), browser.consoleErrors(), chart);
        }
        // grouped by province: 北京市 (four districts) and 福建省
        browser.driver.get(base() + "/?view=charts&chart=targets&group=province");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .chart svg")));
        assertEquals(2, browser.driver.findElements(By.cssSelector("#result svg g.bar")).size());
    }
}
