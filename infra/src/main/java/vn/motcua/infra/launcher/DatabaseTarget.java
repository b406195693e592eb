package vn.motcua.infra.launcher;

/**
 * Where the application's database is and which roles to use.
 *
 * @param jdbcUrl           JDBC URL of the application database (no credentials in it)
 * @param runtimeUser       role the application uses at run time (no superuser, no BYPASSRLS)
 * @param runtimePassword   its password
 * @param migrationUser     role Flyway uses (owns the schemas)
 * @param migrationPassword its password
 * @param description       one line for the start-up banner
 */
public record DatabaseTarget(String jdbcUrl, String runtimeUser, String runtimePassword, String migrationUser,
                             String migrationPassword, String description) {

    @Override
    public String toString() {
        return "DatabaseTarget[" + jdbcUrl + ", runtime=" + runtimeUser + ", migration=" + migrationUser + "]";
    }
}
