-- Service rates (issue 13 item 4) in the same facts as table 06a (V10, decision 0008): the same key (province, day,
-- competent unit, procedure, channel), the same triggers, flush and rebuild, one more set of counters. What one
-- dossier contributes stays written once, in province.dossier_day_contribution; this migration widens its result.
--
-- Each counter is +1 on one day of the dossier's life, chosen so that a period's count is a sum over its days:
--   on its receipt day (the day it counts as received in 06a, received_at in Asia/Ho_Chi_Minh)
--     digitised            its papers were digitised (digitised)
--     fee_bearing          it bears fees or charges (fee_total > 0)
--     paid_online          fee-bearing and paid online (fee_total > 0 AND paid_online)
--   on its finishing day (the day it counts as finished in 06a: the day of ended_early / on_time / late)
--     electronic_result    its result was issued electronically (electronic_result)
--     supplement_once      at least one supplement was requested (supplement_count >= 1)
--     supplement_twice     a second one was requested (supplement_count >= 2; counts as overdue for the index)
--     apologised           an apology letter was sent (apology_at set)
--     late_without_apology finished late (timeliness LATE) with no apology
--   on its rating day (rated_at in Asia/Ho_Chi_Minh; a dossier with a satisfaction but no rated_at is not counted)
--     rated_1 … rated_5    rated 1 … 5: the number rated is their sum, the satisfaction sum Σ k × rated_k
-- Shares by channel (online, in person, postal) are the received counts of the channel key. Counters of supplements
-- and apologies are read at the finish because they can still change while the dossier is open; the triggers move a
-- count whenever the row changes anyway (−old, +new), so any choice of day stays exact.
--
-- Cost on writes: the widened rows only (no new key, no new index; the rating day adds a delta row only on a day
-- the dossier had no other contribution for its key), so an import statement still makes one grouped upsert.
ALTER TABLE province.dossier_day_fact
  ADD COLUMN digitised            integer NOT NULL DEFAULT 0,
  ADD COLUMN fee_bearing          integer NOT NULL DEFAULT 0,
  ADD COLUMN paid_online          integer NOT NULL DEFAULT 0,
  ADD COLUMN electronic_result    integer NOT NULL DEFAULT 0,
  ADD COLUMN supplement_once      integer NOT NULL DEFAULT 0,
  ADD COLUMN supplement_twice     integer NOT NULL DEFAULT 0,
  ADD COLUMN apologised           integer NOT NULL DEFAULT 0,
  ADD COLUMN late_without_apology integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_1              integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_2              integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_3              integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_4              integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_5              integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN province.dossier_day_fact.digitised IS 'Received that day with their papers digitised (V11)';
COMMENT ON COLUMN province.dossier_day_fact.fee_bearing IS 'Received that day bearing fees (fee_total > 0) (V11)';
COMMENT ON COLUMN province.dossier_day_fact.paid_online IS 'Received that day bearing fees paid online (V11)';
COMMENT ON COLUMN province.dossier_day_fact.electronic_result IS 'Finished that day with an electronic result (V11)';
COMMENT ON COLUMN province.dossier_day_fact.supplement_once IS 'Finished that day after one or more supplement requests (V11)';
COMMENT ON COLUMN province.dossier_day_fact.supplement_twice IS 'Finished that day after two or more supplement requests (V11)';
COMMENT ON COLUMN province.dossier_day_fact.apologised IS 'Finished that day with an apology sent (V11)';
COMMENT ON COLUMN province.dossier_day_fact.late_without_apology IS 'Finished late that day with no apology (V11)';
COMMENT ON COLUMN province.dossier_day_fact.rated_1 IS 'Rated 1 that day (rated_1 … rated_5: the satisfaction distribution) (V11)';

ALTER TABLE province.dossier_day_fact_delta
  ADD COLUMN digitised            integer NOT NULL DEFAULT 0,
  ADD COLUMN fee_bearing          integer NOT NULL DEFAULT 0,
  ADD COLUMN paid_online          integer NOT NULL DEFAULT 0,
  ADD COLUMN electronic_result    integer NOT NULL DEFAULT 0,
  ADD COLUMN supplement_once      integer NOT NULL DEFAULT 0,
  ADD COLUMN supplement_twice     integer NOT NULL DEFAULT 0,
  ADD COLUMN apologised           integer NOT NULL DEFAULT 0,
  ADD COLUMN late_without_apology integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_1              integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_2              integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_3              integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_4              integer NOT NULL DEFAULT 0,
  ADD COLUMN rated_5              integer NOT NULL DEFAULT 0;

