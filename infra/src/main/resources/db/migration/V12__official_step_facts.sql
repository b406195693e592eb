-- Step facts per official (issue 13; decision 0009): per province, day, step unit, official, procedure and channel,
-- kept by the database from the dossier rows' steps exactly as the day facts (V10, decision 0008) are kept from the
-- rows themselves: statement-level triggers with transition tables write per-transaction deltas, a deferred trigger
-- adds them to the facts at commit in key order, and province.rebuild_dossier_step_facts sums them afresh.
--
-- A step counted here is a processing step (kind PROCESS, TRANSFER or CONSULT) that has started: the desk's receipt
-- (done at acceptance) and return (due with the dossier, counted by the dossier's own timeliness) are not an
-- official's steps. The steps are read from province.dossier.steps (vn.motcua.dossier.domain.StepText:
-- name|kind|role|unit|assignee|budgetNanos|startedAt|dueAt|finishedAt|pausedNanos|finishedBy|sharePercent); both paths
-- write that text (receipt and transitions through Dossier, the import through ImportedSteps), so one function reads
-- both. The official of a finished step is whoever finished it (finishedBy; the assignee when the step was ended by a
-- withdrawal or stop), of an open step its assignee; '' = nobody.
--
-- Per key and day, as the 06a columns (docs/deadlines.md, "Steps per official"):
--   received        = steps started that day (received by the official)
--   ended_early     = finished on a day before the day of the step's due instant
--   ended_on_time   = finished on that day, not after the instant (or a step without a due instant)
--   ended_late      = finished after the instant
--   overdue         = +1 on the day of the due instant for a step still open after it, −1 on the day it finished;
--                     an open step of a dossier paused for the applicant before its due instant is not overdue
--                     (the due instant moves when the dossier resumes).
CREATE TABLE province.dossier_step_fact (
  tenant_id       text NOT NULL REFERENCES platform.tenant (id),
  day             date NOT NULL,
  unit_code       text NOT NULL,
  official        text NOT NULL,
  procedure_code  text NOT NULL,
  channel         text NOT NULL,
  received        integer NOT NULL DEFAULT 0,
  ended_early     integer NOT NULL DEFAULT 0,
  ended_on_time   integer NOT NULL DEFAULT 0,
  ended_late      integer NOT NULL DEFAULT 0,
  overdue         integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, unit_code, official, procedure_code, channel)
);
COMMENT ON TABLE province.dossier_step_fact IS 'Sum of the dossiers'' processing steps per day, step unit, official, procedure and channel (V12)';
COMMENT ON COLUMN province.dossier_step_fact.official IS 'Username of who finished the step (open: its assignee); empty: nobody';
SELECT platform.enforce_tenant_isolation('province.dossier_step_fact');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_step_fact TO ${app_role};

-- One dossier's steps' contribution, times sign. An inlinable SQL function (no SET clause, one SELECT), read by the
-- triggers and the rebuild alike. The OFFSET 0 keep the planner from flattening the subqueries: flattened, every use
-- of a parsed instant parsed it again (measured ten times slower, decision 0009).
CREATE FUNCTION province.dossier_step_contribution(d province.dossier, sign integer)
RETURNS TABLE (tenant_id text, day date, unit_code text, official text, procedure_code text, channel text,
               received integer, ended_early integer, ended_on_time integer, ended_late integer, overdue integer)
