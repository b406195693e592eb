-- The report facts' write path, faster for the bulk import (issue 13's goal: the import keeps >= 80 % of its speed
-- without facts; decision 0008): one generic pair of trigger functions instead of a hand-written pair per family
-- (V10/V11 day, V12/V13 step, V16 working days), contributions staged in the session instead of shared delta tables,
-- every level written from them at commit, the most shared rows last.
--
-- Measured before (docs/benchmarks.md, "The facts staged per session"): for 20,000 imported dossiers the facts cost
-- about 2.3 s of database time, six times what inserting exactly the fact rows they add costs (~0.37 s, the floor).
-- Most of the difference was the per-transaction deltas (every contribution went through an INSERT … ON CONFLICT into
-- an unlogged table keyed by province, transaction and key, then a DELETE … RETURNING and a sort at commit), the month
-- levels' roll-up triggers reading the transition tables of every fact row written, and the day contribution's
-- lateral VALUES list.
--
-- Now each family's statement trigger appends its rows' contributions, unsummed, to a temporary table of the session
-- (no index, no WAL, no shared buffers, emptied at every commit: ON COMMIT DELETE ROWS; a rolled-back transaction's
-- rows are never seen), and marks the transaction in province.dossier_fact_flush as before. At commit, deferred
-- constraint triggers on that mark sum the staged rows per key of each level and add them in key order, level after
-- level in trigger-name order, then delete the mark. So, as before:
--   - facts change in the transaction that changes the dossiers, and only if it commits;
--   - two transactions lock fact rows in the same order (no deadlock between two import batches of a province);
--   - writers hold the province's lock shared, a rebuild exclusive;
--   - the contributions are the same SQL functions (V11, V13, V16), read by the rebuilds and the drill-down too.

-- One dossier's day contribution (V11): the same rows and values, written as four SELECTs joined by UNION ALL (one
-- per day a dossier counts on: received, ended, became overdue, rated) instead of one lateral VALUES list, which
-- PostgreSQL evaluated anew for every dossier: 4.4 s for the import's 300,000 dossiers, 1.4 s this way, the same sums.
CREATE OR REPLACE FUNCTION province.dossier_day_contribution(d province.dossier, sign integer)
RETURNS TABLE (tenant_id text, day date, unit_code text, procedure_code text, channel text, received integer,
               ended_early integer, ended_on_time integer, ended_late integer, overdue integer,
               digitised integer, fee_bearing integer, paid_online integer, electronic_result integer,
               supplement_once integer, supplement_twice integer, apologised integer, late_without_apology integer,
               rated_1 integer, rated_2 integer, rated_3 integer, rated_4 integer, rated_5 integer)
