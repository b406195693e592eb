-- Month facts (issue 13, report benchmark; decision 0008): the day facts (V10, V11) summed per month, same key
-- otherwise (province, month, competent unit, procedure, channel) and the same counters. A report over a period reads
-- the whole months of "every day before the period" (carried over, open and overdue at its start) and of a long
-- period from here, and only the days of partial months from the day facts (the reporting code's FactDays): the same
-- sums, but a province's three years before a period are a few dozen month rows per key instead of a thousand days.
--
-- Kept from the day facts by the database, in the transaction that changes them: statement triggers on
-- province.dossier_day_fact (whatever writes the day facts, the commit-time flush or another path) add each statement's
-- new rows and, for an UPDATE, subtract its old ones, per month, in key order. A DELETE of day facts is not followed:
-- only the rebuild deletes them, and it rebuilds the month facts after the day facts
-- (province.rebuild_dossier_month_facts, called by the application's rebuild in the same transaction).
CREATE TABLE province.dossier_month_fact (
  tenant_id       text NOT NULL REFERENCES platform.tenant (id),
  month           date NOT NULL CHECK (extract(day FROM month) = 1),
  unit_code       text NOT NULL,
  procedure_code  text NOT NULL,
  channel         text NOT NULL,
  received             integer NOT NULL DEFAULT 0,
  ended_early          integer NOT NULL DEFAULT 0,
  ended_on_time        integer NOT NULL DEFAULT 0,
  ended_late           integer NOT NULL DEFAULT 0,
  overdue              integer NOT NULL DEFAULT 0,
  digitised            integer NOT NULL DEFAULT 0,
  fee_bearing          integer NOT NULL DEFAULT 0,
  paid_online          integer NOT NULL DEFAULT 0,
  electronic_result    integer NOT NULL DEFAULT 0,
  supplement_once      integer NOT NULL DEFAULT 0,
  supplement_twice     integer NOT NULL DEFAULT 0,
  apologised           integer NOT NULL DEFAULT 0,
  late_without_apology integer NOT NULL DEFAULT 0,
  rated_1              integer NOT NULL DEFAULT 0,
  rated_2              integer NOT NULL DEFAULT 0,
  rated_3              integer NOT NULL DEFAULT 0,
  rated_4              integer NOT NULL DEFAULT 0,
  rated_5              integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, month, unit_code, procedure_code, channel)
);
COMMENT ON TABLE province.dossier_month_fact IS 'The day facts summed per month (V14): its first day, competent unit, procedure and channel';
COMMENT ON COLUMN province.dossier_month_fact.month IS 'The first day of the month';
SELECT platform.enforce_tenant_isolation('province.dossier_month_fact');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_month_fact TO ${app_role};

-- c: the statement's changes, signed (new rows +, old rows −), summed per month and key; keys whose changes cancel
-- out are not touched.
CREATE FUNCTION province.dossier_day_facts_by_month() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO province.dossier_month_fact AS m (tenant_id, month, unit_code, procedure_code, channel,
           received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online,
           electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2,
           rated_3, rated_4, rated_5)
    SELECT c.tenant_id, date_trunc('month', c.day)::date, c.unit_code, c.procedure_code, c.channel,
           sum(c.received), sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue),
           sum(c.digitised), sum(c.fee_bearing), sum(c.paid_online), sum(c.electronic_result), sum(c.supplement_once),
           sum(c.supplement_twice), sum(c.apologised), sum(c.late_without_apology), sum(c.rated_1), sum(c.rated_2),
           sum(c.rated_3), sum(c.rated_4), sum(c.rated_5)
      FROM new_rows c
     GROUP BY 1, 2, 3, 4, 5
    HAVING sum(c.received) <> 0 OR sum(c.ended_early) <> 0 OR sum(c.ended_on_time) <> 0 OR sum(c.ended_late) <> 0 OR
           sum(c.overdue) <> 0 OR sum(c.digitised) <> 0 OR sum(c.fee_bearing) <> 0 OR sum(c.paid_online) <> 0 OR
           sum(c.electronic_result) <> 0 OR sum(c.supplement_once) <> 0 OR sum(c.supplement_twice) <> 0 OR
           sum(c.apologised) <> 0 OR sum(c.late_without_apology) <> 0 OR sum(c.rated_1) <> 0 OR sum(c.rated_2) <> 0 OR
           sum(c.rated_3) <> 0 OR sum(c.rated_4) <> 0 OR sum(c.rated_5) <> 0
     ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (tenant_id, month, unit_code, procedure_code, channel) DO UPDATE
       SET received = m.received + excluded.received, ended_early = m.ended_early + excluded.ended_early,
           ended_on_time = m.ended_on_time + excluded.ended_on_time, ended_late = m.ended_late + excluded.ended_late,
           overdue = m.overdue + excluded.overdue, digitised = m.digitised + excluded.digitised,
           fee_bearing = m.fee_bearing + excluded.fee_bearing, paid_online = m.paid_online + excluded.paid_online,
           electronic_result = m.electronic_result + excluded.electronic_result,
           supplement_once = m.supplement_once + excluded.supplement_once,
           supplement_twice = m.supplement_twice + excluded.supplement_twice,
           apologised = m.apologised + excluded.apologised,
           late_without_apology = m.late_without_apology + excluded.late_without_apology,
           rated_1 = m.rated_1 + excluded.rated_1, rated_2 = m.rated_2 + excluded.rated_2,
           rated_3 = m.rated_3 + excluded.rated_3, rated_4 = m.rated_4 + excluded.rated_4,
           rated_5 = m.rated_5 + excluded.rated_5;
  ELSE
    INSERT INTO province.dossier_month_fact AS m (tenant_id, month, unit_code, procedure_code, channel,
           received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online,
           electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2,
           rated_3, rated_4, rated_5)
    SELECT c.tenant_id, date_trunc('month', c.day)::date, c.unit_code, c.procedure_code, c.channel,
           sum(c.received), sum(c.ended_early), sum(c.ended_on_time), sum(c.ended_late), sum(c.overdue),
           sum(c.digitised), sum(c.fee_bearing), sum(c.paid_online), sum(c.electronic_result), sum(c.supplement_once),
           sum(c.supplement_twice), sum(c.apologised), sum(c.late_without_apology), sum(c.rated_1), sum(c.rated_2),
           sum(c.rated_3), sum(c.rated_4), sum(c.rated_5)
      FROM (SELECT n.tenant_id, n.day, n.unit_code, n.procedure_code, n.channel, n.received, n.ended_early, n.ended_on_time, n.ended_late, n.overdue, n.digitised, n.fee_bearing, n.paid_online, n.electronic_result, n.supplement_once, n.supplement_twice, n.apologised, n.late_without_apology, n.rated_1, n.rated_2, n.rated_3, n.rated_4, n.rated_5
              FROM new_rows n
            UNION ALL
            SELECT o.tenant_id, o.day, o.unit_code, o.procedure_code, o.channel, -o.received, -o.ended_early, -o.ended_on_time, -o.ended_late, -o.overdue, -o.digitised, -o.fee_bearing, -o.paid_online, -o.electronic_result, -o.supplement_once, -o.supplement_twice, -o.apologised, -o.late_without_apology, -o.rated_1, -o.rated_2, -o.rated_3, -o.rated_4, -o.rated_5
              FROM old_rows o) c
     GROUP BY 1, 2, 3, 4, 5
    HAVING sum(c.received) <> 0 OR sum(c.ended_early) <> 0 OR sum(c.ended_on_time) <> 0 OR sum(c.ended_late) <> 0 OR
           sum(c.overdue) <> 0 OR sum(c.digitised) <> 0 OR sum(c.fee_bearing) <> 0 OR sum(c.paid_online) <> 0 OR
           sum(c.electronic_result) <> 0 OR sum(c.supplement_once) <> 0 OR sum(c.supplement_twice) <> 0 OR
           sum(c.apologised) <> 0 OR sum(c.late_without_apology) <> 0 OR sum(c.rated_1) <> 0 OR sum(c.rated_2) <> 0 OR
           sum(c.rated_3) <> 0 OR sum(c.rated_4) <> 0 OR sum(c.rated_5) <> 0
     ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (tenant_id, month, unit_code, procedure_code, channel) DO UPDATE
       SET received = m.received + excluded.received, ended_early = m.ended_early + excluded.ended_early,
           ended_on_time = m.ended_on_time + excluded.ended_on_time, ended_late = m.ended_late + excluded.ended_late,
           overdue = m.overdue + excluded.overdue, digitised = m.digitised + excluded.digitised,
           fee_bearing = m.fee_bearing + excluded.fee_bearing, paid_online = m.paid_online + excluded.paid_online,
           electronic_result = m.electronic_result + excluded.electronic_result,
           supplement_once = m.supplement_once + excluded.supplement_once,
           supplement_twice = m.supplement_twice + excluded.supplement_twice,
           apologised = m.apologised + excluded.apologised,
           late_without_apology = m.late_without_apology + excluded.late_without_apology,
           rated_1 = m.rated_1 + excluded.rated_1, rated_2 = m.rated_2 + excluded.rated_2,
           rated_3 = m.rated_3 + excluded.rated_3, rated_4 = m.rated_4 + excluded.rated_4,
           rated_5 = m.rated_5 + excluded.rated_5;
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.dossier_day_facts_by_month() FROM PUBLIC;

