package vn.motcua.shared.interfaces.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers as the runtime role and the tenant registry is readable. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/motcua")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version'), "
                     + "(SELECT count(*) FROM platform.tenant WHERE status = 'ACTIVE')")) {
            rs.next();
            return b.up().withData("postgresql", rs.getString(1)).withData("activeTenants", rs.getLong(2)).build();
        } catch (Exception e) {
            return b.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
