-- Working days to finish (issue 13 item 3: table 06a's average and 90th-percentile working days), kept like the day
-- facts (V10, decision 0008) by the database from the dossier rows, in the same transaction as the change, whichever
-- path wrote them.
--
-- What a dossier took is decided in Java, by the dossier clock, on both paths (receipt and transitions, the import):
-- worked_hundredths = the office time from its clock start to its finish (processed_at: a result, or a refusal on the
-- merits), less the time it waited for the applicant, in hundredths of a working day, rounded up
-- (DossierClock.workedHundredths). Null while open, and for a dossier that ended without a result (withdrawn,
-- stopped): those count in 06a's finished columns but took no processing to measure.
--
-- The facts: per province, finish day, competent unit, procedure and whole working days (worked_hundredths rounded
-- up to a whole day: a dossier finished in 2.3 working days is "finished within 3"), the number finished and the sum
-- of their hundredths. A period's average is Σ hundredths / Σ finished; its 90th percentile is the smallest N such
-- that at least 90 % of the dossiers finished within N working days (nearest rank over the histogram), exact at a
-- whole day, for any grouping, since both add up over keys and days. No channel in the key: no report scopes or
-- groups working days by channel, and every key column multiplies the histogram's rows.
--
-- Three levels, each the one below summed: per day (any period's partial months), per month (whole months, by
-- procedure and field), per month and unit without the procedure (whole months of a report by unit, month or none
-- with no procedure or field in its scope: the 06a by unit reads a few thousand rows a year, not a million).
ALTER TABLE province.dossier ADD COLUMN worked_hundredths integer CHECK (worked_hundredths >= 0);
COMMENT ON COLUMN province.dossier.worked_hundredths IS
  'Working days it took to finish with a result, in hundredths, rounded up (DossierClock.workedHundredths; V16)';

CREATE TABLE province.dossier_duration_fact (
  tenant_id         text NOT NULL REFERENCES platform.tenant (id),
  day               date NOT NULL,
  unit_code         text NOT NULL,
  procedure_code    text NOT NULL,
  working_days      integer NOT NULL,
  finished          integer NOT NULL DEFAULT 0,
  worked_hundredths bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, unit_code, procedure_code, working_days)
);
COMMENT ON TABLE province.dossier_duration_fact IS 'Dossiers finished with a result per finish day, competent unit, procedure and whole working days taken (V16)';
COMMENT ON COLUMN province.dossier_duration_fact.working_days IS 'Whole working days taken, rounded up (0: finished before its clock started)';
SELECT platform.enforce_tenant_isolation('province.dossier_duration_fact');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_duration_fact TO ${app_role};

-- The same facts per month (as V14 for the day facts), kept by statement triggers on the day rows.
CREATE TABLE province.dossier_duration_month_fact (
  tenant_id         text NOT NULL REFERENCES platform.tenant (id),
  month             date NOT NULL CHECK (extract(day FROM month) = 1),
  unit_code         text NOT NULL,
  procedure_code    text NOT NULL,
  working_days      integer NOT NULL,
  finished          integer NOT NULL DEFAULT 0,
  worked_hundredths bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, month, unit_code, procedure_code, working_days)
);
COMMENT ON TABLE province.dossier_duration_month_fact IS 'The duration facts summed per month (V16)';
SELECT platform.enforce_tenant_isolation('province.dossier_duration_month_fact');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_duration_month_fact TO ${app_role};

-- And per month and unit, all procedures together, kept by statement triggers on the month rows.
CREATE TABLE province.dossier_duration_unit_month_fact (
  tenant_id         text NOT NULL REFERENCES platform.tenant (id),
  month             date NOT NULL CHECK (extract(day FROM month) = 1),
  unit_code         text NOT NULL,
  working_days      integer NOT NULL,
  finished          integer NOT NULL DEFAULT 0,
  worked_hundredths bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, month, unit_code, working_days)
);
COMMENT ON TABLE province.dossier_duration_unit_month_fact IS 'The duration month facts summed over procedures, per unit (V16)';
SELECT platform.enforce_tenant_isolation('province.dossier_duration_unit_month_fact');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_duration_unit_month_fact TO ${app_role};

-- Deltas per transaction, moved into the facts at commit in key order, as the day facts' (V10: no deadlock between
-- two import batches of one province). The commit is marked in the day facts' flush table.
CREATE UNLOGGED TABLE province.dossier_duration_fact_delta (
  tenant_id         text NOT NULL,
  xid               xid8 NOT NULL,
  day               date NOT NULL,
  unit_code         text NOT NULL,
  procedure_code    text NOT NULL,
  working_days      integer NOT NULL,
  finished          integer NOT NULL,
  worked_hundredths bigint NOT NULL,
  PRIMARY KEY (tenant_id, xid, day, unit_code, procedure_code, working_days)
);
COMMENT ON TABLE province.dossier_duration_fact_delta IS 'Changes to the duration facts not yet committed, per transaction (V16); empty between transactions';
SELECT platform.enforce_tenant_isolation('province.dossier_duration_fact_delta');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_duration_fact_delta TO ${app_role};

