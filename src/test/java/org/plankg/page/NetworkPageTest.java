package org.plankg.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.plankg.api.Http;
import org.plankg.bench.SyntheticPlans;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The network view in a real headless Chromium, over 丰台's text under an invented district name
 * whose 科技资源科普化工程 is led by 区教委 and two hostile names instead of 区教委、区科协.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NetworkPageTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>管委会";
    /** As the extractor reads it: half-width brackets become full-width. */
    private static final String SHOWN = "<img src=x onerror=alert（1）>管委会";
    private static final String DISTRICT = SyntheticPlans.inventedName(0) + "区";
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = new Browser(1280, 1400);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void plans(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("plankg-network");
        List<Path> written = SyntheticPlans.write(Path.of("data/plans"), dir.resolve("plans"), 1);
        String text = Files.readString(written.get(0), StandardCharsets.UTF_8);
        Files.writeString(written.get(0), text.replace("牵头部门：区教委、区科协。",
                "牵头部门：区教委、" + MARKUP + "、=HYPERLINK(\"http://evil\")科协。"), StandardCharsets.UTF_8);
        registry.add("plankg.plans", () -> dir.resolve("plans").toString());
        registry.add("plankg.data", () -> dir.resolve("tdb2").toString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theNetworkIsDrawnAndAClickOnANodeOpensTheUnitView() throws IOException {
        browser.driver.get(base() + "/?view=network&district=" + DISTRICT);
        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.network-nodes")));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#network-graph canvas")));
        assertTrue(table.getText().contains(SHOWN), "the hostile name is shown as text: " + table.getText());
        assertTrue(browser.driver.findElements(By.cssSelector("img[src=x]")).isEmpty(), "and never becomes markup");
        browser.screenshot("network-view");

        // a real click where Cytoscape drew 区教委
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js.executeScript(
                "const n = window.networkGraph.nodes().filter(n => n.data('label') === '区教委')[0];"
                        + "window.networkGraph.zoom(1.5); window.networkGraph.center(n); return n.renderedPosition();");
        WebElement graph = browser.driver.findElement(By.id("network-graph"));
        int x = ((Number) at.get("x")).intValue() - graph.getSize().getWidth() / 2;
        int y = ((Number) at.get("y")).intValue() - graph.getSize().getHeight() / 2;
        new Actions(browser.driver).moveToElement(graph, x, y).click().perform();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.matrix")));
        assertTrue(browser.driver.getCurrentUrl().contains("view=unit"), browser.driver.getCurrentUrl());
        assertEquals("区教委", browser.driver.findElement(By.id("unit-search")).getDomProperty("value"));
    }

    @Test
    void anEdgeListsItsSharedItemsWithTheirSentences() {
        browser.driver.get(base() + "/?view=network&district=" + DISTRICT);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#network-graph canvas")));
        ((JavascriptExecutor) browser.driver).executeScript("window.networkGraph.edges().filter(e => "
                + "[e.source().data('label'), e.target().data('label')].includes('区教委') && "
                + "[e.source().data('label'), e.target().data('label')].some(l => l.startsWith('<img'))).emit('tap');");
        WebElement detail = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail blockquote")));
        String text = browser.driver.findElement(By.id("detail")).getText();
        assertTrue(text.contains("科技资源科普化工程"), text);
        assertTrue(text.contains("牵头部门：区教委、" + MARKUP), "the sentence as published: " + text);
        assertTrue(browser.driver.findElements(By.cssSelector("img[src=x]")).isEmpty());
    }

    @Test
    void exportsKeepHostileNamesAsText() {
        Http.Response csv = Http.get(base(), "/api/network?format=csv&district=" + DISTRICT);
        assertTrue(csv.body().lines().skip(1).allMatch(l -> !l.startsWith("=") && !l.contains(",=")), csv.body());
        Http.Response graphml = Http.get(base(), "/api/network?format=graphml&district=" + DISTRICT);
        assertTrue(!graphml.body().contains("<img") && graphml.body().contains("&lt;img src=x"), "markup is escaped in GraphML");
        Http.Response gexf = Http.get(base(), "/api/network?format=gexf&district=" + DISTRICT);
        assertTrue(!gexf.body().contains("<img") && gexf.body().contains("&lt;img src=x"), "and in GEXF");
    }

    @Test
    void everyViewKeepsItsOwnWordsInBothLanguages() {
        browser.driver.get(base() + "/?view=network&district=" + DISTRICT);
        browser.waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertEquals("显示前 N 个节点", browser.driver.findElement(By.cssSelector("label[for=net-top]")).getDomProperty("textContent"),
                "the network view's own word, not the charts view's");
        assertEquals("显示前", browser.driver.findElement(By.cssSelector("label[for=chart-top]")).getDomProperty("textContent"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> words = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/i18n.js').then(m => { const r = m.registry(); let refused = null;"
                        + " try { m.define('a test', { zh: { top: '前' }, en: { top: 'top' } }); } catch (e) { refused = e.message; }"
                        + " let unpaired = null;"
                        + " try { m.define('a test', { zh: { onlyChinese: '只有中文' }, en: {} }); } catch (e) { unpaired = e.message; }"
                        + " done({ zh: [...r.zh].sort(), en: [...r.en].sort(), topOwner: r.owners.top, refused, unpaired }); });");
        assertEquals(words.get("zh"), words.get("en"), "Chinese and English have the same words");
        assertEquals("network view", words.get("topOwner"));
        assertTrue(String.valueOf(words.get("refused")).contains("\"top\" is already network view's word"), String.valueOf(words.get("refused")));
        assertTrue(String.valueOf(words.get("unpaired")).contains("no en.onlyChinese"), String.valueOf(words.get("unpaired")));
        browser.driver.findElement(By.id("lang")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("label[for=net-top]"), "Show the top N nodes"));
        assertEquals(List.of(), browser.consoleErrors(), "no script error, no word missing");
    }
}
