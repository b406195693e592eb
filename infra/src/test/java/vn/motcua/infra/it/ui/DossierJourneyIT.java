package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;

/**
 * Issue 4's browser acceptance journey, with the demo officials of Gia Lai: the clerk receives a dossier (procedure
 * picked with the keyboard) and prints the receipt; the officer finds it in his worklist and requests a supplement;
 * the clerk records the returned papers; the officer completes his step and the leader the signing steps; the clerk
 * returns the result; the timeline shows every step and the audit check says the log is intact. Plus: a Hà Tĩnh clerk
 * gets "not found" for the Gia Lai dossier, and a stale page never overwrites someone else's action.
 */
class DossierJourneyIT {

    /** A demo procedure of every demo province, with an officer step and two leader steps (as DossierLifecycleIT). */
    static final String PROCEDURE = "1.000046";

    @Test
    void aDossierGoesFromTheDeskThroughTheOfficesAndBackWithItsWholeTimeline() {
        String applicant = "Phạm Thị Thu Hà " + UUID.randomUUID().toString().substring(0, 4);
        try (Browser browser = Browser.open()) {
            onFailure(browser, "ui-dossier-journey", () -> {
                WebDriver d = browser.driver();
                // 1. the clerk receives the dossier; the procedure is searched and picked with the keyboard only
                WebUi.signInAsDemo(browser, "gia-lai.clerk");
                List<String> cards = WebUi.linkTargets(browser, "#homeCards a.action-card");
                assertTrue(cards.containsAll(List.of("/dossiers/receive.xhtml", "/dossiers/my-work.xhtml",
                        "/dossiers/index.xhtml")), cards::toString);
                assertTrue(WebUi.linkTargets(browser, "nav.main-nav a").contains("/dossiers/receive.xhtml"));
                d.findElement(By.id("card-receive")).click();
                WebUi.waitForPageLoad(browser);
                // the procedure search has the focus when the page opens (p:focus, after the page's scripts ran)
                WebUi.waitFor(browser).until(drv -> "receiveForm:procedure_input".equals(
                        drv.switchTo().activeElement().getAttribute("id")));
                WebElement search = d.switchTo().activeElement();
                search.sendKeys(PROCEDURE);
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + PROCEDURE + "')]")));
                search.sendKeys(Keys.ENTER);
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("receiveProcedureTime")));
                assertTrue(search.getAttribute("value").startsWith(PROCEDURE), search.getAttribute("value"));
                assertFalse(d.findElements(By.cssSelector("input[id$=':docName']")).isEmpty(),
                        "the procedure's documents are prefilled");
                search.sendKeys(Keys.TAB);
                d.findElement(By.id("receiveForm:applicantName")).sendKeys(applicant);
                d.findElement(By.id("receiveForm:applicantIdNumber")).sendKeys("064190001234");
                d.findElement(By.id("receiveForm:applicantPhone")).sendKeys("0912345678");
                d.findElement(By.id("receiveForm:applicantAddress")).sendKeys("12 Trần Hưng Đạo, Pleiku");
                WebElement receive = d.findElement(By.id("receiveForm:receive"));
                scroll(d, receive);
                receive.click();
                WebUi.waitForAjax(browser);
                String code = WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                        By.id("receiptCode"))).getText();
                assertTrue(code.matches("[A-Z0-9.]+-\\d{6}-\\d{4}"), code);
                assertEquals(8, WebUi.text(browser, "receiptSecret").length());
                assertTrue(WebUi.text(browser, "receiptAppointment").matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"),
                        WebUi.text(browser, "receiptAppointment"));
                WebElement print = d.findElement(By.id("printReceipt"));
                assertEquals("_blank", print.getAttribute("target"));
                String pdfPath = print.getAttribute("href").replaceFirst("^https?://[^/]+", "");
                assertEquals("/dossiers/pdf/" + code + "/RECEIPT", pdfPath);
                // The web session opens the PDF (the REST API ignores sessions; the pages link to the web path).
                Http.Response pdf = session(browser).get(pdfPath);
                assertEquals(200, pdf.status(), pdf::toString);
                Http.Response anonymous = Http.toSystemUnderTest().get(pdfPath);
                assertFalse(anonymous.body().startsWith("%PDF"), "no PDF without a session: " + anonymous.status());
                assertTrue(pdf.contentType().orElse("").startsWith("application/pdf"), pdf::toString);
                assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
                browser.screenshot("ui-dossier-receipt");

                // 2. the officer finds it in his worklist and asks for a supplement
                WebUi.signOut(browser);
                WebUi.signInAsDemo(browser, "gia-lai.officer");
                List<String> officerCards = WebUi.linkTargets(browser, "#homeCards a.action-card");
                assertTrue(officerCards.contains("/dossiers/my-work.xhtml"), officerCards::toString);
                assertFalse(officerCards.contains("/dossiers/receive.xhtml"), "officers do not receive");
                browser.go("/dossiers/receive.xhtml");
                WebUi.waitForPageLoad(browser);
                assertEquals("403", WebUi.text(browser, "errorCode"), "the view bean refuses too");
                browser.go("/dossiers/my-work.xhtml");
                WebUi.waitForPageLoad(browser);
                WebElement filter = d.findElement(By.id("workForm:filter"));
                filter.sendKeys(code, Keys.ENTER);
                WebUi.waitForAjax(browser);
                WebElement link = WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("a.dossier-link[data-code='" + code + "']")));
                String rowClass = link.findElement(By.xpath("./ancestor::tr[1]")).getAttribute("class");
                assertTrue(rowClass.contains("urgency-ON_TRACK") || rowClass.contains("urgency-DUE_SOON"), rowClass);
                browser.screenshot("ui-dossier-worklist");
                link.click();
                WebUi.waitFor(browser).until(ExpectedConditions.textToBe(By.id("dossierCode"), code));
                WebUi.waitForPageLoad(browser);
                assertTrue(d.findElements(By.id("actionsForm:act_RETURN_RESULT")).isEmpty(), "not the officer's action");
                act(browser, "REQUEST_SUPPLEMENT", "Bản sao căn cước công dân có chứng thực");
                waitForStatus(browser, "Yêu cầu bổ sung");
                assertEquals("1", WebUi.text(browser, "dossierSupplements").strip().substring(0, 1));
                assertFalse(d.findElements(By.id("form-SUPPLEMENT_REQUEST")).isEmpty(), "the supplement request form");
                assertTrue(WebUi.text(browser, "dossierWaiting").contains("đồng hồ dừng từ"), "the clock stands still");

                // 3. the clerk records the papers the applicant brought back
                WebUi.signOut(browser);
                WebUi.signInAsDemo(browser, "gia-lai.clerk");
                browser.go("/dossiers/index.xhtml");
                WebUi.waitForPageLoad(browser);
                ((JavascriptExecutor) d).executeScript("PF('statusMenu').selectValue('5');");
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("listForm:dossiers")).getText().contains(code));
                assertTrue(d.findElement(By.id("listForm:dossiers")).getText().contains("Yêu cầu bổ sung"));
                d.findElement(By.id("openForm:code")).sendKeys(code, Keys.ENTER);
                WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/dossiers/dossier.xhtml"));
                WebUi.waitForPageLoad(browser);
                assertEquals(code, WebUi.text(browser, "dossierCode"));
                assertTrue(WebUi.text(browser, "dossierPending").contains("Bản sao căn cước"), "what the applicant must bring");
                act(browser, "RECEIVE_SUPPLEMENT", null);
                waitForStatus(browser, "Đang xử lý");

                // 4. the officer completes his step; the leader signs (the procedure has two leader steps)
                WebUi.signOut(browser);
                WebUi.signInAsDemo(browser, "gia-lai.officer");
                openDossier(browser, code);
                act(browser, "COMPLETE_STEP", null);
                WebUi.waitFor(browser).until(drv -> drv.findElements(By.id("actionsForm:act_COMPLETE_STEP")).isEmpty());

                WebUi.signOut(browser);
                WebUi.signInAsDemo(browser, "gia-lai.leader");
                openDossier(browser, code);
                for (int i = 0; i < 5 && !WebUi.text(browser, "dossierStatus").equals("Đã có kết quả, chờ trả"); i++) {
                    String before = WebUi.text(browser, "dossierCurrentStep");
                    act(browser, "COMPLETE_STEP", null);
                    WebUi.waitFor(browser).until(drv -> !WebUi.text(browser, "dossierCurrentStep").equals(before));
                }
                waitForStatus(browser, "Đã có kết quả, chờ trả");

                // 5. the clerk returns the result
                WebUi.signOut(browser);
                WebUi.signInAsDemo(browser, "gia-lai.clerk");
                openDossier(browser, code);
                d.findElement(By.id("actionsForm:act_RETURN_RESULT")).click();
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:returnMethod")));
                WebUi.waitForAjax(browser);
                confirm(browser);
                waitForStatus(browser, "Đã trả kết quả");
                assertTrue(d.findElements(By.cssSelector("#actionsForm button")).isEmpty(), "nothing left to do");
                browser.screenshot("ui-dossier-page");

                // 6. the timeline shows every step, and the hash chain checks out
                List<String> actions = d.findElements(By.cssSelector("#timeline li.tl-event")).stream()
                        .map(e -> e.getAttribute("data-action")).toList();
                assertEquals("RECEIVE", actions.get(0), actions::toString);
                assertEquals("RETURN_RESULT", actions.get(actions.size() - 1), actions::toString);
                assertTrue(actions.indexOf("REQUEST_SUPPLEMENT") < actions.indexOf("RECEIVE_SUPPLEMENT"), actions::toString);
                assertTrue(actions.stream().filter("COMPLETE_STEP"::equals).count() >= 2, actions::toString);
                String timeline = WebUi.text(browser, "timeline");
                for (String label : List.of("Tiếp nhận hồ sơ", "Yêu cầu bổ sung", "Nhận hồ sơ bổ sung", "Hoàn thành bước",
                        "Trả kết quả", "Bản sao căn cước công dân có chứng thực")) {
                    assertTrue(timeline.contains(label), label + " in " + timeline);
                }
                assertTrue(timeline.matches("(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*"), "dd/MM/yyyy HH:mm times");
                // each completed step is named, with the step's unit; the official with his own unit
                List<String> steps = d.findElements(By.cssSelector("#timeline li.tl-COMPLETE_STEP .tl-step")).stream()
                        .map(e -> e.getText().replaceAll(" \\(đơn vị thực hiện: .*\\)$", "")).toList();
                assertEquals(List.of("Bước 2: Thẩm định hồ sơ", "Bước 3: Lãnh đạo phòng chuyên môn xem xét",
                        "Bước 4: Lãnh đạo Sở phê duyệt"), steps);
                WebElement examined = d.findElement(By.cssSelector("#timeline li.tl-COMPLETE_STEP"));
                assertTrue(examined.findElement(By.className("tl-step")).getText().contains("(đơn vị thực hiện: "),
                        examined.getText());
                String who = examined.findElement(By.className("tl-who")).getText();
                assertTrue(who.startsWith("Chuyên viên Gia Lai (gia-lai.officer) · Chuyên viên xử lý, thuộc "), who);
                String official = d.findElements(By.cssSelector("[id='stepsTable_data'] > tr")).get(1)
                        .findElement(By.className("step-official-unit")).getText();
                assertTrue(official.startsWith("thuộc "), official);
                assertTrue(WebUi.text(browser, "auditCheck").contains("Nhật ký toàn vẹn"), WebUi.text(browser, "auditCheck"));
                assertTrue(WebUi.text(browser, "deadlineExplanation").contains("Hạn trả kết quả"));
                scroll(d, d.findElement(By.id("timeline")));
                browser.screenshot("ui-dossier-timeline");

                // 7. another province's clerk, with the code in hand, gets "not found" and nothing of the dossier
                WebUi.signOut(browser);
                WebUi.signInAsDemo(browser, "ha-tinh.clerk");
                browser.go("/dossiers/dossier.xhtml?code=" + code);
                WebUi.waitForPageLoad(browser);
                assertTrue(WebUi.text(browser, "dossierNotFound").contains("Không tìm thấy hồ sơ"));
                assertFalse(WebUi.bodyText(browser).contains(applicant), "nothing of the dossier leaks");
                assertTrue(d.findElements(By.id("timeline")).isEmpty());
            });
        }
    }

    @Test
    void aDossierRefusedAtTheDeskGetsTheRefusalFormAndNoReceipt() {
        try (Browser browser = Browser.open()) {
            onFailure(browser, "ui-dossier-refused", () -> {
                WebDriver d = browser.driver();
                WebUi.signInAsDemo(browser, "gia-lai.clerk");
                browser.go("/dossiers/receive.xhtml");
                WebUi.waitForPageLoad(browser);
                WebElement search = d.findElement(By.id("receiveForm:procedure_input"));
                search.sendKeys("rung khu"); // words, without accents
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + PROCEDURE + "')]")));
                d.findElement(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + PROCEDURE + "')]")).click();
                WebUi.waitForAjax(browser);
                d.findElement(By.id("receiveForm:applicantName")).sendKeys("Công ty TNHH Ánh Dương");
                WebElement refuse = d.findElement(By.xpath("//label[normalize-space()='Từ chối tiếp nhận']"));
                scroll(d, refuse);
                refuse.click();
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("receiveForm:reason")))
                        .sendKeys("Thủ tục không thuộc thẩm quyền giải quyết của tỉnh");
                d.findElement(By.id("receiveForm:receive")).click();
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("receiptCode")));
                assertEquals("Từ chối tiếp nhận", WebUi.text(browser, "receiptStatus"));
                assertTrue(d.findElements(By.id("printReceipt")).isEmpty(), "no appointment, no receipt");
                assertTrue(d.findElement(By.id("print-REFUSAL")).getAttribute("href").endsWith("/dossiers/pdf/" + WebUi.text(browser, "receiptCode") + "/REFUSAL"));
            });
        }
    }

    @Test
    void aPageOpenedBeforeSomeoneElseActedIsRefusedWithAReloadNotOverwritten() {
        JsonObject created = object(Http.toSystemUnderTest().basic("gia-lai.clerk", "demo").post("/api/dossiers",
                Json.createObjectBuilder().add("procedureCode", PROCEDURE).add("channel", "IN_PERSON")
                        .add("applicant", Json.createObjectBuilder().add("name", "Lê Văn Cẩn"))
                        .build().toString()));
        String code = created.getString("code");
        try (Browser browser = Browser.open()) {
            onFailure(browser, "ui-dossier-stale", () -> {
                WebDriver d = browser.driver();
                WebUi.signInAsDemo(browser, "gia-lai.officer");
                openDossier(browser, code);
                // meanwhile the desk asks the applicant for the financial obligation (through the API)
                Http.Response r = Http.toSystemUnderTest().basic("gia-lai.clerk", "demo").post("/api/dossiers/" + code
                        + "/transitions", "{\"action\":\"REQUEST_PAYMENT\",\"version\":"
                        + created.getJsonNumber("version").longValue() + ",\"reason\":\"Lệ phí trước bạ\"}");
                assertEquals(200, r.status(), r::toString);

                d.findElement(By.id("actionsForm:act_REQUEST_SUPPLEMENT")).click();
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:reason")));
                WebUi.waitForAjax(browser);
                d.findElement(By.id("actionForm:reason")).sendKeys("Thiếu tờ khai");
                d.findElement(By.id("actionForm:confirmAction")).click();
                WebUi.waitForAjax(browser);
                WebElement stale = WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("staleNotice")));
                assertTrue(stale.getText().contains("vừa được người khác cập nhật"), stale.getText());
                assertTrue(d.findElements(By.cssSelector("#actionsForm button")).isEmpty(), "no action on the old version");
                browser.screenshot("ui-dossier-stale");
                d.findElement(By.id("reloadLink")).click();
                // the other person's action stands
                WebUi.waitFor(browser).until(ExpectedConditions.textToBe(By.id("dossierStatus"),
                        "Chờ thực hiện nghĩa vụ tài chính"));
                WebUi.waitForPageLoad(browser);
                assertEquals("0", WebUi.text(browser, "dossierSupplements").strip().substring(0, 1));
            });
        }
    }

    @Test
    void aLeaderApologisesOnceWithANewDateAndReassignsTheStep() {
        JsonObject created = object(Http.toSystemUnderTest().basic("gia-lai.clerk", "demo").post("/api/dossiers",
                Json.createObjectBuilder().add("procedureCode", PROCEDURE).add("channel", "ONLINE")
                        .add("applicant", Json.createObjectBuilder().add("name", "Đỗ Thị Lụa"))
                        .build().toString()));
        String code = created.getString("code");
        try (Browser browser = Browser.open()) {
            onFailure(browser, "ui-dossier-leader", () -> {
                WebDriver d = browser.driver();
                WebUi.signInAsDemo(browser, "gia-lai.leader");
                openDossier(browser, code);
                WebElement apologise = d.findElement(By.id("actionsForm:act_APOLOGISE"));
                assertEquals("Xin lỗi và đề nghị gia hạn", apologise.getText().strip(), "the 2025 wording");
                apologise.click();
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:newDate_input")));
                WebUi.waitForAjax(browser);
                assertFalse(d.findElement(By.id("actionForm:newDate_input")).getAttribute("value").isBlank(),
                        "a new date is proposed");
                d.findElement(By.id("actionForm:reason")).sendKeys("Cần xác minh thực địa");
                confirm(browser);
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dossierApology")));
                assertTrue(d.findElements(By.id("actionsForm:act_APOLOGISE")).isEmpty(), "an apology only once");
                assertFalse(d.findElements(By.id("form-APOLOGY")).isEmpty(), "the apology form");

                d.findElement(By.id("actionsForm:act_REASSIGN")).click();
                WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:assignee")));
                WebUi.waitForAjax(browser);
                ((JavascriptExecutor) d).executeScript("PF('actionAssigneeMenu').selectValue('gia-lai.leader');");
                confirm(browser);
                WebUi.waitFor(browser).until(drv -> WebUi.text(browser, "dossierCurrentStep").contains("gia-lai.leader"));
                String timeline = WebUi.text(browser, "timeline");
                assertTrue(timeline.contains("Xin lỗi và đề nghị gia hạn") && timeline.contains("Giao lại"), timeline);
                browser.screenshot("ui-dossier-leader");

                // the leader's worklist has the reminder list of overdue dossiers without an apology
                browser.go("/dossiers/my-work.xhtml");
                WebUi.waitForPageLoad(browser);
                assertEquals("Hồ sơ quá hạn chưa có phiếu xin lỗi", WebUi.text(browser, "lateHeading"));
                assertFalse(d.findElements(By.id("lateForm:lateWithoutApology")).isEmpty());
                d.findElement(By.xpath("//*[@id='lateForm:lateWithin']//div[contains(@class,'ui-button')]"
                        + "[.//span[normalize-space()='Quá hạn trong 3 ngày tới']]")).click();
                WebUi.waitForAjax(browser);
                assertTrue(d.findElement(By.id("lateForm:lateWithin")).getText().contains("Quá hạn trong 3 ngày tới"));
                assertTrue(Integer.parseInt(WebUi.text(browser, "countTotal")) >= 1, "the step he took over");
            });
        }
    }

    // ---- steps of the journey ----

    static void openDossier(Browser browser, String code) {
        browser.go("/dossiers/dossier.xhtml?code=" + code);
        WebUi.waitForPageLoad(browser);
        assertEquals(code, WebUi.text(browser, "dossierCode"));
    }

    /** Clicks the action's button, fills the reason (if any) in the dialog and confirms. */
    static void act(Browser browser, String action, String reason) {
        WebDriver d = browser.driver();
        WebElement button = WebUi.waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.id("actionsForm:act_" + action)));
        scroll(d, button);
        button.click();
        WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:confirmAction")));
        WebUi.waitForAjax(browser);
        if (reason != null) {
            d.findElement(By.id("actionForm:reason")).sendKeys(reason);
        }
        confirm(browser);
    }

    static void confirm(Browser browser) {
        browser.driver().findElement(By.id("actionForm:confirmAction")).click();
        WebUi.waitForAjax(browser);
        WebUi.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionDialogPanel")));
    }

    static void waitForStatus(Browser browser, String label) {
        WebUi.waitFor(browser).until(drv -> WebUi.text(browser, "dossierStatus").equals(label));
    }

    static void scroll(WebDriver d, WebElement e) {
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
    }

    /** The browser's signed-in session, for a plain HTTP request (the receipt PDF). */
    static Http session(Browser browser) {
        Cookie c = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(c != null, "a session cookie");
        return Http.toSystemUnderTest().header("Cookie", c.getName() + "=" + c.getValue());
    }

    static JsonObject object(Http.Response r) {
        assertEquals(201, r.status(), r::toString);
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    /** Runs the steps; on failure keeps a screenshot and the page's HTML next to the other UI screenshots. */
    static void onFailure(Browser browser, String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            try {
                browser.screenshot(name + "-failure");
                Files.writeString(Browser.screenshotDir().resolve(name + "-failure.html"), browser.driver().getPageSource());
            } catch (RuntimeException | java.io.IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }
}
