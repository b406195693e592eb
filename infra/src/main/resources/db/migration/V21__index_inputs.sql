-- The index's inputs the product does not hold yet (issue 14 item 3): petitions and their handling, population-data
-- use, the personal data store, reuse of digitised data, sync to the national portal. The province administrator
-- enters them per period (putIndexInputs); every figure they feed is marked "entered" where it shows. A period is the
-- exact day range the index is read for (a month, a quarter, a year), so an entry never leaks into another period.
CREATE TABLE province.index_input (
  tenant_id    text NOT NULL REFERENCES platform.tenant (id),
  period_from  date NOT NULL,
  period_to    date NOT NULL,
  unit_code    text NOT NULL,
  metric_code  text NOT NULL,
  numerator    bigint NOT NULL CHECK (numerator >= 0),
  denominator  bigint NOT NULL CHECK (denominator >= 0),
  note         text CHECK (length(note) <= 4000),
  entered_by   text NOT NULL,
  entered_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, period_from, period_to, unit_code, metric_code),
  CHECK (period_to >= period_from),
  CHECK (numerator <= denominator)
);
COMMENT ON TABLE province.index_input IS 'Index metric counts entered by the province administrator for a period (source "entered")';
COMMENT ON COLUMN province.index_input.unit_code IS 'Portal code of the unit; empty for a metric computed once for the province';
SELECT platform.enforce_tenant_isolation('province.index_input');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.index_input TO ${app_role};

-- The index counts a dossier asked for a supplement twice as overdue (the portal's rule for TDGQ). Such dossiers are
-- few; this index reads them without scanning a province's history.
CREATE INDEX dossier_supplemented_twice_idx ON province.dossier (tenant_id, competent_unit_code)
  WHERE supplement_count >= 2;
