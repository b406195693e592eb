-- The report facts' write path without upserts in the writers' transactions (issue 13's goal: the bulk import keeps
-- >= 80 % of its speed without facts; decision 0008, "V27").
--
-- Measured before (docs/benchmarks.md, "The import's facts measured again"): with V18 the import kept 61-73 % of its
-- speed. The facts' rows cost 15-25 us each as upserts at commit (an index descent, a speculative insertion, a WAL
-- record, and the wait for rows another batch holds until it commits), against 9-10 us plainly inserted, and every
-- contribution went through a temporary table first (2.2-2.6 us a staged row).
--
-- Now each family of facts (day, step, working days) has a pending table beside its day level (the level's columns, no
-- key, no index, one partition per province). Each dossier statement's trigger sums its rows' contributions per day key and appends the sums to
-- the pending table, in the statement itself: nothing staged, nothing at commit, no row another transaction holds,
-- and the month levels not written at all. A background merge (province.facts_merge, called by the application when
-- the province's imports are quiet) moves the pending rows into the day level and their month sums into the month
-- levels. Readers read each level together with the pending day rows of its days (FactDays): the same sums at every
-- instant, whether merged or not. So, as before:
--   - facts change in the transaction that changes the dossiers, and only if it commits (a rolled-back batch's pending
--     rows are never seen, and never merged);
--   - writers hold the province's lock shared, a rebuild exclusive; the merge shared, and one merge at a time;
--   - the contributions are the same SQL functions (V11, V13, V16, V18), read by the rebuilds and the drill-down too.

-- The families of facts, in the order a merge writes them: the counters, then per level (day level first, whose
-- pending table holds the family's rows; then its month levels, the most shared rows last) the fact table, its key
-- columns and the same keys as expressions over a pending day row. The one place that names them: the pending
-- tables' partitions, the trigger, the merge and the discard all read it.
CREATE FUNCTION province.fact_families()
RETURNS TABLE (ordinal integer, counters text, levels text[])
LANGUAGE sql IMMUTABLE AS $$
  VALUES
    (1, 'received, ended_early, ended_on_time, ended_late, overdue, digitised, fee_bearing, paid_online, '
        'electronic_result, supplement_once, supplement_twice, apologised, late_without_apology, rated_1, rated_2, '
        'rated_3, rated_4, rated_5',
     ARRAY['dossier_day_fact', 'tenant_id, day, unit_code, procedure_code, channel',
           'tenant_id, day, unit_code, procedure_code, channel',
           'dossier_month_fact', 'tenant_id, month, unit_code, procedure_code, channel',
           'tenant_id, date_trunc(''month'', day)::date, unit_code, procedure_code, channel',
           'dossier_unit_month_fact', 'tenant_id, month, unit_code, channel',
           'tenant_id, date_trunc(''month'', day)::date, unit_code, channel']),
    (2, 'received, ended_early, ended_on_time, ended_late, overdue',
     ARRAY['dossier_step_fact', 'tenant_id, day, unit_code, official, procedure_code, channel',
           'tenant_id, day, unit_code, official, procedure_code, channel']),
    (3, 'finished, worked_hundredths',
     ARRAY['dossier_duration_fact', 'tenant_id, day, unit_code, procedure_code, working_days',
           'tenant_id, day, unit_code, procedure_code, working_days',
           'dossier_duration_month_fact', 'tenant_id, month, unit_code, procedure_code, working_days',
           'tenant_id, date_trunc(''month'', day)::date, unit_code, procedure_code, working_days',
           'dossier_duration_unit_month_fact', 'tenant_id, month, unit_code, working_days',
           'tenant_id, date_trunc(''month'', day)::date, unit_code, working_days'])
$$;

CREATE TABLE province.dossier_day_fact_pending (LIKE province.dossier_day_fact) PARTITION BY LIST (tenant_id);
CREATE TABLE province.dossier_step_fact_pending (LIKE province.dossier_step_fact) PARTITION BY LIST (tenant_id);
CREATE TABLE province.dossier_duration_fact_pending (LIKE province.dossier_duration_fact) PARTITION BY LIST (tenant_id);
-- One partition per province (and one for any province without its own), no index: a merge or a report of one
-- province reads only its own pending rows, never those another province is appending (without that, a merge of a
-- province with nothing pending took 1-1.8 s during another's import of 2 million dossiers, every 10 s, for each
-- province). An index by province did the same but cost the import 6-8 points of its speed (82-85 % against 90-91 %
-- without it); by province and day, 15 points.
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT levels[1] FROM province.fact_families() LOOP
    PERFORM platform.enforce_tenant_isolation(format('province.%I', t || '_pending')::regclass);
    EXECUTE format('COMMENT ON TABLE province.%I IS %L', t || '_pending',
                   'Sums appended by committed dossier changes, not yet merged into ' || t
                   || ' and its month levels (V27); readers add them. One partition per province');
    EXECUTE format('CREATE TABLE province.%I PARTITION OF province.%I DEFAULT', t || '_pending_other', t || '_pending');
    PERFORM platform.enforce_tenant_isolation(format('province.%I', t || '_pending_other')::regclass);
  END LOOP;
END $$;
GRANT SELECT, INSERT, DELETE ON province.dossier_day_fact_pending, province.dossier_step_fact_pending,
  province.dossier_duration_fact_pending TO ${app_role};

-- A province's partitions, named by its province code (immutable, never reused, short). Called for every province
-- here and, by a trigger, for every province created later.
CREATE FUNCTION province.facts_pending_partitions(tenant text, code text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  t text;
  p text;
BEGIN
  FOR t IN SELECT levels[1] FROM province.fact_families() LOOP
    p := t || '_pending_' || lower(code);
    IF to_regclass(format('province.%I', p)) IS NULL THEN
      EXECUTE format('CREATE TABLE province.%I PARTITION OF province.%I FOR VALUES IN (%L)', p, t || '_pending', tenant);
      PERFORM platform.enforce_tenant_isolation(format('province.%I', p)::regclass);
    END IF;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION province.facts_pending_partitions(text, text) FROM PUBLIC;
SELECT province.facts_pending_partitions(id, province_code) FROM platform.tenant;

CREATE FUNCTION platform.tenant_facts_pending_partitions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  PERFORM province.facts_pending_partitions(NEW.id, NEW.province_code);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION platform.tenant_facts_pending_partitions() FROM PUBLIC;
CREATE TRIGGER tenant_facts_pending_partitions AFTER INSERT ON platform.tenant
  FOR EACH ROW EXECUTE FUNCTION platform.tenant_facts_pending_partitions();

-- The statement trigger: TG_ARGV[0] the contribution function (province.<f>(province.dossier, sign) returning the
-- fact's keys then its counters), [1] for an UPDATE, the columns whose change is all that can change the
-- contribution ('' to read every updated row), [2] the family's day level (province.fact_families: its counters and
-- keys; its rows go to <level>_pending). An UPDATE adds the new rows' contributions and subtracts the old rows'; keys
-- whose changes cancel out are not written.
CREATE FUNCTION province.facts_append() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  contribution text := TG_ARGV[0];
  watched text := TG_ARGV[1];
  level text := TG_ARGV[2];
  counters text;
  keys text;
  source text;
  differ text;
  sums text;
  changed text;
  positions text;
BEGIN
  -- Writers share the province's lock; a rebuild takes it alone (province.rebuild_dossier_day_facts).
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  IF TG_OP = 'INSERT' THEN
    source := format('SELECT c.* FROM new_rows n CROSS JOIN LATERAL province.%I(n, 1) c', contribution);
  ELSIF watched = '' THEN
    source := format('SELECT c.* FROM new_rows n CROSS JOIN LATERAL province.%1$I(n, 1) c'
                     ' UNION ALL SELECT c.* FROM old_rows o CROSS JOIN LATERAL province.%1$I(o, -1) c', contribution);
  ELSE
    SELECT format('(%s) IS DISTINCT FROM (%s)', string_agg(format('n.%I', x), ', '), string_agg(format('o.%I', x), ', '))
      INTO differ FROM unnest(string_to_array(replace(watched, ' ', ''), ',')) AS x;
    source := format('SELECT c.* FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id'
                     ' CROSS JOIN LATERAL province.%1$I(n, 1) c WHERE %2$s'
                     ' UNION ALL SELECT c.* FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id'
                     ' CROSS JOIN LATERAL province.%1$I(o, -1) c WHERE %2$s', contribution, differ);
  END IF;
  SELECT f.counters, f.levels[2] INTO counters, keys FROM province.fact_families() f WHERE f.levels[1] = level;
  SELECT string_agg(format('sum(c.%I)', x), ', '), string_agg(format('sum(c.%I) <> 0', x), ' OR ')
    INTO sums, changed FROM unnest(string_to_array(replace(counters, ' ', ''), ',')) AS x;
  SELECT string_agg(p::text, ', ') INTO positions
    FROM generate_series(1, cardinality(string_to_array(keys, ','))) AS p;
  EXECUTE format('INSERT INTO province.%I (%s, %s) SELECT %s, %s FROM (%s) c GROUP BY %s HAVING %s',
                 level || '_pending', keys, counters, keys, sums, source, positions, changed);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION province.facts_append() FROM PUBLIC;

-- Moves the bound province's committed pending rows into their levels, summed per key and added in key order (rows
-- still being written by a transaction in flight are not seen, and wait for the next merge). Returns the number of
-- pending rows moved. One merge of a province at a time; a rebuild waits for it, and it for a rebuild.
CREATE FUNCTION province.facts_merge() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  tenant text := current_setting('app.tenant', true);
  f record;
  sums text;
  changed text;
  added text;
  positions text;
  statement text;
  moved bigint;
  total bigint := 0;
  i integer;
BEGIN
  IF tenant IS NULL OR tenant = '' THEN
    RAISE EXCEPTION 'facts_merge: no province bound to the transaction';
  END IF;
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('dossier_day_fact:' || tenant, 0));
  PERFORM pg_advisory_xact_lock(hashtextextended('facts_merge:' || tenant, 0));
  FOR f IN SELECT * FROM province.fact_families() ORDER BY ordinal LOOP
    SELECT string_agg(format('sum(s.%I)', x), ', '), string_agg(format('sum(s.%I) <> 0', x), ' OR '),
           string_agg(format('%1$I = f.%1$I + excluded.%1$I', x), ', ')
      INTO sums, changed, added
      FROM unnest(string_to_array(replace(f.counters, ' ', ''), ',')) AS x;
    statement := format('WITH moved AS (DELETE FROM province.%I WHERE tenant_id = %L RETURNING *)',
                        f.levels[1] || '_pending', tenant);
    FOR i IN 0 .. cardinality(f.levels) / 3 - 1 LOOP
      SELECT string_agg(p::text, ', ') INTO positions
        FROM generate_series(1, cardinality(string_to_array(f.levels[2 + 3 * i], ','))) AS p;
      statement := statement || format(', level_%s AS (INSERT INTO province.%I AS f (%s, %s) SELECT %s, %s FROM moved s'
                                       ' GROUP BY %s HAVING %s ORDER BY %s ON CONFLICT (%s) DO UPDATE SET %s)',
                                       i, f.levels[1 + 3 * i], f.levels[2 + 3 * i], f.counters, f.levels[3 + 3 * i],
                                       sums, positions, changed, positions, f.levels[2 + 3 * i], added);
    END LOOP;
    EXECUTE statement || ' SELECT count(*) FROM moved' INTO moved;
    total := total + moved;
  END LOOP;
  RETURN total;
END $$;
REVOKE ALL ON FUNCTION province.facts_merge() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION province.facts_merge() TO ${app_role};

-- A rebuild recomputes every level from the dossiers: the pending rows go first, under the rebuild's lock.
CREATE FUNCTION province.facts_discard_pending() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  l record;
  gone bigint;
  total bigint := 0;
BEGIN
  IF current_setting('app.tenant', true) IS NULL OR current_setting('app.tenant', true) = '' THEN
    RAISE EXCEPTION 'facts_discard_pending: no province bound to the transaction';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('dossier_day_fact:' || current_setting('app.tenant', true), 0));
  FOR l IN SELECT * FROM province.fact_families() ORDER BY ordinal LOOP
    EXECUTE format('DELETE FROM province.%I WHERE tenant_id = %L', l.levels[1] || '_pending',
                   current_setting('app.tenant', true));
    GET DIAGNOSTICS gone = ROW_COUNT;
    total := total + gone;
  END LOOP;
  RETURN total;
