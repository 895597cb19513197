package org.plankg.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.plankg.api.Http;
import org.plankg.bench.SyntheticPlans;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The unit view with more districts than fit as columns: 40 plans (the shipped texts under
 * invented district names, in turn) give one row per district, grouped by province and city,
 * with a filter.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManyDistrictsPageTest {

    private static final int PLANS = 40;
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = new Browser(1280, 1400);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void plans(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("plankg-many");
        for (Path plan : SyntheticPlans.write(Path.of("data/plans"), dir.resolve("plans"), PLANS)) {
            // a unit whose name holds a slash, as some plans write joint offices
            Files.writeString(plan, Files.readString(plan).replace("区残联", "区残联/区红十字会"));
        }
        registry.add("plankg.plans", () -> dir.resolve("plans").toString());
        registry.add("plankg.data", () -> dir.resolve("tdb2").toString());
        // the first page (100 rows) read from the first 10 districts, as over 200 of 3,000 plans
        registry.add("plankg.unit-first-plans", () -> "10");
    }

    @Test
    void oneRowPerDistrictGroupedByProvinceAndCityWithAFilter() throws Exception {
        // more rows than a page: the first page, read from the first districts, is shown, then the
        // table again with every row
        String base = "http://localhost:" + port;
        Http.Response all = Http.get(base, "/api/units/区科协/items?limit=100000", "application/json");
        int total = Integer.parseInt(all.header("X-Total-Count"));
        assertTrue(total > 100, "区科协 has more rows than the first page: " + total);
        Http.Response first = Http.get(base, "/api/units/区科协/items", "application/json");
        assertEquals("", first.header("X-Total-Count"), "not counted in every plan");
        assertTrue(first.header("Link").contains("offset=100&limit=100>; rel=\"next\""), first.header("Link"));
        assertEquals(all.rows().subList(0, 100).toString(), first.rows().toString(), "the first page is the top of the whole list");
        browser.driver.get("http://localhost:" + port + "/?view=unit&unit=区科协");
        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("table.by-district[data-rows='all']")));
        assertTrue(browser.driver.findElement(By.cssSelector(".count")).getText().contains(PLANS + " / " + PLANS),
                "every district has 区科协 in some role, the last ones too: " + browser.driver.findElement(By.cssSelector(".count")).getText());
        List<String> columns = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertEquals(13, columns.size(), "district, ten national items, own items, plan level: " + columns);
        List<String> groups = table.findElements(By.cssSelector("tr.group")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("北京市", "福建省 · 泉州市"), groups);

        // plan 0 is 丰台's text, where 区科协 leads 科普设施建设工程 (the infrastructure project)
        String fengtaiLike = SyntheticPlans.inventedName(0) + "区";
        WebElement row = districtRow(table, fengtaiLike);
        int infrastructure = columns.indexOf("科普基础设施工程");
        assertTrue(row.findElements(By.cssSelector("td")).get(infrastructure - 1).getText().contains("牵头"), row.getText());
        browser.screenshot("unit-view-many-districts");

        // plan 1 is 鲤城's text, in 泉州市: filtering by its name leaves it alone under its city
        String lichengLike = SyntheticPlans.inventedName(1) + "区";
        WebElement filter = browser.driver.findElement(By.id("district-filter"));
        filter.sendKeys(lichengLike);
        List<WebElement> shown = table.findElements(By.cssSelector("tbody tr:not(.group)")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertEquals(1, shown.size());
        assertEquals(lichengLike, shown.get(0).findElement(By.cssSelector("th")).getText());
        assertEquals(List.of("福建省 · 泉州市"), table.findElements(By.cssSelector("tr.group")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList());
        assertTrue(browser.driver.findElement(By.cssSelector(".count")).getText().contains("1 / " + PLANS),
                browser.driver.findElement(By.cssSelector(".count")).getText());
    }

    @Test
    void aUnitWhoseNameHoldsASlashOpens() {
        browser.driver.get("http://localhost:" + port + "/?view=unit&unit="
                + java.net.URLEncoder.encode("区残联/区红十字会", java.nio.charset.StandardCharsets.UTF_8));
        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.by-district")));
        // 丰台's text: 区残联 takes part in the youth action (l.75)
        WebElement row = districtRow(table, SyntheticPlans.inventedName(0) + "区");
        assertTrue(row.getText().contains("参与"), row.getText());
    }

    private static WebElement districtRow(WebElement table, String district) {
        return table.findElements(By.cssSelector("tbody tr:not(.group)")).stream()
                .filter(r -> r.findElement(By.cssSelector("th")).getText().equals(district)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + district));
    }
}
