package org.plankg.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.plankg.TestPlans;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Trying a plan and reading corrections in Chromium: a plan file chosen or dropped shows its rows,
 * its unread lines and a corrections file to download; a correction with a hostile reason (markup
 * and a spreadsheet formula) is marked on the unit and plan views and shown as text.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewPageTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> =HYPERLINK(\"http://evil.example/\")";
    static final Path PLANS = TestPlans.withFengtaiYouthLead(HOSTILE);

    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = new Browser(1280, 1400);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("plankg.plans", PLANS::toString);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void chooseOrDropAFileAndSeeWhatWasAndWasNotRead() throws IOException {
        String text = Files.readString(Path.of("data/plans/000_64d43a6d2d8e1f87.txt")).replace("## （二）实施农民科学素质行动",
                "本行动由区科协会同有关部门负责推进，牵头单位另行确定。\n\n## （二）实施农民科学素质行动");
        Path file = Files.createTempDirectory("plankg-upload-").resolve("试读.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        browser.driver.get(base() + "/?view=preview");
        browser.waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        browser.driver.findElement(By.id("preview-file")).sendKeys(file.toAbsolutePath().toString());
        WebElement source = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#preview-text ol")));
        List<WebElement> unread = source.findElements(By.cssSelector("li.unread"));
        assertTrue(unread.stream().anyMatch(l -> l.getText().contains("牵头单位另行确定")), "the unread line is marked");
        WebElement youth = browser.driver.findElement(By.xpath("//table[@class='plan']//tr[th[text()='青少年科学素质行动']]"));
        assertTrue(youth.getText().contains("区教委") && youth.getText().contains("区委宣传部"), youth.getText());
        browser.screenshot("preview");

        browser.driver.findElement(By.id("preview-template")).click();
        Path template = browser.waiting().until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        assertTrue(template.getFileName().toString().endsWith(".corrections.csv"), template.toString());
        assertTrue(Files.readString(template).contains("change,item,task,unit,role,to,line,quote,reason,by,date"));

        browser.driver.executeScript("""
                const dt = new DataTransfer();
                dt.items.add(new File([arguments[0]], 'dropped.txt', { type: 'text/plain' }));
                document.getElementById('preview-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
                """, Files.readString(Path.of("data/plans/002_4bd26428d9563ede.txt")));
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                "return [...document.querySelectorAll('#result h3')].some(h => h.textContent.includes('通州'))")));
        assertEquals(List.of(), browser.consoleErrors(), "no script error");
    }

    @Test
    void aCorrectedRowIsMarkedAndItsReasonShownAsText() {
        browser.driver.get(base() + "/?view=unit&unit=区科协");
        WebElement mark = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.matrix .corrected")));
        assertTrue(mark.getDomAttribute("title").startsWith(HOSTILE), mark.getDomAttribute("title"));
        mark.findElement(By.xpath("./ancestor::button")).click();
        WebElement detail = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .correction")));
        assertTrue(detail.getText().contains(HOSTILE), "the reason is shown as text: " + detail.getText());
        assertTrue(browser.driver.findElements(By.cssSelector("#detail img")).isEmpty(), "no markup from a reason");

        browser.driver.get(base() + "/?view=item&national=youth");
        WebElement matrixRow = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.item-matrix tr.corrected-row")));
        assertTrue(matrixRow.getText().contains("丰台区") && matrixRow.getText().contains("区科协"), matrixRow.getText());
        assertEquals(1, browser.driver.findElements(By.cssSelector("table.item-matrix tr.corrected-row")).size(),
                "the other districts' rows are as read");

        browser.driver.get(base() + "/?view=plan&plan=北京市丰台区-2021-2025");
        WebElement row = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.plan tr.corrected-row")));
        assertTrue(row.getText().contains("青少年科学素质行动"), row.getText());
        assertTrue(browser.driver.findElements(By.cssSelector("a.template")).size() == 1, "the plan's corrections file is offered");
        assertEquals(List.of(), browser.consoleErrors(), "no script error");
    }
}
