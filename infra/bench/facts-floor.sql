-- The physical floor of the report facts on the import (issue 13), for one sample of :n dossiers of the bound
-- province, already imported (psql -v n=20000 -v run=1 -v tenant=gia-lai -f infra/bench/facts-floor.sql, as a
-- superuser on a benchmark database; everything is rolled back). Times, in one transaction each:
--   rows   — inserting copies of the sample's dossier rows (new ids and codes) with every fact trigger disabled:
--            the database's part of the import without facts;
--   facts  — the same insert with the triggers, and the commit that moves their deltas (as an import batch does);
--   floor  — inserting exactly the fact rows those dossiers add (day, step, working-day rows and their month and unit
--            month levels, summed per key beforehand, not timed) into empty logged tables with the facts' keys: what
--            any mechanism writing these facts must at least pay. The facts of the sample's days already exist, so
--            the live facts update rows where the floor only inserts: the floor is a lower bound.
\set QUIET on
\timing off
-- The dossier's columns but the generated ones (V25's folded applicant name), which an INSERT cannot name.
SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) AS cols FROM pg_attribute
 WHERE attrelid = 'province.dossier'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' \gset
BEGIN;
SET LOCAL app.tenant = :'tenant';
CREATE TEMP TABLE src ON COMMIT DROP AS
  SELECT * FROM province.dossier WHERE tenant_id = :'tenant' AND id < 1000000000 AND id % 13 = :run % 13 LIMIT :n;
UPDATE src SET id = id + 1000000000::bigint * :run, code = code || 'F' || :run;
-- The rows each level would receive, computed untimed from the same contribution functions the triggers use.
CREATE TEMP TABLE f_day ON COMMIT DROP AS
  SELECT c.tenant_id, c.day, c.unit_code, c.procedure_code, c.channel, sum(c.received) AS received,
         sum(c.ended_early) AS e, sum(c.ended_on_time) AS o, sum(c.ended_late) AS l, sum(c.overdue) AS ov,
         sum(c.digitised) AS dg, sum(c.fee_bearing) AS fb, sum(c.paid_online) AS po, sum(c.electronic_result) AS er,
         sum(c.supplement_once) AS s1, sum(c.supplement_twice) AS s2, sum(c.apologised) AS ap,
         sum(c.late_without_apology) AS lwa, sum(c.rated_1) AS r1, sum(c.rated_2) AS r2, sum(c.rated_3) AS r3,
         sum(c.rated_4) AS r4, sum(c.rated_5) AS r5
    FROM province.dossier n CROSS JOIN LATERAL province.dossier_day_contribution(n, 1) c
   WHERE n.tenant_id = :'tenant' AND n.id < 1000000000 AND n.id % 13 = :run % 13 AND n.id IN (SELECT id - 1000000000::bigint * :run FROM src)
   GROUP BY 1, 2, 3, 4, 5;
CREATE TEMP TABLE f_step ON COMMIT DROP AS
  SELECT c.tenant_id, c.day, c.unit_code, c.official, c.procedure_code, c.channel, sum(c.received) AS received,
         sum(c.ended_early) AS e, sum(c.ended_on_time) AS o, sum(c.ended_late) AS l, sum(c.overdue) AS ov
    FROM province.dossier n CROSS JOIN LATERAL province.dossier_step_contribution(n, 1) c
   WHERE n.tenant_id = :'tenant' AND n.id < 1000000000 AND n.id % 13 = :run % 13 AND n.id IN (SELECT id - 1000000000::bigint * :run FROM src)
   GROUP BY 1, 2, 3, 4, 5, 6;
CREATE TEMP TABLE f_dur ON COMMIT DROP AS
  SELECT c.tenant_id, c.day, c.unit_code, c.procedure_code, c.working_days, sum(c.finished) AS finished,
         sum(c.worked_hundredths) AS worked
    FROM province.dossier n CROSS JOIN LATERAL province.dossier_duration_contribution(n, 1) c
   WHERE n.tenant_id = :'tenant' AND n.id < 1000000000 AND n.id % 13 = :run % 13 AND n.id IN (SELECT id - 1000000000::bigint * :run FROM src)
   GROUP BY 1, 2, 3, 4, 5;
CREATE TEMP TABLE f_month ON COMMIT DROP AS
  SELECT tenant_id, date_trunc('month', day)::date AS month, unit_code, procedure_code, channel, sum(received) AS received,
         sum(e) AS e, sum(o) AS o, sum(l) AS l, sum(ov) AS ov, sum(dg) AS dg, sum(fb) AS fb, sum(po) AS po, sum(er) AS er,
         sum(s1) AS s1, sum(s2) AS s2, sum(ap) AS ap, sum(lwa) AS lwa, sum(r1) AS r1, sum(r2) AS r2, sum(r3) AS r3,
         sum(r4) AS r4, sum(r5) AS r5
    FROM f_day GROUP BY 1, 2, 3, 4, 5;
