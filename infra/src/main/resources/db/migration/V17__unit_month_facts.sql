-- The day facts summed per month and unit over all procedures (issue 13, the leader's dashboard benchmark), kept like
-- every other level of facts summed from another, by province.facts_roll_up (V16), which now keeps V14's month rows too.
--
-- At 10 million dossiers a province's month rows per unit, procedure and channel are ~140,000 a year, and the
-- leader's start page made five reads of a year or more of them (trend, targets, ranking: 2.4 s of database time a
-- page, every load timing out under 50 users). Reports and reads that need neither a procedure nor a field (by unit,
-- month or none; the targets' actuals) read whole months from the new table instead: one row per month, unit and
-- channel (the reporting code's FactDays).

CREATE TABLE province.dossier_unit_month_fact (
  tenant_id       text NOT NULL REFERENCES platform.tenant (id),
  month           date NOT NULL CHECK (extract(day FROM month) = 1),
  unit_code       text NOT NULL,
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
  PRIMARY KEY (tenant_id, month, unit_code, channel)
);
COMMENT ON TABLE province.dossier_unit_month_fact IS 'The month facts summed over procedures (V17): month, competent unit and channel';
SELECT platform.enforce_tenant_isolation('province.dossier_unit_month_fact');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.dossier_unit_month_fact TO ${app_role};

-- The month rows from the day rows (instead of V14's own function, the same sums) and the unit month rows from the
-- month rows, by V16's facts_roll_up.
DROP TRIGGER dossier_month_facts_on_insert ON province.dossier_day_fact;
DROP TRIGGER dossier_month_facts_on_update ON province.dossier_day_fact;
DROP FUNCTION province.dossier_day_facts_by_month();
CREATE TRIGGER dossier_month_facts_on_insert AFTER INSERT ON province.dossier_day_fact
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.facts_roll_up(
    'dossier_month_fact', 'tenant_id, month, unit_code, procedure_code, channel',
    'c.tenant_id, date_trunc(''month'', c.day)::date, c.unit_code, c.procedure_code, c.channel',
    'received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5');
CREATE TRIGGER dossier_month_facts_on_update AFTER UPDATE ON province.dossier_day_fact
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.facts_roll_up(
    'dossier_month_fact', 'tenant_id, month, unit_code, procedure_code, channel',
    'c.tenant_id, date_trunc(''month'', c.day)::date, c.unit_code, c.procedure_code, c.channel',
    'received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5');
CREATE TRIGGER dossier_unit_month_facts_on_insert AFTER INSERT ON province.dossier_month_fact
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.facts_roll_up(
    'dossier_unit_month_fact', 'tenant_id, month, unit_code, channel', 'c.tenant_id, c.month, c.unit_code, c.channel',
    'received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5');
CREATE TRIGGER dossier_unit_month_facts_on_update AFTER UPDATE ON province.dossier_month_fact
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION province.facts_roll_up(
    'dossier_unit_month_fact', 'tenant_id, month, unit_code, channel', 'c.tenant_id, c.month, c.unit_code, c.channel',
    'received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5');

-- The rebuild of the month rows (called right after the day facts' rebuild, V14) empties the unit month rows first;
-- its INSERT then refills them through the trigger above.
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
  RETURN written;
END $$;

-- The unit month rows of the facts already there: each province's month rows rebuilt (row-level security is forced,
-- so each province is bound in turn, as the application binds it), which fills them through the trigger above.
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