CREATE TRIGGER dossier_month_facts_on_insert AFTER INSERT ON province.dossier_day_fact
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_day_facts_by_month();
CREATE TRIGGER dossier_month_facts_on_update AFTER UPDATE ON province.dossier_day_fact
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION province.dossier_day_facts_by_month();

-- The bound province's month facts summed afresh from its day facts (row-level security limits both statements to
-- it); the application calls it right after province.rebuild_dossier_day_facts, in the same transaction, which holds
-- the province's writers back. Returns the number of month fact rows written.
CREATE FUNCTION province.rebuild_dossier_month_facts() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  written bigint;
BEGIN
  IF current_setting('app.tenant', true) IS NULL OR current_setting('app.tenant', true) = '' THEN
    RAISE EXCEPTION 'rebuild_dossier_month_facts: no province bound to the transaction';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
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
         sum(c.rated_3) <> 0 OR sum(c.rated_4) <> 0 OR sum(c.rated_5) <> 0;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;
REVOKE ALL ON FUNCTION province.rebuild_dossier_month_facts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION province.rebuild_dossier_month_facts() TO ${app_role};

-- The month facts of the day facts written before this migration, province by province (row-level security is
-- forced, so each province is bound in turn, as the application binds it).
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT id FROM platform.tenant ORDER BY id LOOP
    PERFORM set_config('app.tenant', t.id, true);
    PERFORM province.rebuild_dossier_month_facts();
  END LOOP;
  PERFORM set_config('app.tenant', '', true);
END $$;
