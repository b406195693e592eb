-- What each province publishes for central agencies (issue 14 item 7): aggregates only, counts and scores per unit
-- and per procedure for a period, never an applicant, an official or a dossier. A period is a calendar month
-- (MONTH) or the year up to that month's end (YEAR_TO_DATE); a month not over yet is published up to the day before
-- the publication (period_to). A province publishes its own rows (publishAggregates, or the nightly schedule), which
-- replace whatever it published for the same period; central agencies read every province's rows and nothing else.
--
-- Platform data read by everyone signed in to the central pages, written only by the province it belongs to: row
-- level security lets every session read, and lets a session write only the rows of the province it is bound to
-- (app.tenant), so no province can publish, change or remove another's figures.

CREATE TABLE platform.aggregate_period (
  tenant_id     text NOT NULL REFERENCES platform.tenant (id),
  kind          text NOT NULL CHECK (kind IN ('MONTH', 'YEAR_TO_DATE')),
  month         date NOT NULL CHECK (extract(day FROM month) = 1),
  period_from   date NOT NULL,
  period_to     date NOT NULL,
  rule_set      text NOT NULL REFERENCES platform.index_rule_set (code),
  province_code text NOT NULL,
  province_name text NOT NULL,
  total         numeric(5, 2) NOT NULL CHECK (total BETWEEN 0 AND 100),
  band          text,
  groups        jsonb NOT NULL,
  metrics       jsonb NOT NULL,
  published_at  timestamptz NOT NULL DEFAULT now(),
  published_by  text NOT NULL,
  PRIMARY KEY (tenant_id, kind, month),
  CHECK (period_to >= period_from)
);
COMMENT ON TABLE platform.aggregate_period IS 'A province''s index for a month or its year to date, as it published it for central agencies (V22)';
COMMENT ON COLUMN platform.aggregate_period.groups IS 'Group code -> score, e.g. {"CKMB": 11.79, …}';
COMMENT ON COLUMN platform.aggregate_period.metrics IS 'Metric code -> {"n": numerator, "d": denominator, "s": source}; n and d absent when not known';

CREATE TABLE platform.aggregate_unit (
  tenant_id     text NOT NULL,
  kind          text NOT NULL,
  month         date NOT NULL,
  unit_code     text NOT NULL,
  unit_name     text NOT NULL,
  unit_kind     text NOT NULL CHECK (unit_kind IN ('AGENCY', 'COMMUNE')),
  total         numeric(5, 2) NOT NULL CHECK (total BETWEEN 0 AND 100),
  band          text,
  groups        jsonb NOT NULL,
  metrics       jsonb NOT NULL,
  PRIMARY KEY (tenant_id, kind, month, unit_code),
  FOREIGN KEY (tenant_id, kind, month) REFERENCES platform.aggregate_period ON DELETE CASCADE
);
COMMENT ON TABLE platform.aggregate_unit IS 'The index of each unit (as it is now) of a published period (V22)';

CREATE TABLE platform.aggregate_procedure (
  tenant_id         text NOT NULL,
  kind              text NOT NULL,
  month             date NOT NULL,
  procedure_code    text NOT NULL,
  procedure_name    text NOT NULL,
  received          bigint NOT NULL CHECK (received >= 0),
  received_online   bigint NOT NULL CHECK (received_online BETWEEN 0 AND received),
  finished          bigint NOT NULL CHECK (finished >= 0),
  finished_on_time  bigint NOT NULL CHECK (finished_on_time BETWEEN 0 AND finished),
  open_overdue      bigint NOT NULL CHECK (open_overdue >= 0),
  measured          bigint NOT NULL CHECK (measured >= 0),
  worked_hundredths bigint NOT NULL CHECK (worked_hundredths >= 0),
  within_days       jsonb NOT NULL,
  PRIMARY KEY (tenant_id, kind, month, procedure_code),
  FOREIGN KEY (tenant_id, kind, month) REFERENCES platform.aggregate_period ON DELETE CASCADE
);
COMMENT ON TABLE platform.aggregate_procedure IS 'Each procedure''s dossier counts of a published period, by the code it is stored under (the national code) (V22)';
COMMENT ON COLUMN platform.aggregate_procedure.received IS 'Received in the period (not counting those carried over)';
COMMENT ON COLUMN platform.aggregate_procedure.finished_on_time IS 'Finished early or on time in the period';
COMMENT ON COLUMN platform.aggregate_procedure.within_days IS 'Whole working days -> dossiers finished with a result within that many, as the duration facts (V16); measured is their sum';
CREATE INDEX aggregate_procedure_code_idx ON platform.aggregate_procedure (procedure_code, kind, month);

DO $$
DECLARE
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['platform.aggregate_period', 'platform.aggregate_unit', 'platform.aggregate_procedure'] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY aggregate_read ON %s FOR SELECT USING (true)', tbl);
    EXECUTE format('CREATE POLICY aggregate_own_insert ON %s FOR INSERT '
                   'WITH CHECK (tenant_id = current_setting(''app.tenant'', true))', tbl);
    EXECUTE format('CREATE POLICY aggregate_own_update ON %s FOR UPDATE '
                   'USING (tenant_id = current_setting(''app.tenant'', true)) '
                   'WITH CHECK (tenant_id = current_setting(''app.tenant'', true))', tbl);
    EXECUTE format('CREATE POLICY aggregate_own_delete ON %s FOR DELETE '
                   'USING (tenant_id = current_setting(''app.tenant'', true))', tbl);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO ${app_role}', tbl);
  END LOOP;
END
$$;