-- One dossier's contribution, times sign: one row on its finish day when it finished with a result.
CREATE FUNCTION province.dossier_duration_contribution(d province.dossier, sign integer)
RETURNS TABLE (tenant_id text, day date, unit_code text, procedure_code text, working_days integer,
               finished integer, worked_hundredths bigint)
LANGUAGE sql STABLE AS $$
  SELECT d.tenant_id, (d.processed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.competent_unit_code,
         d.procedure_code, (d.worked_hundredths + 99) / 100, sign, sign * d.worked_hundredths::bigint
   WHERE d.worked_hundredths IS NOT NULL AND d.processed_at IS NOT NULL AND d.received_at IS NOT NULL
$$;

CREATE FUNCTION province.dossier_keeps_duration_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  IF TG_OP = 'INSERT' THEN
    INSERT INTO province.dossier_duration_fact_delta AS d (tenant_id, xid, day, unit_code, procedure_code,
           working_days, finished, worked_hundredths)
    SELECT c.tenant_id, pg_current_xact_id(), c.day, c.unit_code, c.procedure_code, c.working_days,
           sum(c.finished), sum(c.worked_hundredths)
      FROM new_rows n CROSS JOIN LATERAL province.dossier_duration_contribution(n, 1) c
     GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (tenant_id, xid, day, unit_code, procedure_code, working_days) DO UPDATE
       SET finished = d.finished + excluded.finished, worked_hundredths = d.worked_hundredths + excluded.worked_hundredths;
  ELSE
    INSERT INTO province.dossier_duration_fact_delta AS d (tenant_id, xid, day, unit_code, procedure_code,
           working_days, finished, worked_hundredths)
    SELECT c.tenant_id, pg_current_xact_id(), c.day, c.unit_code, c.procedure_code, c.working_days,
           sum(c.finished), sum(c.worked_hundredths)
      FROM (SELECT x.* FROM new_rows n CROSS JOIN LATERAL province.dossier_duration_contribution(n, 1) x
            UNION ALL
            SELECT x.* FROM old_rows o CROSS JOIN LATERAL province.dossier_duration_contribution(o, -1) x) c
     GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.finished) <> 0 OR sum(c.worked_hundredths) <> 0
    ON CONFLICT (tenant_id, xid, day, unit_code, procedure_code, working_days) DO UPDATE
       SET finished = d.finished + excluded.finished, worked_hundredths = d.worked_hundredths + excluded.worked_hundredths;
  END IF;
  IF FOUND THEN
    INSERT INTO province.dossier_day_fact_flush (tenant_id, xid)
    SELECT n.tenant_id, pg_current_xact_id() FROM new_rows n LIMIT 1
    ON CONFLICT (tenant_id, xid) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.dossier_keeps_duration_facts() FROM PUBLIC;

-- At commit, with the day facts' flush (the same mark): the transaction's duration deltas into the facts, key order.
CREATE FUNCTION province.dossier_duration_facts_flush() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  WITH d AS (DELETE FROM province.dossier_duration_fact_delta
              WHERE tenant_id = NEW.tenant_id AND xid = NEW.xid RETURNING *)
  INSERT INTO province.dossier_duration_fact AS f (tenant_id, day, unit_code, procedure_code, working_days,
         finished, worked_hundredths)
  SELECT d.tenant_id, d.day, d.unit_code, d.procedure_code, d.working_days, d.finished, d.worked_hundredths
    FROM d
   WHERE d.finished <> 0 OR d.worked_hundredths <> 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (tenant_id, day, unit_code, procedure_code, working_days) DO UPDATE
     SET finished = f.finished + excluded.finished, worked_hundredths = f.worked_hundredths + excluded.worked_hundredths;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.dossier_duration_facts_flush() FROM PUBLIC;

-- Named to fire before dossier_day_facts_at_commit (deferred triggers of one event fire in name order), which deletes
-- the mark; this one reads only NEW.
CREATE CONSTRAINT TRIGGER dossier_day_duration_facts_at_commit AFTER INSERT ON province.dossier_day_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.dossier_duration_facts_flush();

CREATE TRIGGER dossier_duration_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_keeps_duration_facts();
CREATE TRIGGER dossier_duration_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_keeps_duration_facts();