LANGUAGE sql STABLE AS $$
  SELECT d.tenant_id, x.day, s.unit, s.official, d.procedure_code, d.channel, sign * x.received, sign * x.early,
         sign * x.on_time, sign * x.late, sign * x.overdue
    FROM (SELECT p.unit,
                 CASE WHEN p.finished_at IS NULL THEN p.assignee ELSE coalesce(nullif(p.finished_by, ''), p.assignee)
                 END AS official,
                 (p.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS started_day,
                 (p.finished_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS finished_day,
                 (p.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS due_day,
                 p.due_at IS NOT NULL AND p.finished_at > p.due_at AS finished_late,
                 p.due_at IS NOT NULL
                   AND CASE WHEN p.finished_at IS NOT NULL THEN p.finished_at > p.due_at
                            ELSE d.paused_at IS NULL OR d.paused_at >= p.due_at END AS was_overdue
            FROM (SELECT split_part(l, '|', 2) AS kind, split_part(l, '|', 4) AS unit,
                         split_part(l, '|', 5) AS assignee,
                         nullif(split_part(l, '|', 7), '')::timestamptz AS started_at,
                         nullif(split_part(l, '|', 8), '')::timestamptz AS due_at,
                         nullif(split_part(l, '|', 9), '')::timestamptz AS finished_at,
                         split_part(l, '|', 11) AS finished_by
                    FROM string_to_table(d.steps, E'\n') AS l
                  OFFSET 0) p
           WHERE p.kind IN ('PROCESS', 'TRANSFER', 'CONSULT') AND p.started_at IS NOT NULL
          OFFSET 0) s
    CROSS JOIN LATERAL (VALUES
      (s.started_day, 1, 0, 0, 0, 0),
      (s.finished_day, 0, (s.due_day IS NOT NULL AND s.finished_day < s.due_day)::integer,
       (NOT s.finished_late AND (s.due_day IS NULL OR s.finished_day >= s.due_day))::integer,
       s.finished_late::integer, -(s.was_overdue AND s.finished_day IS NOT NULL)::integer),
      (CASE WHEN s.was_overdue THEN s.due_day END, 0, 0, 0, 0, 1)
    ) AS x (day, received, early, on_time, late, overdue)
   WHERE d.received_at IS NOT NULL AND x.day IS NOT NULL
$$;

-- Per-transaction deltas and the commit-time flush, as V10's (see there why: no deadlock between batches).
CREATE UNLOGGED TABLE province.dossier_step_fact_delta (
  tenant_id       text NOT NULL,
  xid             xid8 NOT NULL,
  day             date NOT NULL,
  unit_code       text NOT NULL,
  official        text NOT NULL,
  procedure_code  text NOT NULL,
  channel         text NOT NULL,
  received        integer NOT NULL,
  ended_early     integer NOT NULL,
  ended_on_time   integer NOT NULL,
  ended_late      integer NOT NULL,
  overdue         integer NOT NULL,
  PRIMARY KEY (tenant_id, xid, day, unit_code, official, procedure_code, channel)
);
COMMENT ON TABLE province.dossier_step_fact_delta IS 'Changes to the step facts not yet committed, per transaction (V12); empty between transactions';
SELECT platform.enforce_tenant_isolation('province.dossier_step_fact_delta');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_step_fact_delta TO ${app_role};

CREATE UNLOGGED TABLE province.dossier_step_fact_flush (
  tenant_id  text NOT NULL,
  xid        xid8 NOT NULL,
  PRIMARY KEY (tenant_id, xid)
);
COMMENT ON TABLE province.dossier_step_fact_flush IS 'Transactions with step-fact deltas to move at commit (V12); empty between transactions';
SELECT platform.enforce_tenant_isolation('province.dossier_step_fact_flush');
GRANT SELECT, INSERT, DELETE ON province.dossier_step_fact_flush TO ${app_role};

CREATE FUNCTION province.dossier_keeps_step_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  -- The same lock as the day facts': writers share it, a rebuild takes it alone.
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  IF TG_OP = 'INSERT' THEN
    INSERT INTO province.dossier_step_fact_delta AS d (tenant_id, xid, day, unit_code, official, procedure_code,
                                                       channel, received, ended_early, ended_on_time, ended_late,
                                                       overdue)
    SELECT c.tenant_id, pg_current_xact_id(), c.day, c.unit_code, c.official, c.procedure_code, c.channel,
           sum(c.received), sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue)
      FROM new_rows n CROSS JOIN LATERAL province.dossier_step_contribution(n, 1) c
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (tenant_id, xid, day, unit_code, official, procedure_code, channel) DO UPDATE
       SET received = d.received + excluded.received, ended_early = d.ended_early + excluded.ended_early,
           ended_on_time = d.ended_on_time + excluded.ended_on_time, ended_late = d.ended_late + excluded.ended_late,
           overdue = d.overdue + excluded.overdue;
  ELSE
    -- Most updates (a note, a fee, a pause that moves nothing) leave the steps as they were: only rows whose steps,
    -- pause, procedure or channel changed are read at all.
    INSERT INTO province.dossier_step_fact_delta AS d (tenant_id, xid, day, unit_code, official, procedure_code,
                                                       channel, received, ended_early, ended_on_time, ended_late,
                                                       overdue)
    SELECT c.tenant_id, pg_current_xact_id(), c.day, c.unit_code, c.official, c.procedure_code, c.channel,
           sum(c.received), sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue)
      FROM (SELECT x.* FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
                    CROSS JOIN LATERAL province.dossier_step_contribution(n, 1) x
             WHERE (n.steps, n.paused_at, n.procedure_code, n.channel, n.received_at)
                   IS DISTINCT FROM (o.steps, o.paused_at, o.procedure_code, o.channel, o.received_at)
            UNION ALL
            SELECT x.* FROM old_rows o JOIN new_rows n ON o.tenant_id = n.tenant_id AND o.id = n.id
                    CROSS JOIN LATERAL province.dossier_step_contribution(o, -1) x
             WHERE (n.steps, n.paused_at, n.procedure_code, n.channel, n.received_at)
                   IS DISTINCT FROM (o.steps, o.paused_at, o.procedure_code, o.channel, o.received_at)) c
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(c.received) <> 0 OR sum(c.ended_early) <> 0 OR sum(c.ended_on_time) <> 0 OR sum(c.ended_late) <> 0
        OR sum(c.overdue) <> 0
    ON CONFLICT (tenant_id, xid, day, unit_code, official, procedure_code, channel) DO UPDATE
       SET received = d.received + excluded.received, ended_early = d.ended_early + excluded.ended_early,
           ended_on_time = d.ended_on_time + excluded.ended_on_time, ended_late = d.ended_late + excluded.ended_late,
           overdue = d.overdue + excluded.overdue;
  END IF;
  IF FOUND THEN
    INSERT INTO province.dossier_step_fact_flush (tenant_id, xid)
    SELECT n.tenant_id, pg_current_xact_id() FROM new_rows n LIMIT 1
    ON CONFLICT (tenant_id, xid) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.dossier_keeps_step_facts() FROM PUBLIC;

CREATE FUNCTION province.dossier_step_facts_flush() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  WITH d AS (DELETE FROM province.dossier_step_fact_delta
              WHERE tenant_id = NEW.tenant_id AND xid = NEW.xid RETURNING *)
  INSERT INTO province.dossier_step_fact AS f (tenant_id, day, unit_code, official, procedure_code, channel, received,
                                               ended_early, ended_on_time, ended_late, overdue)
  SELECT d.tenant_id, d.day, d.unit_code, d.official, d.procedure_code, d.channel, d.received, d.ended_early,
         d.ended_on_time, d.ended_late, d.overdue
    FROM d
   WHERE d.received <> 0 OR d.ended_early <> 0 OR d.ended_on_time <> 0 OR d.ended_late <> 0 OR d.overdue <> 0
   ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (tenant_id, day, unit_code, official, procedure_code, channel) DO UPDATE
     SET received = f.received + excluded.received, ended_early = f.ended_early + excluded.ended_early,
         ended_on_time = f.ended_on_time + excluded.ended_on_time, ended_late = f.ended_late + excluded.ended_late,
         overdue = f.overdue + excluded.overdue;
  DELETE FROM province.dossier_step_fact_flush WHERE tenant_id = NEW.tenant_id AND xid = NEW.xid;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.dossier_step_facts_flush() FROM PUBLIC;

CREATE CONSTRAINT TRIGGER dossier_step_facts_at_commit AFTER INSERT ON province.dossier_step_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.dossier_step_facts_flush();

CREATE TRIGGER dossier_step_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_keeps_step_facts();
CREATE TRIGGER dossier_step_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_keeps_step_facts();

-- The bound province's step facts summed afresh from its dossiers; called by rebuildFacts with the day facts' rebuild
-- (which it waits for or holds back like the day facts' rebuild). Returns the number of fact rows written.
CREATE FUNCTION province.rebuild_dossier_step_facts() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  written bigint;
BEGIN
  IF current_setting('app.tenant', true) IS NULL OR current_setting('app.tenant', true) = '' THEN
    RAISE EXCEPTION 'rebuild_dossier_step_facts: no province bound to the transaction';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  DELETE FROM province.dossier_step_fact;
  INSERT INTO province.dossier_step_fact (tenant_id, day, unit_code, official, procedure_code, channel, received,
                                          ended_early, ended_on_time, ended_late, overdue)
  SELECT c.tenant_id, c.day, c.unit_code, c.official, c.procedure_code, c.channel, sum(c.received),
         sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue)
    FROM province.dossier d CROSS JOIN LATERAL province.dossier_step_contribution(d, 1) c
   GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(c.received) <> 0 OR sum(c.ended_early) <> 0 OR sum(c.ended_on_time) <> 0 OR sum(c.ended_late) <> 0
      OR sum(c.overdue) <> 0;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;
REVOKE ALL ON FUNCTION province.rebuild_dossier_step_facts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION province.rebuild_dossier_step_facts() TO ${app_role};

-- The province's report settings, set by its administrator. publish_official_names: whether the public monthly list
-- of officials with late steps names them (display name) or shows each as "Cán bộ n của <unit>".
CREATE TABLE province.report_setting (
  tenant_id               text PRIMARY KEY REFERENCES platform.tenant (id),
  publish_official_names  boolean NOT NULL DEFAULT false,
  updated_at              timestamptz NOT NULL DEFAULT now(),
  updated_by              text NOT NULL CHECK (char_length(updated_by) <= 100)
);
COMMENT ON TABLE province.report_setting IS 'Report settings of a province (V12); no row = the defaults';
SELECT platform.enforce_tenant_isolation('province.report_setting');
GRANT SELECT, INSERT, UPDATE ON province.report_setting TO ${app_role};
