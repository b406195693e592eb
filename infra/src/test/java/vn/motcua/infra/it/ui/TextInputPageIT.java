package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Rest;

/** Text typed into a screen goes through the same rules as the API's: NUL refused at the field, NFD stored as NFC. */
class TextInputPageIT {

    private static void createToken(Browser browser, String name) {
        WebDriver d = browser.driver();
        d.findElement(By.id("toolbarForm:newToken")).click();
        WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("createTokenForm:tokenName")));
        WebUi.waitForAjax(browser);
        // Set as a script would: a keyboard cannot type NUL, a decomposing keyboard types NFD.
        ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];",
                d.findElement(By.id("createTokenForm:tokenName")), name);
        ApiTokensPageIT.checkRole(d, "createTokenForm:tokenRoles", "CLERK");
        d.findElement(By.id("createTokenForm:createToken")).click();
        WebUi.waitForAjax(browser);
    }

    @Test
    void nulIsRefusedAtTheFieldAndDecomposedTextIsStoredComposed() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "ha-tinh.admin");
            browser.go("/admin/api-tokens.xhtml");
            WebUi.waitForPageLoad(browser);

            createToken(browser, "Máy\u0000 " + suffix);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("createTokenForm:createMessages")).getText()
                    .contains("U+0000"));
            assertFalse(Rest.as("ha-tinh.admin").get("/api/api-tokens").body().contains(suffix), "nothing written");

            d.navigate().refresh();
            WebUi.waitForPageLoad(browser);
            createToken(browser, "Nguye\u0302\u0303n " + suffix);
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("secretValue")));
            String listed = Rest.as("ha-tinh.admin").get("/api/api-tokens").body();
            assertTrue(listed.contains("Nguy\u1EC5n " + suffix), listed);
        }
    }
}
