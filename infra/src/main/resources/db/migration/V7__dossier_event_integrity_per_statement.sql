-- Dossier events: the same integrity as the foreign keys of V5, checked once per statement instead of once per row
-- (decision 0005). Measured on the import of 200,000 generated dossiers (1.09 million events): COPY of the event
-- rows took 4.8 s without foreign keys, 13.5 s with the event → dossier key and 20.7 s with the event → tenant key
-- as well: two index probes with a row lock per event, for a table that grows by five rows per dossier.

-- 1. event → tenant is implied: an event's (tenant_id, dossier_id) must be a dossier's, and the dossier's tenant_id
--    references platform.tenant.
ALTER TABLE province.dossier_event DROP CONSTRAINT dossier_event_tenant_id_fkey;

-- 2. event → dossier: after each INSERT statement, each distinct dossier its new rows name is probed once in the
--    primary key. The function runs as the caller, so under the caller's tenant_isolation policy: an event can only
--    name a dossier of the province the transaction is bound to (the policy's WITH CHECK already requires its
--    tenant_id to be that province's). OFFSET 0 keeps NOT EXISTS a correlated subquery, executed per dossier with
--    the dossier's key as parameters, so the plan is a key probe whatever the statistics say. Flattened into an
--    anti-join, the planner trusted statistics taken before the province had dossiers and rescanned all of them
--    for every event (a first import of 20,000 dossiers took minutes instead of seconds); an id = ANY (array) form
--    was fine per chunk but compared every row with the whole array when one statement carried a million dossiers.
ALTER TABLE province.dossier_event DROP CONSTRAINT dossier_event_tenant_id_dossier_id_fkey;

CREATE FUNCTION province.dossier_event_requires_dossier() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  orphan record;
BEGIN
  SELECT n.tenant_id, n.dossier_id INTO orphan
    FROM (SELECT DISTINCT e.tenant_id, e.dossier_id FROM new_events e) n
   WHERE NOT EXISTS (SELECT 1 FROM province.dossier d WHERE d.tenant_id = n.tenant_id AND d.id = n.dossier_id
                     OFFSET 0)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'insert into province.dossier_event: dossier (%, %) does not exist', orphan.tenant_id,
      orphan.dossier_id USING ERRCODE = 'foreign_key_violation', TABLE = 'dossier_event', SCHEMA = 'province';
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.dossier_event_requires_dossier() FROM PUBLIC;

CREATE TRIGGER dossier_event_requires_dossier AFTER INSERT ON province.dossier_event
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_event_requires_dossier();

-- 3. What the key also guarded, the referenced side: a dossier is never deleted (the runtime role has no DELETE;
--    this holds for the owner too) and never changes its key.
CREATE FUNCTION province.dossier_is_kept() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'province.dossier: a dossier''s tenant_id and id never change'
      USING ERRCODE = 'restrict_violation', TABLE = 'dossier', SCHEMA = 'province';
  END IF;
  RAISE EXCEPTION 'province.dossier: dossiers are never deleted (%)', TG_OP
    USING ERRCODE = 'restrict_violation', TABLE = 'dossier', SCHEMA = 'province';
END $$;
REVOKE ALL ON FUNCTION province.dossier_is_kept() FROM PUBLIC;

CREATE TRIGGER dossier_never_deleted BEFORE DELETE ON province.dossier
  FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_is_kept();
CREATE TRIGGER dossier_never_truncated BEFORE TRUNCATE ON province.dossier
  FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_is_kept();
-- Fires only for UPDATEs that name one of the key columns (the application's never do).
CREATE TRIGGER dossier_key_unchanged BEFORE UPDATE OF tenant_id, id ON province.dossier
  FOR EACH ROW WHEN (OLD.tenant_id IS DISTINCT FROM NEW.tenant_id OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION province.dossier_is_kept();