END $$;
REVOKE ALL ON FUNCTION province.facts_discard_pending() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION province.facts_discard_pending() TO ${app_role};

-- V18's write path: staging triggers, the commit mark and its deferred triggers.
DROP TRIGGER dossier_day_facts_on_insert ON province.dossier;
DROP TRIGGER dossier_day_facts_on_update ON province.dossier;
DROP TRIGGER dossier_step_facts_on_insert ON province.dossier;
DROP TRIGGER dossier_step_facts_on_update ON province.dossier;
DROP TRIGGER dossier_duration_facts_on_insert ON province.dossier;
DROP TRIGGER dossier_duration_facts_on_update ON province.dossier;
DROP TABLE province.dossier_fact_flush;
DROP FUNCTION province.facts_stage();
DROP FUNCTION province.facts_flush();
DROP FUNCTION province.facts_flushed();

-- The three families, with the trigger names of before (benchmarks disable them by name), each appending its day rows.
CREATE TRIGGER dossier_day_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_append('dossier_day_contribution', '', 'dossier_day_fact');
CREATE TRIGGER dossier_day_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_append('dossier_day_contribution', '', 'dossier_day_fact');
CREATE TRIGGER dossier_step_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_append('dossier_step_contribution', '', 'dossier_step_fact');
CREATE TRIGGER dossier_step_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_append('dossier_step_contribution',
    'step_facts, procedure_code, channel, received_at', 'dossier_step_fact');
CREATE TRIGGER dossier_duration_facts_on_insert AFTER INSERT ON province.dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_append('dossier_duration_contribution', '', 'dossier_duration_fact');
CREATE TRIGGER dossier_duration_facts_on_update AFTER UPDATE ON province.dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION province.facts_append('dossier_duration_contribution', '', 'dossier_duration_fact');
