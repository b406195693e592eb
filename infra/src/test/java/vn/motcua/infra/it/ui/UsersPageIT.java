package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;

/** A province administrator manages the accounts of their own province, and only those. */
class UsersPageIT {

    @Test
    void createAnAccountAfterARefusalThenChangeItsRolesAndDetectAConcurrentChange() {
        String username = "bac-ninh.thu." + UUID.randomUUID().toString().substring(0, 8);
        try (Browser a = Browser.open(); Browser b = Browser.open()) {
            WebDriver d = a.driver();
            WebUi.signInAsDemo(a, "bac-ninh.admin");
            a.go("/admin/users.xhtml");
            WebUi.waitForPageLoad(a);
            String list = d.findElement(By.id("usersForm:users")).getText();
            assertTrue(list.contains("bac-ninh.clerk"), list);
            assertFalse(list.contains("gia-lai."), "only the administrator's own province: " + list);

            // A refusal of the domain (password too short) is shown in the dialog, which stays open
            d.findElement(By.id("toolbarForm:newUser")).click();
            WebUi.waitFor(a).until(ExpectedConditions.visibilityOfElementLocated(By.id("createUserForm:newUsername")));
            WebUi.waitForAjax(a);
            d.findElement(By.id("createUserForm:newUsername")).sendKeys(username);
            d.findElement(By.id("createUserForm:newDisplayName")).sendKeys("Nguyễn Thị Thử");
            d.findElement(By.id("createUserForm:newPassword")).sendKeys("ngan");
            ApiTokensPageIT.checkRole(d, "createUserForm:newRoles", "CLERK");
            d.findElement(By.id("createUserForm:createUser")).click();
            WebUi.waitForAjax(a);
            WebElement messages = WebUi.waitFor(a).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#createUserForm\\:createMessages .ui-messages-error")));
            assertTrue(messages.getText().contains("Mật khẩu phải có ít nhất 10 ký tự"), messages.getText());
            assertTrue(d.findElement(By.id("createUserDialogPanel")).isDisplayed(), "dialog stays open");

            d.findElement(By.id("createUserForm:newPassword")).sendKeys("-mot-mat-khau-dai");
            d.findElement(By.id("createUserForm:createUser")).click();
            WebUi.waitFor(a).until(ExpectedConditions.invisibilityOfElementLocated(By.id("createUserDialogPanel")));
            WebUi.waitForAjax(a);
            WebElement row = row(d, username);
            assertTrue(row.getText().contains("Nguyễn Thị Thử"), "Vietnamese kept intact: " + row.getText());
            assertTrue(row.getText().contains("Cán bộ một cửa"), row.getText());
            assertTrue(WebUi.bodyText(a).contains("Đã tạo tài khoản " + username), WebUi.bodyText(a));

            // A opens the roles dialog; meanwhile B changes the same account
            openRoles(a, username);
            WebUi.signInAsDemo(b, "bac-ninh.admin");
            b.go("/admin/users.xhtml");
            WebUi.waitForPageLoad(b);
            openRoles(b, username);
            ApiTokensPageIT.checkRole(b.driver(), "editRolesForm:editRoleValues", "UNIT_LEADER");
            b.driver().findElement(By.id("editRolesForm:saveRoles")).click();
            WebUi.waitFor(b).until(ExpectedConditions.invisibilityOfElementLocated(By.id("editRolesDialogPanel")));
            WebUi.waitForAjax(b);
            assertTrue(row(b.driver(), username).getText().contains("Lãnh đạo đơn vị"));

            // A's change, based on the old version, is refused with an explanation
            ApiTokensPageIT.checkRole(d, "editRolesForm:editRoleValues", "OFFICER");
            d.findElement(By.id("editRolesForm:saveRoles")).click();
            WebUi.waitForAjax(a);
            WebElement conflict = WebUi.waitFor(a).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#editRolesForm\\:editMessages .ui-messages-error")));
            assertTrue(conflict.getText().contains("vừa được người khác thay đổi"), conflict.getText());
            assertTrue(d.findElement(By.xpath("//*[@id='editRolesForm:editRoleValues']//input[@value='UNIT_LEADER']")).isSelected(),
                    "the dialog now shows the account's current roles");
            a.screenshot("ui-users-conflict");
            String after = row(d, username).getText();
            assertTrue(after.contains("Lãnh đạo đơn vị") && !after.contains("Chuyên viên xử lý"), after);
        }
    }

    private static void openRoles(Browser browser, String username) {
        row(browser.driver(), username).findElement(By.cssSelector("button[id$=':editRoles']")).click();
        WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("editRolesForm:saveRoles")));
        WebUi.waitForAjax(browser);
    }

    private static WebElement row(WebDriver d, String username) {
        return d.findElement(By.xpath("//*[@id='usersForm:users']//tr[.//code[normalize-space()='" + username + "']]"));
    }
}
