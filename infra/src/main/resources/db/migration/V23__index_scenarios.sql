-- Saved what-if scenarios of the province's index (issue 14): a what-if (simulateIndex, the index page's simulator)
-- writes nothing; a scenario is kept only when a province administrator or leader saves it under a name. What is kept
-- is the question, never an answer: the period, the changed counts (the changes simulateIndex takes) and the
-- publication to compare with. Opening a scenario scores it again on the data as they are that day.
CREATE SEQUENCE province.index_scenario_id_seq;
CREATE TABLE province.index_scenario (
  tenant_id     text NOT NULL REFERENCES platform.tenant (id),
  id            bigint NOT NULL DEFAULT nextval('province.index_scenario_id_seq'),
  name          text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200 AND name = btrim(name)
                                     AND name IS NFC NORMALIZED),
  period_from   date NOT NULL,
  period_to     date NOT NULL,
  compared_with date,
  changes       jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array' AND jsonb_array_length(changes) > 0),
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  version       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name),
  CHECK (period_to >= period_from)
);
ALTER SEQUENCE province.index_scenario_id_seq OWNED BY province.index_scenario.id;
COMMENT ON TABLE province.index_scenario IS 'What-if scenarios of the index saved by name; re-scored on the current data when opened';
COMMENT ON COLUMN province.index_scenario.changes IS 'The changes as simulateIndex takes them: [{"unitCode": …, "metricCode": …, "numerator": …, "denominator": …}], unitCode absent for a metric counted once for the province';
COMMENT ON COLUMN province.index_scenario.compared_with IS 'Day of the published ranking to compare with; empty: the latest at the time it is opened';
COMMENT ON COLUMN province.index_scenario.version IS 'Optimistic lock: bumped by every update';
SELECT platform.enforce_tenant_isolation('province.index_scenario');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.index_scenario TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE province.index_scenario_id_seq TO ${app_role};
