-- Bulk import of dossiers (issue 4, item 8). PostgreSQL refuses COPY FROM into a table with row-level security
-- ("COPY FROM not supported with row-level security"), so the importer COPYs a batch into transaction-local
-- temporary tables (CREATE TEMP TABLE ... ON COMMIT DROP: private to the session, no WAL, gone at commit or
-- rollback) and moves it with one INSERT ... SELECT per table, under the tenant_isolation policies like any other
-- write. The runtime role needs TEMPORARY on the database for that; the launcher revokes everything from PUBLIC,
-- so it is granted here, to the runtime role only. (The migration role owns the database, as README requires.)
DO $$
BEGIN
  EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), '${app_role}');
END $$;