-- The result type changes: drop and create again. Nothing in the database depends on it by name (the trigger and
-- rebuild functions are plpgsql, resolved when they run; the drill-down calls it from its queries).
DROP FUNCTION province.dossier_day_contribution(province.dossier, integer);

-- One dossier's contribution, times sign (+1 for a row as it is now, −1 for the row as it was). A dossier never
-- accepted (no received_at) contributes nothing. An inlinable SQL function: no SET clause, one SELECT. Four days:
-- receipt, finish (06a's ended day), overdue_from (06a col. 13) and rating; a day the dossier has not reached is null
-- and gives no row.
CREATE FUNCTION province.dossier_day_contribution(d province.dossier, sign integer)
RETURNS TABLE (tenant_id text, day date, unit_code text, procedure_code text, channel text, received integer,
               ended_early integer, ended_on_time integer, ended_late integer, overdue integer,
               digitised integer, fee_bearing integer, paid_online integer, electronic_result integer,
               supplement_once integer, supplement_twice integer, apologised integer, late_without_apology integer,
               rated_1 integer, rated_2 integer, rated_3 integer, rated_4 integer, rated_5 integer)
LANGUAGE sql STABLE AS $$
  SELECT d.tenant_id, x.day, d.competent_unit_code, d.procedure_code, d.channel, sign * x.received,
         sign * x.early, sign * x.on_time, sign * x.late, sign * x.overdue,
         sign * x.digitised, sign * x.fee_bearing, sign * x.paid_online, sign * x.electronic,
         sign * x.supplement_once, sign * x.supplement_twice, sign * x.apologised, sign * x.late_unapologised,
         sign * x.r1, sign * x.r2, sign * x.r3, sign * x.r4, sign * x.r5
    FROM (SELECT coalesce(d.processed_at, d.closed_at) AS ended_at,
                 d.overdue_from IS NOT NULL
                   AND (coalesce(d.processed_at, d.closed_at) IS NULL
                        OR coalesce(d.processed_at, d.closed_at) > d.overdue_from) AS was_overdue) s
    CROSS JOIN LATERAL (VALUES
      ((d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 1, 0, 0, 0, 0,
       d.digitised::integer, (d.fee_total > 0)::integer, (d.fee_total > 0 AND d.paid_online)::integer,
       0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
      (CASE WHEN d.timeliness IS NOT NULL THEN (s.ended_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END, 0,
       (d.timeliness = 'EARLY')::integer, (d.timeliness = 'ON_TIME')::integer, (d.timeliness = 'LATE')::integer,
       -(s.was_overdue AND s.ended_at IS NOT NULL)::integer,
       0, 0, 0, coalesce(d.electronic_result, false)::integer, (d.supplement_count >= 1)::integer,
       (d.supplement_count >= 2)::integer, (d.apology_at IS NOT NULL)::integer,
       (d.timeliness = 'LATE' AND d.apology_at IS NULL)::integer, 0, 0, 0, 0, 0),
      (CASE WHEN s.was_overdue THEN (d.overdue_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END, 0, 0, 0, 0, 1,
       0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
      (CASE WHEN d.satisfaction IS NOT NULL THEN (d.rated_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, 0, 0, 0, (d.satisfaction = 1)::integer, (d.satisfaction = 2)::integer,
       (d.satisfaction = 3)::integer, (d.satisfaction = 4)::integer, (d.satisfaction = 5)::integer)
    ) AS x (day, received, early, on_time, late, overdue, digitised, fee_bearing, paid_online, electronic,
            supplement_once, supplement_twice, apologised, late_unapologised, r1, r2, r3, r4, r5)
   WHERE d.received_at IS NOT NULL AND x.day IS NOT NULL
$$;

-- The triggers' function, the flush at commit and the rebuild: as in V10, over every counter.
CREATE OR REPLACE FUNCTION province.dossier_keeps_day_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  -- Writers share the province's lock; a rebuild takes it alone (province.rebuild_dossier_day_facts).
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  IF TG_OP = 'INSERT' THEN
    INSERT INTO province.dossier_day_fact_delta AS d (tenant_id, xid, day, unit_code, procedure_code, channel,
           received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online,
           electronic_result, supplement_once, supplement_twice, apologised, late_without_apology,
           rated_1, rated_2, rated_3, rated_4, rated_5)
    SELECT c.tenant_id, pg_current_xact_id(), c.day, c.unit_code, c.procedure_code, c.channel, sum(c.received),
           sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue), sum(c.digitised),
           sum(c.fee_bearing), sum(c.paid_online), sum(c.electronic_result), sum(c.supplement_once),
           sum(c.supplement_twice), sum(c.apologised), sum(c.late_without_apology), sum(c.rated_1), sum(c.rated_2),
           sum(c.rated_3), sum(c.rated_4), sum(c.rated_5)
      FROM new_rows n CROSS JOIN LATERAL province.dossier_day_contribution(n, 1) c
     GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (tenant_id, xid, day, unit_code, procedure_code, channel) DO UPDATE
       SET received = d.received + excluded.received, ended_early = d.ended_early + excluded.ended_early,
           ended_on_time = d.ended_on_time + excluded.ended_on_time, ended_late = d.ended_late + excluded.ended_late,
           overdue = d.overdue + excluded.overdue, digitised = d.digitised + excluded.digitised,
           fee_bearing = d.fee_bearing + excluded.fee_bearing, paid_online = d.paid_online + excluded.paid_online,
           electronic_result = d.electronic_result + excluded.electronic_result,
           supplement_once = d.supplement_once + excluded.supplement_once,
           supplement_twice = d.supplement_twice + excluded.supplement_twice,
           apologised = d.apologised + excluded.apologised,
           late_without_apology = d.late_without_apology + excluded.late_without_apology,
           rated_1 = d.rated_1 + excluded.rated_1, rated_2 = d.rated_2 + excluded.rated_2,
           rated_3 = d.rated_3 + excluded.rated_3, rated_4 = d.rated_4 + excluded.rated_4,
           rated_5 = d.rated_5 + excluded.rated_5;
  ELSE
    INSERT INTO province.dossier_day_fact_delta AS d (tenant_id, xid, day, unit_code, procedure_code, channel,
           received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online,
           electronic_result, supplement_once, supplement_twice, apologised, late_without_apology,
           rated_1, rated_2, rated_3, rated_4, rated_5)
    SELECT c.tenant_id, pg_current_xact_id(), c.day, c.unit_code, c.procedure_code, c.channel, sum(c.received),
           sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue), sum(c.digitised),
           sum(c.fee_bearing), sum(c.paid_online), sum(c.electronic_result), sum(c.supplement_once),
           sum(c.supplement_twice), sum(c.apologised), sum(c.late_without_apology), sum(c.rated_1), sum(c.rated_2),
           sum(c.rated_3), sum(c.rated_4), sum(c.rated_5)
      FROM (SELECT x.* FROM new_rows n CROSS JOIN LATERAL province.dossier_day_contribution(n, 1) x
            UNION ALL
            SELECT x.* FROM old_rows o CROSS JOIN LATERAL province.dossier_day_contribution(o, -1) x) c
     GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.received) <> 0 OR sum(c.ended_early) <> 0 OR sum(c.ended_on_time) <> 0 OR sum(c.ended_late) <> 0
        OR sum(c.overdue) <> 0 OR sum(c.digitised) <> 0 OR sum(c.fee_bearing) <> 0 OR sum(c.paid_online) <> 0
        OR sum(c.electronic_result) <> 0 OR sum(c.supplement_once) <> 0 OR sum(c.supplement_twice) <> 0
        OR sum(c.apologised) <> 0 OR sum(c.late_without_apology) <> 0 OR sum(c.rated_1) <> 0 OR sum(c.rated_2) <> 0
        OR sum(c.rated_3) <> 0 OR sum(c.rated_4) <> 0 OR sum(c.rated_5) <> 0
    ON CONFLICT (tenant_id, xid, day, unit_code, procedure_code, channel) DO UPDATE
       SET received = d.received + excluded.received, ended_early = d.ended_early + excluded.ended_early,
           ended_on_time = d.ended_on_time + excluded.ended_on_time, ended_late = d.ended_late + excluded.ended_late,
           overdue = d.overdue + excluded.overdue, digitised = d.digitised + excluded.digitised,
           fee_bearing = d.fee_bearing + excluded.fee_bearing, paid_online = d.paid_online + excluded.paid_online,
           electronic_result = d.electronic_result + excluded.electronic_result,
           supplement_once = d.supplement_once + excluded.supplement_once,
           supplement_twice = d.supplement_twice + excluded.supplement_twice,
           apologised = d.apologised + excluded.apologised,
           late_without_apology = d.late_without_apology + excluded.late_without_apology,
           rated_1 = d.rated_1 + excluded.rated_1, rated_2 = d.rated_2 + excluded.rated_2,
           rated_3 = d.rated_3 + excluded.rated_3, rated_4 = d.rated_4 + excluded.rated_4,
           rated_5 = d.rated_5 + excluded.rated_5;
  END IF;
  IF FOUND THEN
    INSERT INTO province.dossier_day_fact_flush (tenant_id, xid)
    SELECT n.tenant_id, pg_current_xact_id() FROM new_rows n LIMIT 1
    ON CONFLICT (tenant_id, xid) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION province.dossier_day_facts_flush() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  WITH d AS (DELETE FROM province.dossier_day_fact_delta
              WHERE tenant_id = NEW.tenant_id AND xid = NEW.xid RETURNING *)
  INSERT INTO province.dossier_day_fact AS f (tenant_id, day, unit_code, procedure_code, channel, received,
         ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result,
         supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4,
         rated_5)
  SELECT d.tenant_id, d.day, d.unit_code, d.procedure_code, d.channel, d.received, d.ended_early, d.ended_on_time,
         d.ended_late, d.overdue, d.digitised, d.fee_bearing, d.paid_online, d.electronic_result, d.supplement_once,
         d.supplement_twice, d.apologised, d.late_without_apology, d.rated_1, d.rated_2, d.rated_3, d.rated_4,
         d.rated_5
    FROM d
   WHERE d.received <> 0 OR d.ended_early <> 0 OR d.ended_on_time <> 0 OR d.ended_late <> 0 OR d.overdue <> 0
      OR d.digitised <> 0 OR d.fee_bearing <> 0 OR d.paid_online <> 0 OR d.electronic_result <> 0
      OR d.supplement_once <> 0 OR d.supplement_twice <> 0 OR d.apologised <> 0 OR d.late_without_apology <> 0
      OR d.rated_1 <> 0 OR d.rated_2 <> 0 OR d.rated_3 <> 0 OR d.rated_4 <> 0 OR d.rated_5 <> 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (tenant_id, day, unit_code, procedure_code, channel) DO UPDATE
     SET received = f.received + excluded.received, ended_early = f.ended_early + excluded.ended_early,
         ended_on_time = f.ended_on_time + excluded.ended_on_time, ended_late = f.ended_late + excluded.ended_late,
         overdue = f.overdue + excluded.overdue, digitised = f.digitised + excluded.digitised,
         fee_bearing = f.fee_bearing + excluded.fee_bearing, paid_online = f.paid_online + excluded.paid_online,
         electronic_result = f.electronic_result + excluded.electronic_result,
         supplement_once = f.supplement_once + excluded.supplement_once,
         supplement_twice = f.supplement_twice + excluded.supplement_twice,
         apologised = f.apologised + excluded.apologised,
         late_without_apology = f.late_without_apology + excluded.late_without_apology,
         rated_1 = f.rated_1 + excluded.rated_1, rated_2 = f.rated_2 + excluded.rated_2,
         rated_3 = f.rated_3 + excluded.rated_3, rated_4 = f.rated_4 + excluded.rated_4,
         rated_5 = f.rated_5 + excluded.rated_5;
  DELETE FROM province.dossier_day_fact_flush WHERE tenant_id = NEW.tenant_id AND xid = NEW.xid;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION province.rebuild_dossier_day_facts() RETURNS bigint
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
         ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result, supplement_once,
         supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5)
  SELECT c.tenant_id, c.day, c.unit_code, c.procedure_code, c.channel, sum(c.received), sum(c.ended_early),
         sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue), sum(c.digitised), sum(c.fee_bearing),
         sum(c.paid_online), sum(c.electronic_result), sum(c.supplement_once), sum(c.supplement_twice),
         sum(c.apologised), sum(c.late_without_apology), sum(c.rated_1), sum(c.rated_2), sum(c.rated_3),
         sum(c.rated_4), sum(c.rated_5)
    FROM province.dossier d CROSS JOIN LATERAL province.dossier_day_contribution(d, 1) c
   GROUP BY 1, 2, 3, 4, 5;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;

-- The facts of dossiers written before this migration: every province's rebuilt once, so the new counters are not
-- zero for the past (row-level security is forced, so each province is bound in turn, as the application binds it).
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT id FROM platform.tenant ORDER BY id LOOP
    PERFORM set_config('app.tenant', t.id, true);
    PERFORM province.rebuild_dossier_day_facts();
  END LOOP;
  PERFORM set_config('app.tenant', '', true);
END $$;
