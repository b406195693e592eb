package vn.motcua.infra.it;

import java.util.Properties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test class runs, points the Arquillian-managed Payara Micro (see arquillian.xml) at the database of
 * the shared system under test, as the runtime role. Arquillian reads its configuration when the first
 * in-container test starts, so the properties must exist before that; a JUnit extension on the test class
 * would travel into the server. Only in the failsafe run (which sets motcua.it.launcherJar), never for unit tests.
 */
public class ArquillianDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("motcua.it.launcherJar") == null || System.getProperty("motcua.arq.db.url") != null) {
            return;
        }
        SystemUnderTest sut = SystemUnderTest.get();
        Properties credentials = sut.credentials();
        System.setProperty("motcua.arq.db.url", "jdbc:postgresql://localhost:" + sut.pgPort() + "/motcua");
        System.setProperty("motcua.arq.db.user", "motcua_app");
        System.setProperty("motcua.arq.db.password", credentials.getProperty("motcua_app.password"));
    }
}
