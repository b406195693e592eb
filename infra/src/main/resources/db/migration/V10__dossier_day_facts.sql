-- Facts for the periodic reports (issue 13; decision 0008): per province, day, competent unit, procedure and channel,
-- kept by the database itself from the dossier rows, in the same transaction as the change, whichever path wrote them
-- (receipt and transitions through JPA, the bulk import's INSERT … SELECT). A report reads these, never the raw
-- dossiers; a rolled-back change rolls its facts back with it.
--
-- The facts of the province are the sum over its dossiers of one dossier's contribution
-- (province.dossier_day_contribution): the triggers add the new rows' contributions and subtract the old rows', and
-- the rebuild (province.rebuild_dossier_day_facts) sums them afresh. What counts as early, on time, late or overdue is
-- decided in Java by the dossier clock and kept on the row (timeliness, overdue_from: V9); here days are only
-- bucketed in the business zone and counted.
--
-- From these columns a period [from, to] reads, per key:
--   received (06a col. 4/5 by channel)     = Σ received over the period's days
--   finished early / on time / late (8–10) = Σ ended_* over the period's days
--   open at the end of a day D (11)        = Σ received − Σ ended_* over all days up to D
--   carried over (6)                       = open at the end of the day before the period
--   open and overdue at the end of D (13)  = Σ overdue over all days up to D
-- overdue is +1 on the day of overdue_from for a dossier that was still open after it, and −1 on the day it ended.
CREATE TABLE province.dossier_day_fact (
  tenant_id       text NOT NULL REFERENCES platform.tenant (id),
  day             date NOT NULL,
  unit_code       text NOT NULL,
  procedure_code  text NOT NULL,
  channel         text NOT NULL,
  received        integer NOT NULL DEFAULT 0,
  ended_early     integer NOT NULL DEFAULT 0,
  ended_on_time   integer NOT NULL DEFAULT 0,
  ended_late      integer NOT NULL DEFAULT 0,
  overdue         integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, unit_code, procedure_code, channel)
);
COMMENT ON TABLE province.dossier_day_fact IS 'Sum of the dossiers'' contributions per day, competent unit, procedure and channel (V10)';
COMMENT ON COLUMN province.dossier_day_fact.unit_code IS 'The competent unit as stored on the dossier (the unit as it was)';
COMMENT ON COLUMN province.dossier_day_fact.overdue IS 'Change that day of the number of open overdue dossiers';
SELECT platform.enforce_tenant_isolation('province.dossier_day_fact');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_day_fact TO ${app_role};

-- One dossier's contribution, times sign (+1 for a row as it is now, −1 for the row as it was). A dossier never
-- accepted (no received_at) contributes nothing. An inlinable SQL function: no SET clause, one SELECT.
CREATE FUNCTION province.dossier_day_contribution(d province.dossier, sign integer)
RETURNS TABLE (tenant_id text, day date, unit_code text, procedure_code text, channel text, received integer,
               ended_early integer, ended_on_time integer, ended_late integer, overdue integer)
