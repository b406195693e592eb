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
import vn.motcua.infra.it.Rest;

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

    @Test
    void disableAnAccountWhoseSessionIsOpenThenEnableItAgain() {
        // Finding 8: an account could not be disabled; now it can, and its open session ends at its next request
        String username = "bac-ninh.khoa." + UUID.randomUUID().toString().substring(0, 8);
        String password = "mat-khau-cua-khoa";
        Http.Response created = Rest.as("bac-ninh.admin").post("/api/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Đỗ Thị Khóa\",\"password\":\"" + password + "\",\"roles\":[\"CLERK\"]}");
        assertEquals(201, created.status(), created::toString);
        try (Browser admin = Browser.open(); Browser person = Browser.open()) {
            WebUi.signIn(person, username, password);
            WebUi.waitFor(person).until(ExpectedConditions.urlContains("/home.xhtml"));

            WebDriver d = admin.driver();
            WebUi.signInAsDemo(admin, "bac-ninh.admin");
            admin.go("/admin/users.xhtml");
            WebUi.waitForPageLoad(admin);
            assertTrue(row(d, username).getText().contains("Đang hoạt động"), row(d, username).getText());
            assertTrue(row(d, "bac-ninh.admin").findElements(By.cssSelector("button[id$=':disable']")).isEmpty(),
                    "no button to disable one's own account");

            row(d, username).findElement(By.cssSelector("button[id$=':disable']")).click();
            WebElement yes = WebUi.waitFor(admin).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
            assertTrue(d.findElement(By.cssSelector(".ui-confirm-dialog")).getText().contains(username),
                    "the confirmation names the account");
            yes.click();
            WebUi.waitForAjax(admin);
            WebUi.waitFor(admin).until(drv -> row(drv, username).getText().contains("Đã khóa"));
            assertTrue(WebUi.bodyText(admin).contains("Đã khóa tài khoản " + username), WebUi.bodyText(admin));
            admin.screenshot("ui-users-disabled");

            // the person's open session is refused at its next request, and signing in again says why
            person.go("/home.xhtml");
            WebUi.waitFor(person).until(ExpectedConditions.urlContains("/login.xhtml"));
            WebUi.waitForPageLoad(person);
            WebUi.submitLogin(person, username, password);
            String refusal = WebUi.text(person, "loginForm:loginMessages");
            assertTrue(refusal.contains("Tài khoản này đã bị khóa"), refusal);

            row(d, username).findElement(By.cssSelector("button[id$=':enable']")).click();
            WebUi.waitFor(admin).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
            WebUi.waitForAjax(admin);
            WebUi.waitFor(admin).until(drv -> row(drv, username).getText().contains("Đang hoạt động"));
            assertTrue(WebUi.bodyText(admin).contains("Đã mở khóa tài khoản " + username), WebUi.bodyText(admin));

            WebUi.signIn(person, username, password);
            WebUi.waitFor(person).until(ExpectedConditions.urlContains("/home.xhtml"));
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
