package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;

/** A province administrator adds a unit and sees it in the tree; the tree goes back to before the 2025 merger. */
class UnitsPageIT {

    @Test
    void provinceAdministratorAddsAUnitAndSeesItInTheTree() {
        String name = "Bộ phận Một cửa thử " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "gia-lai.admin");
            d.findElement(By.id("card-units")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/config/units.xhtml"));
            WebUi.waitForPageLoad(browser);
            String tree = d.findElement(By.id("unitsForm:unitTree")).getText();
            assertTrue(tree.contains("UBND tỉnh Gia Lai"), tree);
            assertTrue(tree.contains("Sở Y tế - tỉnh Gia Lai"), tree);
            assertTrue(WebUi.bodyText(browser).contains("135 Xã") || WebUi.bodyText(browser).contains("Xã"), "counts by kind");

            d.findElement(By.id("toolbarForm:newUnit")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("createUnitForm:unitName")));
            WebUi.waitForAjax(browser);
            d.findElement(By.id("createUnitForm:unitName")).sendKeys(name);
            d.findElement(By.id("createUnitForm:createUnit")).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("unitsForm:unitTree")).getText().contains(name));
            assertTrue(WebUi.bodyText(browser).contains("Đã thêm đơn vị " + name), "confirmation");
            browser.screenshot("ui-units-added");

            // the tree as it was before the merger shows the absorbed province and the districts
            d.findElement(By.id("unitsForm:asOfPreMerger")).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("unitsForm:unitTree")).getText().contains("UBND tỉnh Bình Định"));
            String before = d.findElement(By.id("unitsForm:unitTree")).getText();
            assertTrue(before.contains("UBND huyện Chư Păh"), before);
            assertTrue(!before.contains(name), "the new unit did not exist then");
            browser.screenshot("ui-units-before-merger");

            // a unit's page shows its timeline
            d.findElement(By.linkText("UBND huyện Chư Păh")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/config/unit.xhtml"));
            WebUi.waitForPageLoad(browser);
            String timeline = d.findElement(By.id("timeline")).getText();
            assertTrue(timeline.contains("Chấm dứt hoạt động"), timeline);
            assertTrue(timeline.contains("Sáp nhập vào UBND xã"), timeline);
            browser.screenshot("ui-unit-timeline");
        }
    }

    @Test
    void readersSeeTheTreeButCannotChangeIt() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "ha-tinh.clerk");
            browser.go("/config/units.xhtml");
            WebUi.waitForPageLoad(browser);
            String tree = browser.driver().findElement(By.id("unitsForm:unitTree")).getText();
            assertTrue(tree.contains("UBND tỉnh Hà Tĩnh"), tree);
            assertTrue(!tree.contains("Gia Lai"), "only the own province");
            assertTrue(browser.driver().findElements(By.id("toolbarForm:newUnit")).isEmpty(), "no add button");
            browser.go("/config/unit-change.xhtml");
            WebUi.waitForPageLoad(browser);
            assertTrue(WebUi.text(browser, "errorCode").contains("403"));
        }
    }
}
