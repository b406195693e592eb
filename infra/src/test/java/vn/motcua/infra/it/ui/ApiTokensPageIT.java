package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.SystemUnderTest;

/** A province administrator issues an API token in the browser, sees its secret once, and revokes it. */
class ApiTokensPageIT {

    @Test
    void issueSeeTheSecretOnceAndRevoke() {
        String name = "Cổng dịch vụ công thử " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "gia-lai.admin");
            d.findElement(By.id("card-api-tokens")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/admin/api-tokens.xhtml"));
            WebUi.waitForPageLoad(browser);

            // Create
            d.findElement(By.id("toolbarForm:newToken")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("createTokenForm:tokenName")));
            WebUi.waitForAjax(browser);
            d.findElement(By.id("createTokenForm:tokenName")).sendKeys(name);
            checkRole(d, "createTokenForm:tokenRoles", "CLERK");
            d.findElement(By.id("createTokenForm:createToken")).click();

            WebElement secretInput = WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("secretValue")));
            WebUi.waitForAjax(browser);
            String secret = secretInput.getAttribute("value");
            assertTrue(secret.startsWith("mc_gia-lai_"), secret);
            String dialog = d.findElement(By.id("secretDialogPanel")).getText();
            assertTrue(dialog.contains("chỉ hiển thị một lần"), dialog);
            assertTrue(dialog.contains("Sao chép"), dialog);
            browser.screenshot("ui-api-token-secret");

            // The secret is a working credential
            Http withToken = Http.to(SystemUnderTest.get().baseUrl()).bearer(secret);
            Http.Response me = withToken.get("/api/me");
            assertEquals(200, me.status(), me::toString);

            // Shown once: closing forgets it, and neither the table nor a reload shows it again
            d.findElement(By.id("secretForm:secretDone")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretDialogPanel")));
            WebUi.waitForAjax(browser);
            assertFalse(d.getPageSource().contains(secret), "secret gone from the page after closing");
            d.navigate().refresh();
            WebUi.waitForPageLoad(browser);
            assertFalse(d.getPageSource().contains(secret), "secret not shown again");
            WebElement row = row(d, name);
            assertTrue(row.getText().contains("Đang hiệu lực"), row.getText());
            assertTrue(row.getText().contains("Cán bộ một cửa"), row.getText());

            // Revoke, with confirmation
            row.findElement(By.cssSelector("button.revoke-button")).click();
            WebElement yes = WebUi.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
            assertTrue(d.findElement(By.cssSelector(".ui-confirm-dialog")).getText().contains(name), "confirmation names the token");
            yes.click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> row(drv, name).getText().contains("Đã thu hồi"));
            assertTrue(WebUi.bodyText(browser).contains("Đã thu hồi mã API"), "confirmation message");
            assertTrue(row(d, name).findElements(By.cssSelector("button.revoke-button")).isEmpty(), "nothing left to revoke");
            browser.screenshot("ui-api-token-revoked");

            assertEquals(401, withToken.get("/api/me").status(), "a revoked token is refused");
        }
    }

    /** Ticks the PrimeFaces checkbox of {@code value} in a p:selectManyCheckbox (the native input is hidden). */
    static void checkRole(WebDriver d, String componentId, String value) {
        WebElement box = d.findElement(By.xpath("//*[@id='" + componentId + "']//input[@value='" + value
                + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"));
        box.click();
    }

    static WebElement row(WebDriver d, String tokenName) {
        return d.findElement(By.xpath("//*[@id='tokensForm:tokens']//tr[.//strong[@class='token-name' and normalize-space()='"
                + tokenName + "']]"));
    }
}