LANGUAGE sql STABLE AS $$
  SELECT d.tenant_id, (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.competent_unit_code, d.procedure_code,
         d.channel, sign, 0, 0, 0, 0, sign * d.digitised::integer, sign * (d.fee_total > 0)::integer,
         sign * (d.fee_total > 0 AND d.paid_online)::integer, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL
  UNION ALL
  SELECT d.tenant_id, (coalesce(d.processed_at, d.closed_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
         d.competent_unit_code, d.procedure_code, d.channel, 0,
         sign * (d.timeliness = 'EARLY')::integer, sign * (d.timeliness = 'ON_TIME')::integer,
         sign * (d.timeliness = 'LATE')::integer,
         -sign * (d.overdue_from IS NOT NULL AND coalesce(d.processed_at, d.closed_at) > d.overdue_from)::integer,
         0, 0, 0, sign * coalesce(d.electronic_result, false)::integer, sign * (d.supplement_count >= 1)::integer,
         sign * (d.supplement_count >= 2)::integer, sign * (d.apology_at IS NOT NULL)::integer,
         sign * (d.timeliness = 'LATE' AND d.apology_at IS NULL)::integer, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL AND d.timeliness IS NOT NULL AND coalesce(d.processed_at, d.closed_at) IS NOT NULL
  UNION ALL
  SELECT d.tenant_id, (d.overdue_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.competent_unit_code, d.procedure_code,
         d.channel, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL AND d.overdue_from IS NOT NULL
     AND (coalesce(d.processed_at, d.closed_at) IS NULL OR coalesce(d.processed_at, d.closed_at) > d.overdue_from)
  UNION ALL
  SELECT d.tenant_id, (d.rated_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.competent_unit_code, d.procedure_code,
         d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sign * (d.satisfaction = 1)::integer,
         sign * (d.satisfaction = 2)::integer, sign * (d.satisfaction = 3)::integer, sign * (d.satisfaction = 4)::integer,
         sign * (d.satisfaction = 5)::integer
   WHERE d.received_at IS NOT NULL AND d.satisfaction IS NOT NULL AND d.rated_at IS NOT NULL
$$;


-- Staging: TG_ARGV[0] the session's temporary table for the family, [1] the contribution function
-- (province.<f>(province.dossier, sign) returning the fact's keys then its counters), [2] for an UPDATE, the columns
-- whose change is all that can change the contribution ('' to read every updated row). An UPDATE stages the new rows'
-- contributions and subtracts the old rows'; keys that cancel out are dropped when the flush sums them.
CREATE FUNCTION province.facts_stage() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  pending text := TG_ARGV[0];
  contribution text := TG_ARGV[1];
  watched text := TG_ARGV[2];
  differ text;
  staged bigint;
BEGIN
  -- Writers share the province's lock; a rebuild takes it alone (province.rebuild_dossier_day_facts).
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  IF to_regclass('pg_temp.' || quote_ident(pending)) IS NULL THEN
    EXECUTE format('CREATE TEMPORARY TABLE %I ON COMMIT DELETE ROWS AS SELECT * FROM province.%I(NULL::province.dossier, 0) WITH NO DATA',
                   pending, contribution);
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO pg_temp.%I SELECT c.* FROM new_rows n CROSS JOIN LATERAL province.%I(n, 1) c',
                   pending, contribution);
  ELSIF watched = '' THEN
    EXECUTE format('INSERT INTO pg_temp.%1$I SELECT c.* FROM new_rows n CROSS JOIN LATERAL province.%2$I(n, 1) c'
                   ' UNION ALL SELECT c.* FROM old_rows o CROSS JOIN LATERAL province.%2$I(o, -1) c',
                   pending, contribution);
  ELSE
    SELECT format('(%s) IS DISTINCT FROM (%s)', string_agg(format('n.%I', x), ', '), string_agg(format('o.%I', x), ', '))
      INTO differ FROM unnest(string_to_array(replace(watched, ' ', ''), ',')) AS x;
    EXECUTE format('INSERT INTO pg_temp.%1$I'
                   ' SELECT c.* FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id'
                   ' CROSS JOIN LATERAL province.%2$I(n, 1) c WHERE %3$s'
                   ' UNION ALL SELECT c.* FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id'
                   ' CROSS JOIN LATERAL province.%2$I(o, -1) c WHERE %3$s',
                   pending, contribution, differ);
  END IF;
  GET DIAGNOSTICS staged = ROW_COUNT;
  IF staged > 0 THEN
    INSERT INTO province.dossier_fact_flush (tenant_id, xid)
    SELECT n.tenant_id, pg_current_xact_id() FROM new_rows n LIMIT 1
    ON CONFLICT (tenant_id, xid) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.facts_stage() FROM PUBLIC;

-- At commit: TG_ARGV[0] the family's temporary table, [1] its counters (the same names in the staged rows and in the
-- facts), [2] one level's fact table, [3] its key columns, [4] the same keys as expressions over a staged row (e.g.
-- date_trunc('month', day)::date for a month). The staged rows of the marked province are summed per key, keys whose
-- changes cancel out are dropped, and the rest are added in key order. The month and unit month levels are written
-- from the staged rows too, not rolled up from the day rows by triggers (V16/V17's facts_roll_up, whose transition
-- tables copied every fact row written, old and new).
CREATE FUNCTION province.facts_flush() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  pending text := TG_ARGV[0];
  counters text := TG_ARGV[1];
  sums text;
  changed text;
  added text;
  positions text;
BEGIN
  IF to_regclass('pg_temp.' || quote_ident(pending)) IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT string_agg(format('sum(s.%I)', x), ', '), string_agg(format('sum(s.%I) <> 0', x), ' OR '),
         string_agg(format('%1$I = f.%1$I + excluded.%1$I', x), ', ')
    INTO sums, changed, added
    FROM unnest(string_to_array(replace(counters, ' ', ''), ',')) AS x;
  SELECT string_agg(i::text, ', ') INTO positions
    FROM generate_series(1, cardinality(string_to_array(TG_ARGV[3], ','))) AS i;
  EXECUTE format('INSERT INTO province.%I AS f (%s, %s) SELECT %s, %s FROM pg_temp.%I s WHERE s.tenant_id = $1'
                 ' GROUP BY %s HAVING %s ORDER BY %s ON CONFLICT (%s) DO UPDATE SET %s',
                 TG_ARGV[2], TG_ARGV[3], counters, TG_ARGV[4], sums, pending, positions, changed, positions,
                 TG_ARGV[3], added)
    USING NEW.tenant_id;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.facts_flush() FROM PUBLIC;

-- The mark's last deferred trigger (name order): the transaction's mark is removed.
CREATE FUNCTION province.facts_flushed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  DELETE FROM province.dossier_fact_flush WHERE tenant_id = NEW.tenant_id AND xid = NEW.xid;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.facts_flushed() FROM PUBLIC;

-- The old write path: statement triggers, their functions, the deltas, the step facts' own mark.
DROP TRIGGER dossier_day_facts_on_insert ON province.dossier;
DROP TRIGGER dossier_day_facts_on_update ON province.dossier;
DROP TRIGGER dossier_step_facts_on_insert ON province.dossier;
DROP TRIGGER dossier_step_facts_on_update ON province.dossier;
DROP TRIGGER dossier_duration_facts_on_insert ON province.dossier;
DROP TRIGGER dossier_duration_facts_on_update ON province.dossier;
DROP TRIGGER dossier_day_duration_facts_at_commit ON province.dossier_day_fact_flush;
DROP TRIGGER dossier_day_facts_at_commit ON province.dossier_day_fact_flush;
DROP TRIGGER dossier_step_facts_at_commit ON province.dossier_step_fact_flush;
DROP FUNCTION province.dossier_keeps_day_facts();
DROP FUNCTION province.dossier_day_facts_flush();
DROP FUNCTION province.dossier_keeps_step_facts();
DROP FUNCTION province.dossier_step_facts_flush();
DROP FUNCTION province.dossier_keeps_duration_facts();
DROP FUNCTION province.dossier_duration_facts_flush();
DROP TABLE province.dossier_day_fact_delta;
DROP TABLE province.dossier_step_fact_delta;
DROP TABLE province.dossier_duration_fact_delta;
DROP TABLE province.dossier_step_fact_flush;
ALTER TABLE province.dossier_day_fact_flush RENAME TO dossier_fact_flush;
COMMENT ON TABLE province.dossier_fact_flush IS 'Transactions with staged fact contributions to add at commit (V10, V18); empty between transactions';

-- The levels' roll-up triggers (V16, V17) and their function: the flush writes every level now.
DROP TRIGGER dossier_month_facts_on_insert ON province.dossier_day_fact;
DROP TRIGGER dossier_month_facts_on_update ON province.dossier_day_fact;
DROP TRIGGER dossier_unit_month_facts_on_insert ON province.dossier_month_fact;
DROP TRIGGER dossier_unit_month_facts_on_update ON province.dossier_month_fact;
DROP TRIGGER dossier_duration_month_facts_on_insert ON province.dossier_duration_fact;
DROP TRIGGER dossier_duration_month_facts_on_update ON province.dossier_duration_fact;
DROP TRIGGER dossier_duration_unit_month_facts_on_insert ON province.dossier_duration_month_fact;
DROP TRIGGER dossier_duration_unit_month_facts_on_update ON province.dossier_duration_month_fact;
DROP FUNCTION province.facts_roll_up();

-- No per-row foreign key check on fact rows: every fact row sums dossiers of its province (whose rows have the key),
-- the rebuild recomputes them, and the check was a row trigger on every fact row a batch inserts (as decision 0005
-- did for the events).
ALTER TABLE province.dossier_day_fact DROP CONSTRAINT dossier_day_fact_tenant_id_fkey;
ALTER TABLE province.dossier_month_fact DROP CONSTRAINT dossier_month_fact_tenant_id_fkey;
ALTER TABLE province.dossier_unit_month_fact DROP CONSTRAINT dossier_unit_month_fact_tenant_id_fkey;
ALTER TABLE province.dossier_step_fact DROP CONSTRAINT dossier_step_fact_tenant_id_fkey;
ALTER TABLE province.dossier_duration_fact DROP CONSTRAINT dossier_duration_fact_tenant_id_fkey;
ALTER TABLE province.dossier_duration_month_fact DROP CONSTRAINT dossier_duration_month_fact_tenant_id_fkey;
ALTER TABLE province.dossier_duration_unit_month_fact DROP CONSTRAINT dossier_duration_unit_month_fact_tenant_id_fkey;

-- The rebuilds (called in this order by the application, in one transaction: day, month, working days, steps) now
-- write the levels themselves instead of leaving them to the roll-up triggers.
CREATE OR REPLACE FUNCTION province.rebuild_dossier_month_facts() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  written bigint;
BEGIN
  IF current_setting('app.tenant', true) IS NULL OR current_setting('app.tenant', true) = '' THEN
    RAISE EXCEPTION 'rebuild_dossier_month_facts: no province bound to the transaction';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  DELETE FROM province.dossier_unit_month_fact;
  DELETE FROM province.dossier_month_fact;
  INSERT INTO province.dossier_month_fact (tenant_id, month, unit_code, procedure_code, channel,
         received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online,
         electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2,
         rated_3, rated_4, rated_5)
  SELECT c.tenant_id, date_trunc('month', c.day)::date, c.unit_code, c.procedure_code, c.channel,
         sum(c.received), sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue),
         sum(c.digitised), sum(c.fee_bearing), sum(c.paid_online), sum(c.electronic_result), sum(c.supplement_once),
         sum(c.supplement_twice), sum(c.apologised), sum(c.late_without_apology), sum(c.rated_1), sum(c.rated_2),
         sum(c.rated_3), sum(c.rated_4), sum(c.rated_5)
    FROM province.dossier_day_fact c
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(c.received) <> 0 OR sum(c.ended_early) <> 0 OR sum(c.ended_on_time) <> 0 OR sum(c.ended_late) <> 0 OR
         sum(c.overdue) <> 0 OR sum(c.digitised) <> 0 OR sum(c.fee_bearing) <> 0 OR sum(c.paid_online) <> 0 OR
         sum(c.electronic_result) <> 0 OR sum(c.supplement_once) <> 0 OR sum(c.supplement_twice) <> 0 OR
         sum(c.apologised) <> 0 OR sum(c.late_without_apology) <> 0 OR sum(c.rated_1) <> 0 OR sum(c.rated_2) <> 0 OR
         sum(c.rated_3) <> 0 OR sum(c.rated_4) <> 0 OR sum(c.rated_5) <> 0
   ORDER BY 1, 2, 3, 4, 5;
  GET DIAGNOSTICS written = ROW_COUNT;
  INSERT INTO province.dossier_unit_month_fact (tenant_id, month, unit_code, channel,
         received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online,
         electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2,
         rated_3, rated_4, rated_5)
  SELECT c.tenant_id, c.month, c.unit_code, c.channel,
         sum(c.received), sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue),
         sum(c.digitised), sum(c.fee_bearing), sum(c.paid_online), sum(c.electronic_result), sum(c.supplement_once),
         sum(c.supplement_twice), sum(c.apologised), sum(c.late_without_apology), sum(c.rated_1), sum(c.rated_2),
         sum(c.rated_3), sum(c.rated_4), sum(c.rated_5)
    FROM province.dossier_month_fact c
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4;
  RETURN written;
END $$;

CREATE OR REPLACE FUNCTION province.rebuild_dossier_duration_facts() RETURNS bigint
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
  INSERT INTO province.dossier_duration_month_fact (tenant_id, month, unit_code, procedure_code, working_days,
         finished, worked_hundredths)
  SELECT c.tenant_id, date_trunc('month', c.day)::date, c.unit_code, c.procedure_code, c.working_days,
         sum(c.finished), sum(c.worked_hundredths)
    FROM province.dossier_duration_fact c
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5;
  INSERT INTO province.dossier_duration_unit_month_fact (tenant_id, month, unit_code, working_days, finished,
         worked_hundredths)
  SELECT c.tenant_id, c.month, c.unit_code, c.working_days, sum(c.finished), sum(c.worked_hundredths)
    FROM province.dossier_duration_month_fact c
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4;
  RETURN written;
END $$;

-- The three families, with the trigger names of before (benchmarks disable them by name).
CREATE TRIGGER dossier_day_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_stage('dossier_day_fact_staged', 'dossier_day_contribution', '');
CREATE TRIGGER dossier_day_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_stage('dossier_day_fact_staged', 'dossier_day_contribution', '');
-- The steps' contribution is the step_facts column (written in Java, V13) with the procedure, channel and receipt.
CREATE TRIGGER dossier_step_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_stage('dossier_step_fact_staged', 'dossier_step_contribution', '');
CREATE TRIGGER dossier_step_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_stage('dossier_step_fact_staged', 'dossier_step_contribution',
                                        'step_facts, procedure_code, channel, received_at');
CREATE TRIGGER dossier_duration_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_stage('dossier_duration_fact_staged', 'dossier_duration_contribution', '');
CREATE TRIGGER dossier_duration_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_stage('dossier_duration_fact_staged', 'dossier_duration_contribution', '');

-- At commit, in name order, level by level: the day rows of the three families, then the month rows, then the unit
-- month rows, then the mark removed. Each row stays locked from its upsert to the commit; the coarser the level, the
-- more transactions write the same rows (every import batch of a province writes the rows of the months it spans), so
-- the coarsest are written last and held for the shortest time. Every transaction follows this one order.
CREATE CONSTRAINT TRIGGER facts_at_commit_1_day AFTER INSERT ON province.dossier_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.facts_flush('dossier_day_fact_staged',
    'received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result, '
    'supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5',
    'dossier_day_fact', 'tenant_id, day, unit_code, procedure_code, channel',
    'tenant_id, day, unit_code, procedure_code, channel');
CREATE CONSTRAINT TRIGGER facts_at_commit_2_step AFTER INSERT ON province.dossier_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.facts_flush('dossier_step_fact_staged',
    'received, ended_early, ended_on_time, ended_late, overdue',
    'dossier_step_fact', 'tenant_id, day, unit_code, official, procedure_code, channel',
    'tenant_id, day, unit_code, official, procedure_code, channel');
CREATE CONSTRAINT TRIGGER facts_at_commit_3_working_days AFTER INSERT ON province.dossier_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.facts_flush('dossier_duration_fact_staged',
    'finished, worked_hundredths',
    'dossier_duration_fact', 'tenant_id, day, unit_code, procedure_code, working_days',
    'tenant_id, day, unit_code, procedure_code, working_days');
CREATE CONSTRAINT TRIGGER facts_at_commit_4_month AFTER INSERT ON province.dossier_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.facts_flush('dossier_day_fact_staged',
    'received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result, '
    'supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5',
    'dossier_month_fact', 'tenant_id, month, unit_code, procedure_code, channel',
    'tenant_id, date_trunc(''month'', day)::date, unit_code, procedure_code, channel');
CREATE CONSTRAINT TRIGGER facts_at_commit_5_working_days_month AFTER INSERT ON province.dossier_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.facts_flush('dossier_duration_fact_staged',
    'finished, worked_hundredths',
    'dossier_duration_month_fact', 'tenant_id, month, unit_code, procedure_code, working_days',
    'tenant_id, date_trunc(''month'', day)::date, unit_code, procedure_code, working_days');
CREATE CONSTRAINT TRIGGER facts_at_commit_6_unit_month AFTER INSERT ON province.dossier_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.facts_flush('dossier_day_fact_staged',
    'received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result, '
    'supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5',
    'dossier_unit_month_fact', 'tenant_id, month, unit_code, channel',
    'tenant_id, date_trunc(''month'', day)::date, unit_code, channel');
CREATE CONSTRAINT TRIGGER facts_at_commit_7_working_days_unit_month AFTER INSERT ON province.dossier_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.facts_flush('dossier_duration_fact_staged',
    'finished, worked_hundredths',
    'dossier_duration_unit_month_fact', 'tenant_id, month, unit_code, working_days',
    'tenant_id, date_trunc(''month'', day)::date, unit_code, working_days');
CREATE CONSTRAINT TRIGGER facts_at_commit_9_done AFTER INSERT ON province.dossier_fact_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province.facts_flushed();
