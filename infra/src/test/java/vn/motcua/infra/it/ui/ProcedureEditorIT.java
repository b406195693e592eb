package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.catalog.CatalogApi;

/**
 * Issue 15, item 2: a province administrator creates a procedure, then edits it, in the structured editor by keyboard
 * alone (Tab, Enter, Space and typing; no click), and the steps, documents and fees are read back as written.
 */
class ProcedureEditorIT {

    @Test
    void aProcedureIsCreatedAndEditedByKeyboardAlone() {
        String code = CatalogApi.uniqueCode();
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "gia-lai.admin");
            browser.go("/catalog/procedure.xhtml?new=true");
            WebUi.waitForPageLoad(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("editForm:newCode")).isDisplayed());

            tabTo(browser, "editForm:newCode");
            type(d, code);
            tabTo(browser, "editForm:name");
            type(d, "Thủ tục soạn bằng bàn phím " + code);

            // three steps; the total says how far the shares are from 100 %
            addRow(browser, "editForm:addStep", "editForm:stepTable:0:stepName");
            step(browser, 0, "Tiếp nhận hồ sơ", "20", "Xã giải quyết hồ sơ", "Cán bộ một cửa");
            assertTotal(browser, "Tổng: 20 % — còn thiếu 80 %", "short");
            addRow(browser, "editForm:addStep", "editForm:stepTable:1:stepName");
            step(browser, 1, "Ký duyệt", "15", "Sở Tư pháp - tỉnh Gia Lai", "Lãnh đạo đơn vị");
            assertTotal(browser, "Tổng: 35 % — còn thiếu 65 %", "short");
            addRow(browser, "editForm:addStep", "editForm:stepTable:2:stepName");
            step(browser, 2, "Thẩm định hồ sơ", "50", "Sở Tư pháp - tỉnh Gia Lai", "Chuyên viên xử lý");
            assertTotal(browser, "Tổng: 85 % — còn thiếu 15 %", "short");
            tabTo(browser, "editForm:stepTable:2:stepAmount");
            retype(d, "65");
            assertTotal(browser, "Tổng: 100 % — đủ 100 %", "ok");
            browser.screenshot("ui-procedure-editor-steps");

            // the third step goes up, and the focus follows it
            tabTo(browser, "editForm:stepTable:2:stepUp");
            assertEquals("Chuyển bước 3 lên trên", active(d).getAttribute("aria-label"));
            type(d, Keys.ENTER);
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> "editForm:stepTable:1:stepUp".equals(activeId(drv)));
            assertEquals("Thẩm định hồ sơ", d.findElement(By.id("editForm:stepTable:1:stepName")).getAttribute("value"));
            assertEquals("Ký duyệt", d.findElement(By.id("editForm:stepTable:2:stepName")).getAttribute("value"));

            // a document (two copies, copies not originals) and a fee in đồng
            addRow(browser, "editForm:addDocument", "editForm:documentTable:0:documentName");
            type(d, "Đơn đề nghị chứng thực");
            tabTo(browser, "editForm:documentTable:0:documentCopies");
            retype(d, "2");
            tabTo(browser, "editForm:documentTable:0:documentKind");
            choose(d, "Bản sao");
            addRow(browser, "editForm:addFee", "editForm:feeTable:0:feeName");
            type(d, "Lệ phí chứng thực");
            tabTo(browser, "editForm:feeTable:0:feeAmount_input");
            retype(d, "25000");
            tabTo(browser, "editForm:feeTable:0:feeNote");
            assertEquals("25.000 ₫", d.findElement(By.id("editForm:feeTable:0:feeAmount_input")).getAttribute("value"));

            save(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElements(By.id("procedureName")).stream()
                    .anyMatch(e -> e.getText().equals("Thủ tục soạn bằng bàn phím " + code)));
            WebUi.waitForPageLoad(browser);
            browser.screenshot("ui-procedure-editor-created");
        }
        JsonObject created = procedure(code);
        assertEquals(List.of(
                        "Tiếp nhận hồ sơ|20|0|H21.XA|CLERK",
                        "Thẩm định hồ sơ|65|0|H21.16|OFFICER",
                        "Ký duyệt|15|0|H21.16|UNIT_LEADER"),
                steps(created.getJsonArray("steps")));
        JsonObject doc = created.getJsonArray("documents").getJsonObject(0);
        assertEquals(1, created.getJsonArray("documents").size());
        assertEquals("Đơn đề nghị chứng thực", doc.getString("name"));
        assertEquals(2, doc.getInt("copies"));
        assertEquals(false, doc.getBoolean("original"));
        assertEquals(1, created.getJsonArray("fees").size());
        assertEquals("Lệ phí chứng thực", created.getJsonArray("fees").getJsonObject(0).getString("name"));
        assertEquals(25000L, created.getJsonArray("fees").getJsonObject(0).getJsonNumber("amountVnd").longValue());

        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "gia-lai.admin");
            browser.go("/catalog/procedure.xhtml?code=" + code);
            WebUi.waitForPageLoad(browser);
            tabTo(browser, "toolbarForm:edit");
            type(d, Keys.ENTER);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("editForm:stepTable:0:stepName")).isDisplayed());
            WebUi.waitForAjax(browser);
            assertTotal(browser, "Tổng: 100 % — đủ 100 %", "ok");

            tabTo(browser, "editForm:stepTable:0:stepAmount");
            retype(d, "25");
            assertTotal(browser, "Tổng: 105 % — vượt 5 %", "over");
            tabTo(browser, "editForm:stepTable:2:stepAmount");
            retype(d, "10");
            assertTotal(browser, "Tổng: 100 % — đủ 100 %", "ok");

            // the fee is removed with the Space key; the focus goes to "add a fee"
            tabTo(browser, "editForm:feeTable:0:feeRemove");
            assertEquals("Xóa khoản thu 1", active(d).getAttribute("aria-label"));
            type(d, Keys.SPACE);
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> "editForm:addFee".equals(activeId(drv)));
            assertTrue(d.findElements(By.id("editForm:feeTable:0:feeName")).isEmpty());

            save(browser);
            WebUi.waitFor(browser).until(drv -> WebUi.bodyText(browser).contains("Đã lưu phiên bản mới"));
            WebUi.waitForPageLoad(browser);
            List<String> shown = d.findElements(By.cssSelector("[id$='steps_data'] tr")).stream().map(WebElement::getText).toList();
            assertEquals(3, shown.size(), shown::toString);
            assertTrue(shown.get(0).startsWith("1 Tiếp nhận hồ sơ"), shown.get(0));
            assertTrue(shown.get(2).contains("Ký duyệt") && shown.get(2).contains("Lãnh đạo đơn vị"), shown.get(2));
            browser.screenshot("ui-procedure-editor-edited");
        }
        JsonObject edited = procedure(code);
        assertEquals(List.of(
                        "Tiếp nhận hồ sơ|25|0|H21.XA|CLERK",
                        "Thẩm định hồ sơ|65|0|H21.16|OFFICER",
                        "Ký duyệt|10|0|H21.16|UNIT_LEADER"),
                steps(edited.getJsonArray("steps")));
        assertEquals(0, edited.getJsonArray("fees").size());
        assertEquals("Đơn đề nghị chứng thực", edited.getJsonArray("documents").getJsonObject(0).getString("name"));
    }

    private static JsonObject procedure(String code) {
        var r = CatalogApi.as("gia-lai.admin").get("/api/procedures/" + code);
        assertEquals(200, r.status(), r::toString);
        return CatalogApi.object(r);
    }

    private static List<String> steps(JsonArray steps) {
        return steps.stream().map(v -> v.asJsonObject()).map(s -> s.getString("name") + "|" + s.getInt("sharePercent")
                + "|" + s.getInt("hours") + "|" + s.getString("unitRef", "") + "|" + s.getString("role", "")).toList();
    }

    /** Fills step {@code i} from its name field onwards, moving with Tab. */
    private static void step(Browser browser, int i, String name, String share, String unit, String role) {
        WebDriver d = browser.driver();
        String row = "editForm:stepTable:" + i + ":";
        assertEquals(row + "stepName", activeId(d));
        type(d, name);
        tabTo(browser, row + "stepAmount");
        type(d, share);
        tabTo(browser, row + "stepUnit");
        choose(d, unit);
        tabTo(browser, row + "stepRole");
        choose(d, role);
    }

    /** Presses Enter on an "add" button reached with Tab; the new row's first field gets the focus. */
    private static void addRow(Browser browser, String button, String firstField) {
        tabTo(browser, button);
        type(browser.driver(), Keys.ENTER);
        WebUi.waitForAjax(browser);
        WebUi.waitFor(browser).until(drv -> firstField.equals(activeId(drv)));
    }

    private static void save(Browser browser) {
        tabTo(browser, "editForm:save");
        type(browser.driver(), Keys.ENTER);
    }

    private static void assertTotal(Browser browser, String text, String state) {
        WebUi.waitForAjax(browser);
        try {
            WebUi.waitFor(browser).until(drv -> text.equals(drv.findElement(By.id("editForm:stepTotal")).getText().strip()));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("ui-procedure-editor-total");
            List<WebElement> total = browser.driver().findElements(By.id("editForm:stepTotal"));
            fail("expected the total '" + text + "', found " + (total.isEmpty() ? "no total" : "'" + total.get(0).getText() + "'")
                    + "; focus on " + activeId(browser.driver()));
        }
        assertTrue(browser.driver().findElement(By.id("editForm:stepTotal")).getAttribute("class").contains("share-total-" + state));
    }

    /** Chooses an option of the focused select by typing its label; else by the arrow keys, from the top. */
    private static void choose(WebDriver d, String label) {
        type(d, label);
        Select select = new Select(active(d));
        if (label.equals(select.getFirstSelectedOption().getText())) {
            return;
        }
        type(d, Keys.HOME);
        for (int n = 0; n < 400 && !label.equals(select.getFirstSelectedOption().getText()); n++) {
            type(d, Keys.ARROW_DOWN);
        }
        assertEquals(label, select.getFirstSelectedOption().getText());
    }

    /** Presses Tab until the element with this id has the focus. */
    private static void tabTo(Browser browser, String id) {
        WebDriver d = browser.driver();
        for (int n = 0; n < 300; n++) {
            if (id.equals(activeId(d))) {
                return;
            }
            type(d, Keys.TAB);
        }
        browser.screenshot("ui-procedure-editor-tab");
        fail("Tab never reached " + id + "; the focus is on " + activeId(d));
    }

    /** Replaces the focused field's text: Ctrl+A, then the new text. */
    private static void retype(WebDriver d, String text) {
        new Actions(d).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
    }

    private static void type(WebDriver d, CharSequence... keys) {
        new Actions(d).sendKeys(keys).perform();
    }

    private static WebElement active(WebDriver d) {
        return d.switchTo().activeElement();
    }

    private static String activeId(WebDriver d) {
        return active(d).getAttribute("id");
    }
}
