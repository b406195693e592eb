package vn.motcua.infra.launcher;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Map;

/**
 * Runs the Flyway migrations in {@code classpath:db/migration} (infra/src/main/resources/db/migration) for the
 * schemas {@code platform} (default schema, holds {@code flyway_schema_history}) and {@code province}, as the
 * migration role. The placeholder {@code ${app_role}} is the runtime role, so the scripts can grant it exactly the
 * privileges it needs.
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";
    public static final String[] SCHEMAS = {"platform", "province"};
    public static final String APP_ROLE_PLACEHOLDER = "app_role";

    private Migrations() {
    }

    /** @return a one-line summary */
    public static String migrate(DatabaseTarget db) {
        try {
            Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(db.jdbcUrl(), db.migrationUser(), db.migrationPassword())
                    .locations(LOCATION)
                    .schemas(SCHEMAS)
                    .defaultSchema(SCHEMAS[0])
                    .createSchemas(true)
                    .placeholders(Map.of(APP_ROLE_PLACEHOLDER, db.runtimeUser()))
                    // "auto" would pick slf4j (present for zonky, but without a binding): use java.util.logging
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                    .load();
            MigrateResult result = flyway.migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : (result.initialSchemaVersion != null ? result.initialSchemaVersion : "empty");
            return "applied " + result.migrationsExecuted + " migration(s); schema version " + version;
        } catch (FlywayException e) {
            throw new LauncherException("Database migration failed (Flyway, " + LOCATION + ", as role "
                    + db.migrationUser() + "):\n" + e.getMessage(), e);
        }
    }
}
