package org.plankg.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * The 变化 / Changes view in Chromium over district A of fixtures/periods (its 2016–2020 plan, its
 * 2021–2025 plan and its 2023 work points, with curated reforms): roles gained and lost with the
 * sentences on both sides, a shareable URL, the SPARQL behind it; the plan view links a work plan to
 * the plan it carries out. A reforms file's hostile successor name is shown as text.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangesPageTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)>区";
    static final Path PLANS = plans();

    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = new Browser(1280, 1400);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("plankg.plans", PLANS::toString);
    }

    private static Path plans() {
        try {
            Path plans = Files.createTempDirectory("plankg-periods-");
            Path fixtures = Path.of("src/test/resources/fixtures/periods");
            for (String f : List.of("a-2016-2020.txt", "a-2021-2025.html", "a-2023-work-points.txt")) {
                Files.copy(fixtures.resolve(f), plans.resolve(f));
            }
            Files.writeString(plans.resolve("reforms.csv"), "district,before,after,note\n"
                    + "芷湾区,区安监局,区应急管理局,curated\n"
                    + "芷湾区,区经信局,\"" + HOSTILE.replace("\"", "\"\"") + "\",hostile\n");
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDistrictsTwoPlansShowWhoGainedAndLostWhat() throws IOException {
        browser.driver.get("http://localhost:" + port + "/?view=changes&district=芷湾区&from=2016-2020&to=2021-2025");
        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.changes")));
        WebElement lost = table.findElement(By.xpath(".//tr[td/a[text()='区应急管理局'] and td/span[contains(@class,'change-lost')]]"));
        assertTrue(lost.getText().contains("参与单位：区经信局、区安监局"), "the 2016 sentence 区安监局 took part in: " + lost.getText());
        assertTrue(lost.getText().contains("区安监局 → 区应急管理局"), "the reform it was compared through: " + lost.getText());
        WebElement gained = table.findElement(By.xpath(".//tr[td/a[text()='区民政局'] and td/span[contains(@class,'change-gained')]]"));
        assertTrue(gained.getText().contains("a-2021-2025.html"), gained.getText());
        List<WebElement> hostile = table.findElements(By.xpath(".//td/a[text()='" + HOSTILE + "']"));
        assertTrue(!hostile.isEmpty(), "the hostile name is a unit's text");
        assertEquals(0, browser.driver.findElements(By.cssSelector("#result img")).size(), "no markup from the data");
        assertTrue(browser.driver.findElement(By.cssSelector("table.task-changes")).getText().contains("应急科普能力提升工程"));
        browser.screenshot("changes");

        browser.driver.findElement(By.cssSelector("#sparql summary")).click();
        String sparql = browser.waiting().until(d -> {
            String text = d.findElement(By.id("sparql-text")).getText();
            return text.contains("succeeds") ? text : null;
        });
        assertTrue(sparql.contains("2016-2020") && sparql.contains("2021-2025"), "the two plans are bound: " + sparql);
        assertTrue(browser.driver.getCurrentUrl().contains("view=changes") && browser.driver.getCurrentUrl().contains("from=2016-2020"));
    }

    /** One kind of unit across periods: a bar per period or year, as many as the store has. */
    @Test
    void oneCategorysRolesAcrossPeriodsAreCharted() {
        browser.driver.get("http://localhost:" + port + "/?view=charts&chart=periods&category=sci-assoc");
        WebElement svg = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .chart svg")));
        List<String> bars = svg.findElements(By.cssSelector("g.bar > text")).stream().map(WebElement::getText).toList();
        assertTrue(bars.containsAll(List.of("2016–2020 (1)", "2021–2025 (1)", "2023 (1)")), bars.toString());
        List<WebElement> leads = svg.findElements(By.cssSelector("rect.part-lead"));
        assertEquals(3, leads.size(), "a lead bar for each of the three periods");
        assertTrue(leads.stream().anyMatch(r -> Double.parseDouble(r.getDomAttribute("width")) > 0), "区科协 leads in some period");
    }

    @Test
    void aWorkPlanLinksToThePlanItCarriesOut() {
        browser.driver.get("http://localhost:" + port + "/?view=plan&plan=芷湾区-2023");
        WebElement meta = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dl.meta")));
        assertTrue(meta.getText().contains("年度工作计划"), meta.getText());
        WebElement cited = meta.findElement(By.xpath(".//a[contains(text(),'芷湾区全民科学素质行动规划纲要实施方案')]"));
        cited.click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("2021-2025"));
        WebElement heading = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result h3")));
        assertTrue(heading.getText().contains("2021—2025"), heading.getText());
    }
}