-- A fact table's rows summed into a coarser one (fewer key columns, the same counters), per statement, in the
-- transaction that writes them: one trigger function for every such level, instead of a copy per table (V17
-- moves V14's month rows to it). Arguments: the target table (in province), its key columns, the same keys as
-- expressions over a source row c, and the counters (comma-separated, the same names in both tables). An INSERT adds
-- the new rows; an UPDATE adds the new rows and subtracts the old ones; keys whose changes cancel out are not touched;
-- the target rows are written in key order (two transactions never lock them in opposite orders). A DELETE is not
-- followed: only a rebuild deletes, and it deletes every level.
CREATE FUNCTION province.facts_roll_up() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  counters text := TG_ARGV[3];
  sums text;
  negated text;
  changed text;
  added text;
  source text;
BEGIN
  SELECT string_agg(format('sum(s.%I)', x), ', '), string_agg(format('-c.%I', x), ', '),
         string_agg(format('sum(s.%I) <> 0', x), ' OR '), string_agg(format('%1$I = f.%1$I + excluded.%1$I', x), ', ')
    INTO sums, negated, changed, added
    FROM unnest(string_to_array(replace(counters, ' ', ''), ',')) AS x;
  source := format('SELECT %s, %s FROM new_rows c', TG_ARGV[2], counters);
  IF TG_OP = 'UPDATE' THEN
    source := source || format(' UNION ALL SELECT %s, %s FROM old_rows c', TG_ARGV[2], negated);
  END IF;
  EXECUTE format('INSERT INTO province.%I AS f (%s, %s) SELECT %s, %s FROM (%s) AS s (%s, %s) GROUP BY %s HAVING %s'
                 ' ORDER BY %s ON CONFLICT (%s) DO UPDATE SET %s',
                 TG_ARGV[0], TG_ARGV[1], counters, TG_ARGV[1], sums, source, TG_ARGV[1], counters, TG_ARGV[1],
                 changed, TG_ARGV[1], TG_ARGV[1], added);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.facts_roll_up() FROM PUBLIC;

-- Month rows from the day rows, per-unit month rows from the month rows.
CREATE TRIGGER dossier_duration_month_facts_on_insert AFTER INSERT ON province.dossier_duration_fact
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.facts_roll_up(
    'dossier_duration_month_fact', 'tenant_id, month, unit_code, procedure_code, working_days',
    'c.tenant_id, date_trunc(''month'', c.day)::date, c.unit_code, c.procedure_code, c.working_days',
    'finished, worked_hundredths');
CREATE TRIGGER dossier_duration_month_facts_on_update AFTER UPDATE ON province.dossier_duration_fact
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.facts_roll_up(
    'dossier_duration_month_fact', 'tenant_id, month, unit_code, procedure_code, working_days',
    'c.tenant_id, date_trunc(''month'', c.day)::date, c.unit_code, c.procedure_code, c.working_days',
    'finished, worked_hundredths');
CREATE TRIGGER dossier_duration_unit_month_facts_on_insert AFTER INSERT ON province.dossier_duration_month_fact
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.facts_roll_up(
    'dossier_duration_unit_month_fact', 'tenant_id, month, unit_code, working_days',
    'c.tenant_id, c.month, c.unit_code, c.working_days', 'finished, worked_hundredths');
CREATE TRIGGER dossier_duration_unit_month_facts_on_update AFTER UPDATE ON province.dossier_duration_month_fact
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.facts_roll_up(
    'dossier_duration_unit_month_fact', 'tenant_id, month, unit_code, working_days',
    'c.tenant_id, c.month, c.unit_code, c.working_days', 'finished, worked_hundredths');

-- The bound province's duration facts summed afresh from its dossiers (day rows; the month and unit month rows follow
-- through the triggers above), under the province's exclusive lock like the day facts' rebuild, in the application's
-- rebuild transaction. Returns the number of day rows written. Rows written before this migration have no
-- worked_hundredths (the clock is in Java): they are not measured until re-imported.
CREATE FUNCTION province.rebuild_dossier_duration_facts() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  written bigint;
BEGIN
  IF current_setting('app.tenant', true) IS NULL OR current_setting('app.tenant', true) = '' THEN
    RAISE EXCEPTION 'rebuild_dossier_duration_facts: no province bound to the transaction';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  DELETE FROM province.dossier_duration_unit_month_fact;
  DELETE FROM province.dossier_duration_month_fact;
  DELETE FROM province.dossier_duration_fact;
  INSERT INTO province.dossier_duration_fact (tenant_id, day, unit_code, procedure_code, working_days, finished,
         worked_hundredths)
  SELECT c.tenant_id, c.day, c.unit_code, c.procedure_code, c.working_days, sum(c.finished), sum(c.worked_hundredths)
    FROM province.dossier d CROSS JOIN LATERAL province.dossier_duration_contribution(d, 1) c
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;
REVOKE ALL ON FUNCTION province.rebuild_dossier_duration_facts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION province.rebuild_dossier_duration_facts() TO ${app_role};
