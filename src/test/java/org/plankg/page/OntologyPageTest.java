package org.plankg.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The ontology's page in Chromium: the table of contents leads to a term's section. The store
 * holds one plan only, 朝阳's, its title given hostile markup, so pk:Plan's example is that plan
 * and its title must show as text and never run.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OntologyPageTest {

    static final String HOSTILE = "<img src=x onerror=window.hacked=1>";
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = new Browser(1280, 1000);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void onePlanWithAHostileTitle(DynamicPropertyRegistry registry) throws IOException {
        Path plans = Files.createTempDirectory("plankg-ontology-page");
        Path chaoyang = Path.of("data/plans/004_6c226d949c8fefda.txt");
        String text = Files.readString(chaoyang, StandardCharsets.UTF_8);
        String title = "规划纲要实施方案（2021-2035年）》印发";
        assertTrue(text.contains(title), "朝阳's notice names the plan's title");
        Files.writeString(plans.resolve(chaoyang.getFileName()), text.replace(title,
                title.replace("实施方案", "实施方案" + HOSTILE)), StandardCharsets.UTF_8);
        registry.add("plankg.plans", plans::toString);
    }

    @Test
    void aClassInTheContentsLeadsToItsSectionAndAHostileExampleStaysText() throws IOException {
        browser.driver.get("http://localhost:" + port + "/def/plankg");
        WebElement entry = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("nav.toc a[href='#Assignment']")));
        entry.click();
        browser.waiting().until(d -> "#Assignment".equals(browser.driver.executeScript("return location.hash")));
        WebElement section = browser.driver.findElement(By.id("Assignment"));
        assertTrue(section.isDisplayed());
        assertEquals(Boolean.TRUE, browser.driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", section),
                "the section is scrolled into view");
        assertEquals(section, browser.driver.findElement(By.cssSelector("section:target")));
        browser.screenshot("ontology-page");

        WebElement plan = browser.driver.findElement(By.id("Plan"));
        WebElement example = plan.findElement(By.xpath(".//dt[contains(., 'example')]/following-sibling::dd[1]/a"));
        assertTrue(example.getText().contains(HOSTILE), "the plan's title as text: " + example.getText());
        assertTrue(example.getDomAttribute("href").startsWith("/id/plan/"), example.getDomAttribute("href"));
        assertTrue(browser.driver.findElements(By.cssSelector("img[src=x]")).isEmpty(), "never markup");
        assertEquals(Boolean.FALSE, browser.driver.executeScript("return window.hacked === 1"));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
