-- Procedure catalog (issue 3, item 2). One row per VERSION of a province's procedure: an edit closes the
-- current version (valid_to) and inserts a new one, so a dossier can keep the id of the version it was
-- received under and the catalog can be read "as of" any date. Versions are never deleted.
-- Lists (fees, required documents, internal process steps) are small, always read with their version and
-- never queried on their own, so they are kept with the version as JSON text.
CREATE SEQUENCE province.procedure_version_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE province.procedure_version (
  tenant_id             text NOT NULL REFERENCES platform.tenant (id),
  id                    bigint NOT NULL,
  code                  text NOT NULL CHECK (code ~ '^[0-9]\.[0-9]{6}$'),
  name                  text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 1000),
  search_text           text NOT NULL,
  field_code            text NOT NULL,
  levels                text NOT NULL,
  unit_refs             text NOT NULL DEFAULT '',
  time_value            integer NOT NULL,
  time_unit             text NOT NULL CHECK (time_unit IN ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS', 'MONTHS', 'SAME_DAY')),
  time_cut_off          time,
  online_time_value     integer,
  online_time_unit      text CHECK (online_time_unit IN ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS', 'MONTHS', 'SAME_DAY')),
  online_time_cut_off   time,
  fees                  text NOT NULL DEFAULT '[]',
  documents             text NOT NULL DEFAULT '[]',
  steps                 text NOT NULL DEFAULT '[]',
  online_kind           text NOT NULL CHECK (online_kind IN ('NONE', 'PARTIAL', 'FULL')),
  full_online_eligible  boolean NOT NULL DEFAULT false,
  paper_result          boolean NOT NULL DEFAULT true,
  individual_applicants boolean NOT NULL DEFAULT true,
  decision_number       text,
  decision_date         date,
  effective_date        date,
  national_db_date      date,
  valid_from            date NOT NULL,
  valid_to              date,
  generated             boolean NOT NULL DEFAULT false,
  created_by            text NOT NULL,
  created_at            timestamptz NOT NULL DEFAULT now(),
  version               bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- At most one current version per procedure and province.
CREATE UNIQUE INDEX procedure_version_current_uq ON province.procedure_version (tenant_id, code) WHERE valid_to IS NULL;
CREATE INDEX procedure_version_code_idx ON province.procedure_version (tenant_id, code, valid_from);
COMMENT ON TABLE province.procedure_version IS 'Versions of a province''s administrative procedures; id is the stable version id dossiers keep';
COMMENT ON COLUMN province.procedure_version.search_text IS 'Code, name and field name lower-cased without Vietnamese diacritics, for accent-insensitive search';
COMMENT ON COLUMN province.procedure_version.generated IS 'true for demo procedures generated from seed files (codes look real but are not)';
COMMENT ON COLUMN province.procedure_version.unit_refs IS 'Stable ids/codes of implementing units, comma-separated (units module references)';
SELECT platform.enforce_tenant_isolation('province.procedure_version');
-- No DELETE: versions are history. UPDATE only closes a version (valid_to).
GRANT SELECT, INSERT, UPDATE ON province.procedure_version TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE province.procedure_version_id_seq TO ${app_role};
