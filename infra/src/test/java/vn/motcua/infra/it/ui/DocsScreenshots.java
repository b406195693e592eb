package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.generator.DemoDossierLoader;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.SystemUnderTest;

/**
 * Not a test: the screenshots of the main screens of each role in {@code docs/screenshots/}, taken in Chromium on a
 * province with a generated year of dossiers (Gia Lai; it publishes its months, so the central viewer's ranking has
 * it). Its name does not end in IT, so the build does not run it; run it on purpose when the screens change:
 * {@code mvn -o -B verify -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=DocsScreenshots -Dmotcua.screenshots=$PWD/docs/screenshots}.
 */
class DocsScreenshots {

    /** File name → (user, page); a null user is a visitor who has not signed in. */
    private static final Map<String, String[]> SCREENS = new LinkedHashMap<>();

    static {
        SCREENS.put("public-citizen-lookup", new String[] {null, "/tra-cuu.xhtml"});
        SCREENS.put("admin-home", new String[] {"gia-lai.admin", "/home.xhtml"});
        SCREENS.put("admin-procedures", new String[] {"gia-lai.admin", "/catalog/procedures.xhtml"});
        SCREENS.put("admin-units", new String[] {"gia-lai.admin", "/config/units.xhtml"});
        SCREENS.put("leader-dashboard", new String[] {"gia-lai.leader", "/home.xhtml"});
        SCREENS.put("leader-report-06a", new String[] {"gia-lai.leader", "/reports/dossiers.xhtml"});
        SCREENS.put("leader-service-index", new String[] {"gia-lai.leader", "/reports/service-index.xhtml"});
        SCREENS.put("clerk-receive", new String[] {"gia-lai.clerk", "/dossiers/receive.xhtml"});
        SCREENS.put("clerk-find-dossiers", new String[] {"gia-lai.clerk", "/dossiers/index.xhtml"});
        SCREENS.put("officer-my-work", new String[] {"gia-lai.officer", "/dossiers/my-work.xhtml"});
        SCREENS.put("central-ranking", new String[] {"central", "/home.xhtml"});
        SCREENS.put("central-compare", new String[] {"central", "/central/compare.xhtml"});
        SCREENS.put("platform-tenants", new String[] {"admin", "/platform/tenants.xhtml"});
    }

    @Test
    void takeTheScreenshots() throws Exception {
        String target = System.getProperty("motcua.screenshots");
        Assumptions.assumeTrue(target != null && !target.isBlank(), "-Dmotcua.screenshots=<directory> not given");
        Path dir = Path.of(target);
        Files.createDirectories(dir);
        new DemoDossierLoader(SystemUnderTest.get().baseUrl(), Files.createTempDirectory("motcua-screens"),
                List.of("gia-lai"), "demo", 6_000, System.out, LocalDate.now().minusDays(1)).run();
        String signedIn = "";
        try (Browser browser = Browser.open()) {
            for (Map.Entry<String, String[]> s : SCREENS.entrySet()) {
                String user = s.getValue()[0];
                if (!String.valueOf(user).equals(signedIn)) {
                    if (!signedIn.isEmpty() && !"null".equals(signedIn)) {
                        WebUi.signOut(browser);
                    }
                    if (user != null) {
                        WebUi.signInAsDemo(browser, user);
                    }
                    signedIn = String.valueOf(user);
                }
                browser.go(s.getValue()[1]);
                WebUi.waitForPageLoad(browser);
                WebUi.waitForAjax(browser);
                Path png = browser.screenshot("docs-" + s.getKey());
                Files.copy(png, dir.resolve(s.getKey() + ".png"), StandardCopyOption.REPLACE_EXISTING);
                System.out.println("[screenshot] " + s.getKey() + " " + s.getValue()[1]);
            }
        }
        assertTrue(Files.list(dir).count() >= SCREENS.size(), "every screen was taken");
    }
}
