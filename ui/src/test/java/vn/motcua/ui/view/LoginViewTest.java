package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void acceptsLocalPaths() {
        assertEquals("/admin/users.xhtml", LoginView.safeLocalPath("/admin/users.xhtml", ""));
        assertEquals("/home.xhtml?x=1", LoginView.safeLocalPath("/home.xhtml?x=1", ""));
        assertEquals("/ctx/home.xhtml", LoginView.safeLocalPath("/home.xhtml", "/ctx"));
        assertEquals("/ctx/home.xhtml", LoginView.safeLocalPath("/ctx/home.xhtml", "/ctx"));
    }

    @Test
    void refusesEverythingThatCouldLeaveTheSite() {
        for (String bad : new String[] {null, "", " ", "http://evil.example/", "https://evil.example/x", "//evil.example",
                "/\\evil.example", "\\\\evil.example", "evil.example", "javascript:alert(1)", "/a\r\nLocation: x",
                "/a b", "/login.xhtml", "/login.xhtml?continue=/x", "/jakarta.faces.resource/x.js.xhtml"}) {
            assertNull(LoginView.safeLocalPath(bad, ""), String.valueOf(bad));
        }
    }

    @Test
    void fallsBackToHome() {
        LoginView view = new LoginView();
        view.setContinueUrl("https://evil.example/");
        assertEquals("/home.xhtml", view.target(""));
        view.setContinueUrl("/admin/api-tokens.xhtml");
        assertEquals("/admin/api-tokens.xhtml", view.target(""));
    }
}
