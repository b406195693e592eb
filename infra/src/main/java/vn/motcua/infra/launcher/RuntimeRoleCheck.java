package vn.motcua.infra.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Refuses to start if the application's runtime role could bypass row-level security: a superuser or a role with
 * BYPASSRLS ignores every RLS policy, which would silently break province isolation.
 */
public final class RuntimeRoleCheck {

    private RuntimeRoleCheck() {
    }

    public static void verify(DatabaseTarget db) {
        Properties props = new Properties();
        props.setProperty("user", db.runtimeUser());
        props.setProperty("password", db.runtimePassword());
        props.setProperty("ApplicationName", "motcua-launcher-check");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), props);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            if (!rs.next()) {
                throw new LauncherException("Cannot find the runtime role " + db.runtimeUser() + " in pg_roles.");
            }
            boolean superuser = rs.getBoolean(1);
            boolean bypassRls = rs.getBoolean(2);
            if (superuser || bypassRls) {
                throw new LauncherException("Refusing to start: the runtime database role '" + db.runtimeUser() + "' is "
                        + (superuser ? "a SUPERUSER" : "") + (superuser && bypassRls ? " and has " : "")
                        + (bypassRls ? (superuser ? "BYPASSRLS" : "allowed to BYPASSRLS") : "")
                        + ", so row-level security (province isolation) would not apply to it.\n"
                        + "Use a dedicated role: CREATE ROLE app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '...'; "
                        + "and set DB_USER/DB_PASSWORD to it (use DB_MIGRATION_USER/DB_MIGRATION_PASSWORD for the "
                        + "owner role that runs the migrations).");
            }
        } catch (SQLException e) {
            throw new LauncherException("Cannot connect to " + db.jdbcUrl() + " as the runtime role '" + db.runtimeUser()
                    + "': " + e.getMessage(), e);
        }
    }
}