CREATE TEMP TABLE f_unit_month ON COMMIT DROP AS
  SELECT tenant_id, month, unit_code, channel, sum(received) AS received, sum(e) AS e, sum(o) AS o, sum(l) AS l,
         sum(ov) AS ov, sum(dg) AS dg, sum(fb) AS fb, sum(po) AS po, sum(er) AS er, sum(s1) AS s1, sum(s2) AS s2,
         sum(ap) AS ap, sum(lwa) AS lwa, sum(r1) AS r1, sum(r2) AS r2, sum(r3) AS r3, sum(r4) AS r4, sum(r5) AS r5
    FROM f_month GROUP BY 1, 2, 3, 4;
CREATE TEMP TABLE f_dur_month ON COMMIT DROP AS
  SELECT tenant_id, date_trunc('month', day)::date AS month, unit_code, procedure_code, working_days,
         sum(finished) AS finished, sum(worked) AS worked
    FROM f_dur GROUP BY 1, 2, 3, 4, 5;
CREATE TEMP TABLE f_dur_unit_month ON COMMIT DROP AS
  SELECT tenant_id, month, unit_code, working_days, sum(finished) AS finished, sum(worked) AS worked
    FROM f_dur_month GROUP BY 1, 2, 3, 4;
-- Empty logged tables with the facts' keys, created before the timing.
CREATE TABLE public.floor_day (LIKE f_day, PRIMARY KEY (tenant_id, day, unit_code, procedure_code, channel));
CREATE TABLE public.floor_step (LIKE f_step, PRIMARY KEY (tenant_id, day, unit_code, official, procedure_code, channel));
CREATE TABLE public.floor_dur (LIKE f_dur, PRIMARY KEY (tenant_id, day, unit_code, procedure_code, working_days));
CREATE TABLE public.floor_month (LIKE f_month, PRIMARY KEY (tenant_id, month, unit_code, procedure_code, channel));
CREATE TABLE public.floor_unit_month (LIKE f_unit_month, PRIMARY KEY (tenant_id, month, unit_code, channel));
CREATE TABLE public.floor_dur_month (LIKE f_dur_month, PRIMARY KEY (tenant_id, month, unit_code, procedure_code, working_days));
CREATE TABLE public.floor_dur_unit_month (LIKE f_dur_unit_month, PRIMARY KEY (tenant_id, month, unit_code, working_days));
SELECT (SELECT count(*) FROM f_day) AS day_rows, (SELECT count(*) FROM f_step) AS step_rows,
       (SELECT count(*) FROM f_dur) AS working_day_rows,
       (SELECT count(*) FROM f_month) + (SELECT count(*) FROM f_unit_month) + (SELECT count(*) FROM f_dur_month)
         + (SELECT count(*) FROM f_dur_unit_month) AS month_level_rows \gset
\echo sample :n dossiers: fact rows: day :day_rows, step :step_rows, working days :working_day_rows, month levels :month_level_rows
ALTER TABLE province.dossier DISABLE TRIGGER dossier_day_facts_on_insert;
ALTER TABLE province.dossier DISABLE TRIGGER dossier_step_facts_on_insert;
ALTER TABLE province.dossier DISABLE TRIGGER dossier_duration_facts_on_insert;
\echo rows: the dossier rows without facts
\timing on
INSERT INTO province.dossier (:cols) SELECT :cols FROM src;
\timing off
\echo floor: the fact rows alone, inserted in key order
\timing on
INSERT INTO public.floor_day SELECT * FROM f_day ORDER BY 1, 2, 3, 4, 5;
INSERT INTO public.floor_step SELECT * FROM f_step ORDER BY 1, 2, 3, 4, 5, 6;
INSERT INTO public.floor_dur SELECT * FROM f_dur ORDER BY 1, 2, 3, 4, 5;
INSERT INTO public.floor_month SELECT * FROM f_month ORDER BY 1, 2, 3, 4, 5;
INSERT INTO public.floor_unit_month SELECT * FROM f_unit_month ORDER BY 1, 2, 3, 4;
INSERT INTO public.floor_dur_month SELECT * FROM f_dur_month ORDER BY 1, 2, 3, 4, 5;
INSERT INTO public.floor_dur_unit_month SELECT * FROM f_dur_unit_month ORDER BY 1, 2, 3, 4;
\timing off
ROLLBACK;
-- The same sample with the triggers, its commit included (then the rows are removed again: they are copies).
BEGIN;
SET LOCAL app.tenant = :'tenant';
CREATE TEMP TABLE src ON COMMIT DROP AS
  SELECT * FROM province.dossier WHERE tenant_id = :'tenant' AND id < 1000000000 AND id % 13 = :run % 13 LIMIT :n;
UPDATE src SET id = id + 1000000000::bigint * :run, code = code || 'F' || :run;
\echo facts: the dossier rows with the fact triggers, and the commit
\timing on
INSERT INTO province.dossier (:cols) SELECT :cols FROM src;
COMMIT;
\timing off