LANGUAGE sql STABLE AS $$
  SELECT d.tenant_id, x.day, d.competent_unit_code, d.procedure_code, d.channel, sign * x.received,
         sign * x.early, sign * x.on_time, sign * x.late, sign * x.overdue
    FROM (SELECT coalesce(d.processed_at, d.closed_at) AS ended_at,
                 d.overdue_from IS NOT NULL
                   AND (coalesce(d.processed_at, d.closed_at) IS NULL
                        OR coalesce(d.processed_at, d.closed_at) > d.overdue_from) AS was_overdue) s
    CROSS JOIN LATERAL (VALUES
      ((d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 1, 0, 0, 0, 0),
      (CASE WHEN d.timeliness IS NOT NULL THEN (s.ended_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END, 0,
       (d.timeliness = 'EARLY')::integer, (d.timeliness = 'ON_TIME')::integer, (d.timeliness = 'LATE')::integer,
       -(s.was_overdue AND s.ended_at IS NOT NULL)::integer),
      (CASE WHEN s.was_overdue THEN (d.overdue_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END, 0, 0, 0, 0, 1)
    ) AS x (day, received, early, on_time, late, overdue)
   WHERE d.received_at IS NOT NULL AND x.day IS NOT NULL
$$;

-- The triggers. A writing statement does not touch the facts themselves: its new rows' contributions (+) and, for an
-- UPDATE, its old rows' (−) are summed per key into province.dossier_day_fact_delta under the transaction's id, and
-- the transaction is marked in province.dossier_day_fact_flush. At COMMIT a deferred constraint trigger on that mark
-- (once per transaction) moves the transaction's deltas into the facts in one statement, in key order. So a
-- transaction locks fact rows only for the instant between its flush and its commit, and always in the same order:
-- two import batches of one province, each writing many chunks, cannot deadlock on the facts (they did when every
-- chunk added to the facts at once: each held the rows of its earlier chunks while asking for the other's), and
-- concurrent receipts of the same unit, procedure and day wait for each other only for that instant. A statement or
-- savepoint that rolls back takes its deltas with it; so does the transaction.
CREATE UNLOGGED TABLE province.dossier_day_fact_delta (
  tenant_id       text NOT NULL,
  xid             xid8 NOT NULL,
  day             date NOT NULL,
  unit_code       text NOT NULL,
  procedure_code  text NOT NULL,
  channel         text NOT NULL,
  received        integer NOT NULL,
  ended_early     integer NOT NULL,
  ended_on_time   integer NOT NULL,
  ended_late      integer NOT NULL,
  overdue         integer NOT NULL,
  PRIMARY KEY (tenant_id, xid, day, unit_code, procedure_code, channel)
);
COMMENT ON TABLE province.dossier_day_fact_delta IS 'Changes to the day facts not yet committed, per transaction (V10); empty between transactions';
SELECT platform.enforce_tenant_isolation('province.dossier_day_fact_delta');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_day_fact_delta TO ${app_role};

CREATE UNLOGGED TABLE province.dossier_day_fact_flush (
  tenant_id  text NOT NULL,
  xid        xid8 NOT NULL,
  PRIMARY KEY (tenant_id, xid)
);
COMMENT ON TABLE province.dossier_day_fact_flush IS 'Transactions with day-fact deltas to move at commit (V10); empty between transactions';
SELECT platform.enforce_tenant_isolation('province.dossier_day_fact_flush');
GRANT SELECT, INSERT, DELETE ON province.dossier_day_fact_flush TO ${app_role};

CREATE FUNCTION province.dossier_keeps_day_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  -- Writers share the province's lock; a rebuild takes it alone (province.rebuild_dossier_day_facts).
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  IF TG_OP = 'INSERT' THEN
    INSERT INTO province.dossier_day_fact_delta AS d (tenant_id, xid, day, unit_code, procedure_code, channel,
                                                      received, ended_early, ended_on_time, ended_late, overdue)
    SELECT c.tenant_id, pg_current_xact_id(), c.day, c.unit_code, c.procedure_code, c.channel, sum(c.received),
           sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue)
      FROM new_rows n CROSS JOIN LATERAL province.dossier_day_contribution(n, 1) c
     GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (tenant_id, xid, day, unit_code, procedure_code, channel) DO UPDATE
       SET received = d.received + excluded.received, ended_early = d.ended_early + excluded.ended_early,
           ended_on_time = d.ended_on_time + excluded.ended_on_time, ended_late = d.ended_late + excluded.ended_late,
           overdue = d.overdue + excluded.overdue;
  ELSE
    INSERT INTO province.dossier_day_fact_delta AS d (tenant_id, xid, day, unit_code, procedure_code, channel,
                                                      received, ended_early, ended_on_time, ended_late, overdue)
    SELECT c.tenant_id, pg_current_xact_id(), c.day, c.unit_code, c.procedure_code, c.channel, sum(c.received),
           sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue)
      FROM (SELECT x.* FROM new_rows n CROSS JOIN LATERAL province.dossier_day_contribution(n, 1) x
            UNION ALL
            SELECT x.* FROM old_rows o CROSS JOIN LATERAL province.dossier_day_contribution(o, -1) x) c
     GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.received) <> 0 OR sum(c.ended_early) <> 0 OR sum(c.ended_on_time) <> 0 OR sum(c.ended_late) <> 0
        OR sum(c.overdue) <> 0
    ON CONFLICT (tenant_id, xid, day, unit_code, procedure_code, channel) DO UPDATE
       SET received = d.received + excluded.received, ended_early = d.ended_early + excluded.ended_early,
           ended_on_time = d.ended_on_time + excluded.ended_on_time, ended_late = d.ended_late + excluded.ended_late,
           overdue = d.overdue + excluded.overdue;
  END IF;
  IF FOUND THEN
    INSERT INTO province.dossier_day_fact_flush (tenant_id, xid)
    SELECT n.tenant_id, pg_current_xact_id() FROM new_rows n LIMIT 1
    ON CONFLICT (tenant_id, xid) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.dossier_keeps_day_facts() FROM PUBLIC;

-- At commit, once per transaction that has deltas: sum them per key, add them to the facts in key order, forget them.
-- Keys whose changes cancel out within the transaction (received and withdrawn the same day) are not touched.
CREATE FUNCTION province.dossier_day_facts_flush() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  WITH d AS (DELETE FROM province.dossier_day_fact_delta
              WHERE tenant_id = NEW.tenant_id AND xid = NEW.xid RETURNING *)
  INSERT INTO province.dossier_day_fact AS f (tenant_id, day, unit_code, procedure_code, channel, received,
                                            ended_early, ended_on_time, ended_late, overdue)
  SELECT d.tenant_id, d.day, d.unit_code, d.procedure_code, d.channel, d.received, d.ended_early, d.ended_on_time,
         d.ended_late, d.overdue
    FROM d
   WHERE d.received <> 0 OR d.ended_early <> 0 OR d.ended_on_time <> 0 OR d.ended_late <> 0 OR d.overdue <> 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (tenant_id, day, unit_code, procedure_code, channel) DO UPDATE
     SET received = f.received + excluded.received, ended_early = f.ended_early + excluded.ended_early,
         ended_on_time = f.ended_on_time + excluded.ended_on_time, ended_late = f.ended_late + excluded.ended_late,
         overdue = f.overdue + excluded.overdue;
  DELETE FROM province.dossier_day_fact_flush WHERE tenant_id = NEW.tenant_id AND xid = NEW.xid;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.dossier_day_facts_flush() FROM PUBLIC;

CREATE CONSTRAINT TRIGGER dossier_day_facts_at_commit AFTER INSERT ON province.dossier_day_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.dossier_day_facts_flush();

CREATE TRIGGER dossier_day_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_keeps_day_facts();
CREATE TRIGGER dossier_day_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_keeps_day_facts();

-- The bound province's facts summed afresh from its dossiers (row-level security limits both statements to it).
-- Waits for the province's writers in flight and holds new ones back until it commits, so that no change is
-- counted twice or lost. Returns the number of fact rows written.
CREATE FUNCTION province.rebuild_dossier_day_facts() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  written bigint;
BEGIN
  IF current_setting('app.tenant', true) IS NULL OR current_setting('app.tenant', true) = '' THEN
    RAISE EXCEPTION 'rebuild_dossier_day_facts: no province bound to the transaction';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  DELETE FROM province.dossier_day_fact;
  INSERT INTO province.dossier_day_fact (tenant_id, day, unit_code, procedure_code, channel, received, ended_early,
                                         ended_on_time, ended_late, overdue)
  SELECT c.tenant_id, c.day, c.unit_code, c.procedure_code, c.channel, sum(c.received), sum(c.ended_early),
         sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue)
    FROM province.dossier d CROSS JOIN LATERAL province.dossier_day_contribution(d, 1) c
   GROUP BY 1, 2, 3, 4, 5;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;
REVOKE ALL ON FUNCTION province.rebuild_dossier_day_facts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION province.rebuild_dossier_day_facts() TO ${app_role};
